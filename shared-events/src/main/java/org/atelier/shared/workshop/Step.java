package org.atelier.shared.workshop;

/** The moves inside an open phase: write, group, vote, talk. */
public enum Step {
    COLLECT, CLUSTER, VOTE, DISCUSS;

    public boolean hasNext() {
        return this != DISCUSS;
    }

    public boolean hasPrevious() {
        return this != COLLECT;
    }

    public Step previous() {
        if (!hasPrevious()) {
            throw new IllegalStateException("COLLECT is the first step");
        }
        return values()[ordinal() - 1];
    }

    public Step next() {
        if (!hasNext()) {
            throw new IllegalStateException("DISCUSS is the last step");
        }
        return values()[ordinal() + 1];
    }
}
