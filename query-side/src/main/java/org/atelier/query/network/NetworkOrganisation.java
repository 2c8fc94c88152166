package org.atelier.query.network;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An organisation of the register, with its name and when it was registered. */
@Document("network_organisations")
record NetworkOrganisation(@Id String organisationId, String name, Instant registeredAt) {
}
