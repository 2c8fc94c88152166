package org.atelier.shared.proposal;

/** Where a follow-up action stands. */
public enum ActionStatus {
    PLANNED, UNDER_WAY, DONE, DROPPED
}
