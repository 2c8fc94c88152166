package org.atelier.query.network;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An organisation's part in a workshop: since when, and the participants who represented it. */
@Document("network_participations")
record Participation(@Id String participationId, String workshopId, String organisationId, Instant at,
                     List<String> participants) {

    Participation {
        participants = participants == null ? List.of() : participants;
    }

    static String idOf(String workshopId, String organisationId) {
        return workshopId + "|" + organisationId;
    }
}
