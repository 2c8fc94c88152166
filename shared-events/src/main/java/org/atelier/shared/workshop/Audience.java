package org.atelier.shared.workshop;

/** Who looks at a board: what private writing and anonymity let them see depends on it. */
public enum Audience {
    /** A participant: their own ideas always, others' once revealed, no authors where anonymous. */
    PARTICIPANT,
    /** The facilitator, often on a projector: like the room, but without ideas of their own. */
    FACILITATOR,
    /** Evaluators and the organiser: every idea; organisations but not persons where anonymous. */
    EVALUATOR
}
