package org.atelier.query.network;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workshop as the network places it: its programme ({@code ""} for none), theme and title, and
 * the organisations that took part, in the order they first joined.
 */
@Document("network_workshops")
record NetworkWorkshop(@Id String workshopId, String programme, String title, String theme, Instant scheduledAt,
                       List<String> organisations) {

    NetworkWorkshop {
        organisations = organisations == null ? List.of() : organisations;
    }
}
