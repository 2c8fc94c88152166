package org.atelier.shared.workshop;

/** The workshop's summary: title, theme, phase, step, participants, version. */
public record FindWorkshop(WorkshopId workshopId) {
}
