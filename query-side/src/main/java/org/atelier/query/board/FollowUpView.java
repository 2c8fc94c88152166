package org.atelier.query.board;

import java.time.Instant;

/**
 * A follow-up action of a workshop as its follow-up board lists it: which organisation does what
 * by when ({@code due}, an ISO-8601 date or {@code null}) for which proposal, and where it stands.
 */
public record FollowUpView(String actionId, String proposalId, String proposalTitle, String organisationId,
                           String what, String due, String status, Instant agreedAt, Instant updatedAt) {
}
