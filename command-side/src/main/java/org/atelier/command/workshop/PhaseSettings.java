package org.atelier.command.workshop;

/** A phase's private writing (and whether its ideas were revealed), anonymity and hidden tallies. */
record PhaseSettings(boolean privateWriting, boolean anonymous, boolean hiddenTallies, boolean revealed) {

    static final PhaseSettings OPEN = new PhaseSettings(false, false, false, false);

    boolean awaitsReveal() {
        return privateWriting && !revealed;
    }
}
