package org.atelier.shared.vote;

/**
 * How a phase votes: dots from the workshop's budget (the default), 100 points to split, or a score
 * from 1 to 5 on each of the criteria the facilitator names.
 */
public enum VotingMode {
    DOTS, POINTS, CRITERIA
}
