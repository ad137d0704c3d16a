package io.reload.shared.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;

/**
 * Services check their input with the same Bean Validation constraints the pages use, and
 * turn the first violation into a refusal about that field. The constraint's message
 * template "{some.key}" is the message key.
 */
public final class InputCheck {

    private InputCheck() {}

    public static <T> void refuseInvalid(Validator validator, T input) {
        validator.validate(input).stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .findFirst()
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString(), messageKeyOf(violation));
                });
    }

    private static String messageKeyOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
    }
}
