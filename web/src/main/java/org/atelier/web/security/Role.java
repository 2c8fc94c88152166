package org.atelier.web.security;

/** Who a bearer token speaks for; see the table in the public API. */
public enum Role {
    ORGANISER, FACILITATOR, PARTICIPANT, EVALUATOR
}
