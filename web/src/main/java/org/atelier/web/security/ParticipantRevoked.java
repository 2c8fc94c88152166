package org.atelier.web.security;

import org.atelier.shared.workshop.ParticipantId;

/** Said in this instance once a participant's removal is recorded: whatever holds their sessions closes them. */
public record ParticipantRevoked(ParticipantId participantId) {
}
