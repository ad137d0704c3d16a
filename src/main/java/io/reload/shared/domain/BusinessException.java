package io.reload.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * An expected refusal: the service said no for a reason the user can act on.
 * It carries a message-bundle key (never a sentence) and, where the refusal is about one
 * input, the name of that field so the page can show the message next to it.
 * Rolls the transaction back so nothing is saved half-way.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] parameters;

    public BusinessException(String messageKey, Object... parameters) {
        this(null, messageKey, parameters);
    }

    protected BusinessException(String field, String messageKey, Object... parameters) {
        super(messageKey + (parameters.length == 0 ? "" : " " + Arrays.toString(parameters)));
        this.messageKey = messageKey;
        this.field = field;
        this.parameters = parameters.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The input the refusal is about, if it is about one. */
    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }

    public Object[] getParameters() {
        return parameters == null ? new Object[0] : parameters.clone();
    }
}
