package org.sepakat.shared.entity;

import jakarta.ejb.ApplicationException;

/** A business rule refused the action; {@link #rule()} names the requirement id (e.g. BRM-4). */
@ApplicationException(rollback = true)
public class RuleViolation extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public RuleViolation(String rule, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
