package cloud.marketplace.onboarding.realname;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/** A unified social credit code with both check characters right (null is left to {@code @NotBlank}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
public @interface ValidCreditCode {

    String message() default "is not a valid unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return CreditCode.problem(value.strip().toUpperCase(Locale.ROOT)).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("is not a valid unified social credit code: " + problem)
                        .addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
