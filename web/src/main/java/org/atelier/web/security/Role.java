package org.atelier.web.security;

/** Who a bearer token speaks for; see the table in the public API. A display is a room's projector. */
public enum Role {
    ORGANISER, FACILITATOR, PARTICIPANT, EVALUATOR, DISPLAY
}
