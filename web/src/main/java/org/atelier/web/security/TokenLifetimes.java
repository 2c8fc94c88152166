package org.atelier.web.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a token lives, by role. Participants and facilitators come back to the follow-up board
 * long after the last dated half-day of their workshop, so their tokens last from that half-day
 * (or from their issue, when later) for the follow-up; evaluators read a workshop for as long as
 * the programme is evaluated.
 */
@Component
class TokenLifetimes {

    private final Duration followUp;
    private final Duration evaluation;

    TokenLifetimes(@Value("${atelier.security.follow-up:P365D}") Duration followUp,
                   @Value("${atelier.security.evaluation:P1095D}") Duration evaluation) {
        this.followUp = followUp;
        this.evaluation = evaluation;
    }

    /**
     * @param lastSessionEnd the end of the workshop's last dated half-day, {@code null} when none is dated
     */
    Instant expiryOf(Role role, Instant issuedAt, Instant lastSessionEnd) {
        Instant from = lastSessionEnd != null && lastSessionEnd.isAfter(issuedAt) ? lastSessionEnd : issuedAt;
        return switch (role) {
            case PARTICIPANT, FACILITATOR, DISPLAY -> from.plus(followUp);
            case EVALUATOR -> from.plus(evaluation);
            case ORGANISER -> throw new IllegalArgumentException("The organiser's key is configured, not issued");
        };
    }
}
