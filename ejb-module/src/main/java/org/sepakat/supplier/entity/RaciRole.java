package org.sepakat.supplier.entity;

/** A party's part in an activity, with the letter the matrix shows for it. */
public enum RaciRole {
    /** Does the work. */
    RESPONSIBLE('R'),
    /** Answers for the outcome and signs it off: exactly one party per activity. */
    ACCOUNTABLE('A'),
    /** Is asked before a decision. */
    CONSULTED('C'),
    /** Is told after a decision. */
    INFORMED('I');

    private final char letter;

    RaciRole(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The role of a letter, upper or lower case. */
    public static RaciRole of(char letter) {
        for (RaciRole role : values()) {
            if (role.letter == Character.toUpperCase(letter)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no RACI role has the letter " + letter);
    }
}
