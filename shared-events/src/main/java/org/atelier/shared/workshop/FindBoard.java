package org.atelier.shared.workshop;

/**
 * The board of a workshop as the read model has it now, as {@code audience} may see it;
 * {@code viewer} is the participant looking, for {@link Audience#PARTICIPANT}.
 */
public record FindBoard(WorkshopId workshopId, Audience audience, ParticipantId viewer) {

    /** The whole board, as evaluators see it. */
    public FindBoard(WorkshopId workshopId) {
        this(workshopId, Audience.EVALUATOR, null);
    }
}
