package io.reload.shared.domain;

/** A refusal about one input field, shown next to that field. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String field, String messageKey, Object... parameters) {
        super(field, messageKey, parameters);
    }
}
