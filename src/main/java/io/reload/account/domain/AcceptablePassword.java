package io.reload.account.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link PasswordRule} as a Bean Validation constraint, so Faces shows its message next to
 * the field and the service refuses with the same key. A missing password is {@code @NotBlank}'s
 * to report.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

    /** Replaced by the key of the rule that failed. */
    String message() default "{" + PasswordRule.TOO_SHORT_OR_LONG + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (password == null) {
                return true;
            }
            return PasswordRule.problemWith(password)
                    .map(key -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("{" + key + "}")
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
