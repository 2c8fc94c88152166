package org.atelier.shared.proposal;

import org.atelier.shared.workshop.WorkshopId;

/** The follow-up actions agreed on a workshop's proposals, oldest first. */
public record FindActions(WorkshopId workshopId) {
}
