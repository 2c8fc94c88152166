package org.atelier.shared.workshop;

/** The phases of a Future Workshop, in the order the facilitator takes the room through them. */
public enum Phase {
    PREPARATION, CRITIQUE, UTOPIA, REALIZATION, CLOSED;

    /** Ideas, steps and votes only happen in an open phase. */
    public boolean isOpen() {
        return this == CRITIQUE || this == UTOPIA || this == REALIZATION;
    }

    public boolean hasNext() {
        return this != CLOSED;
    }

    public Phase previous() {
        if (this == PREPARATION) {
            throw new IllegalStateException("PREPARATION is the first phase");
        }
        return values()[ordinal() - 1];
    }

    public Phase next() {
        if (!hasNext()) {
            throw new IllegalStateException("CLOSED is the last phase");
        }
        return values()[ordinal() + 1];
    }
}
