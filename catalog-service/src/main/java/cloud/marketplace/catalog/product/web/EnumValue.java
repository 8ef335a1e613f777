package cloud.marketplace.catalog.product.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * The name of one constant of an enum. Enums arrive as text so that a wrong value is reported
 * with its field, like every other invalid field, instead of making the whole body unreadable.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumValue.Validator.class)
@interface EnumValue {

    Class<? extends Enum<?>> value();

    String message() default "is not a known value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumValue, String> {

        private String[] names;

        @Override
        public void initialize(EnumValue annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.asList(names).contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", names))
                    .addConstraintViolation();
            return false;
        }
    }

}
