package org.atelier.shared.proposal;

import org.atelier.shared.workshop.WorkshopId;

/** The partnerships formed in a workshop, oldest first, each saying whether it is new or strengthened. */
public record FindPartnerships(WorkshopId workshopId) {
}
