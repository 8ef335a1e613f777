package cloud.marketplace.catalog.product.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Buyers choose a price plan by its name: the names of one product's plans differ. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctPlanNames.Validator.class)
@interface DistinctPlanNames {

    String message() default "must not repeat a plan name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DistinctPlanNames, List<ProductController.PricePlanRequest>> {

        @Override
        public boolean isValid(List<ProductController.PricePlanRequest> plans, ConstraintValidatorContext context) {
            if (plans == null) {
                return true;
            }
            Set<String> names = new HashSet<>();
            return plans.stream().filter(Objects::nonNull).map(ProductController.PricePlanRequest::name)
                    .filter(Objects::nonNull).map(String::strip).allMatch(names::add);
        }
    }
}
