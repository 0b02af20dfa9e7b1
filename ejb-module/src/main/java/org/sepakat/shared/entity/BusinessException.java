package org.sepakat.shared.entity;

import java.util.List;

/**
 * A refusal a user can understand. Carries a bundle key and its arguments, not a sentence, so
 * the web layer words it in the user's language.
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
