package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Someone was present at one of the workshop's dated half-days: seen connected during it, or
 * marked present by a facilitator.
 *
 * @param session    the half-day's number, 1 for the first of the workshop's sessions
 * @param source     how it is known
 * @param recordedBy who records it, as the history names people
 * @param at         when; a presence seen by connection must fall within the half-day
 */
public record RecordAttendance(@TargetAggregateIdentifier WorkshopId workshopId,
                               ParticipantId participantId,
                               int session,
                               AttendanceSource source,
                               String recordedBy,
                               Instant at) {
}
