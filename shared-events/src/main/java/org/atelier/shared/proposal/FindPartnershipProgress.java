package org.atelier.shared.proposal;

import org.atelier.shared.workshop.WorkshopId;

/**
 * The position of the last proposal change of a workshop that the partnerships read model has
 * taken in (0 before any). As a subscription query, its updates tell a writer when the
 * partnerships show its change.
 */
public record FindPartnershipProgress(WorkshopId workshopId) {
}
