package org.sepakat.shared.terms;

/** How the attained value is held against the threshold. */
public enum Comparison {
    AT_LEAST,
    AT_MOST;

    public String symbol() {
        return this == AT_LEAST ? "≥" : "≤";
    }
}
