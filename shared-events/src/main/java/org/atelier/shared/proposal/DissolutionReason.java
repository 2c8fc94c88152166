package org.atelier.shared.proposal;

/** Why a partnership ended. */
public enum DissolutionReason {
    /** Commitments were withdrawn until fewer than two organisations remained. */
    FEWER_THAN_TWO_ORGANISATIONS,
    /** The proposal it was formed on was withdrawn. */
    PROPOSAL_WITHDRAWN
}
