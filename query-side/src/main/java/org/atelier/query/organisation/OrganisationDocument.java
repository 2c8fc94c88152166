package org.atelier.query.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("organisations")
record OrganisationDocument(@Id String organisationId, String name, String commune, boolean ess, boolean eligible,
                            Instant registeredAt) {
}
