package org.atelier.query.partnership;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The programme a workshop belongs to, and the position of its last proposal change this read
 * model has taken in ({@code version}), for read-your-writes.
 */
@Document("partnership_workshops")
record ProgrammeWorkshopDocument(@Id String workshopId, String programme, long version) {
}
