package cloud.marketplace.onboarding.application;

import cloud.marketplace.onboarding.realname.CreditCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business licence number: the 18-character unified social credit code of a current licence
 * (checked with its check characters), or the 15-digit registration number of an older one.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BusinessLicenseNumber.Validator.class)
public @interface BusinessLicenseNumber {

    String message() default "must be an 18-character unified social credit code or a 15-digit registration number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BusinessLicenseNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.length() == 15) {
                return value.chars().allMatch(c -> c >= '0' && c <= '9');
            }
            return value.length() == CreditCode.LENGTH && CreditCode.isValid(value);
        }
    }
}
