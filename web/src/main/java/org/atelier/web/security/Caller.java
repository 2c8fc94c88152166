package org.atelier.web.security;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.problem.ApiException;

/**
 * The holder of a valid token, the principal of its {@link CallerAuthentication}. The organiser may
 * do everything; the others only in their workshop. Most calls say who may make them with an
 * annotation ({@link RunsWorkshop}…); the rules below serve the few whose workshop is known only
 * from what they read (an export's first line, a partnership).
 *
 * @param workshopId     the workshop the token belongs to, {@code null} for the organiser
 * @param participantId  the participant, for a participant token
 * @param organisationId the participant's organisation, for a participant token
 * @param facilitatorId  the facilitator, for a facilitator token: {@link FacilitatorId#FIRST} for the
 *                       workshop's first one (whose tokens name no facilitator)
 */
public record Caller(Role role, WorkshopId workshopId, ParticipantId participantId, OrganisationId organisationId,
                     FacilitatorId facilitatorId) {

    public static final Caller ORGANISER = new Caller(Role.ORGANISER, null, null, null, null);

    public static Caller facilitator(WorkshopId workshopId) {
        return facilitator(workshopId, FacilitatorId.FIRST);
    }

    public static Caller facilitator(WorkshopId workshopId, FacilitatorId facilitatorId) {
        return new Caller(Role.FACILITATOR, workshopId, null, null, facilitatorId);
    }

    public static Caller evaluator(WorkshopId workshopId) {
        return new Caller(Role.EVALUATOR, workshopId, null, null, null);
    }

    /** The room's projector: it reads as a participant of no organisation would, and changes nothing. */
    public static Caller display(WorkshopId workshopId) {
        return new Caller(Role.DISPLAY, workshopId, null, null, null);
    }

    public static Caller participant(WorkshopId workshopId, ParticipantId participantId, OrganisationId organisationId) {
        return new Caller(Role.PARTICIPANT, workshopId, participantId, organisationId, null);
    }

    public boolean isOrganiser() {
        return role == Role.ORGANISER;
    }

    public boolean belongsTo(WorkshopId workshop) {
        return workshop.equals(workshopId);
    }

    /** Reading a workshop: anyone of that workshop, and the organiser. */
    public boolean mayRead(WorkshopId workshop) {
        return isOrganiser() || belongsTo(workshop);
    }

    /** Auditing a workshop (its history, exports and integrity): its facilitator and evaluators, and the organiser. */
    public boolean mayAudit(WorkshopId workshop) {
        return isOrganiser() || ((role == Role.FACILITATOR || role == Role.EVALUATOR) && belongsTo(workshop));
    }

    /** Changing a workshop, each in their own part: its facilitator and participants, and the organiser. */
    public boolean mayChange(WorkshopId workshop) {
        return isOrganiser() || ((role == Role.FACILITATOR || role == Role.PARTICIPANT) && belongsTo(workshop));
    }

    /** Running a workshop: its facilitator, and the organiser. */
    public boolean mayRun(WorkshopId workshop) {
        return isOrganiser() || (role == Role.FACILITATOR && belongsTo(workshop));
    }

    /** Taking part in a workshop (posting, voting as oneself): its participants only. */
    public boolean participatesIn(WorkshopId workshop) {
        return role == Role.PARTICIPANT && belongsTo(workshop);
    }

    public void mustRead(WorkshopId workshop) {
        if (!mayRead(workshop)) {
            throw ApiException.forbidden("This token does not give access to workshop " + workshop + ".");
        }
    }

    public void mustAudit(WorkshopId workshop) {
        if (!mayAudit(workshop)) {
            throw ApiException.forbidden("Only the facilitator and the evaluators of workshop " + workshop
                    + " (and the organiser) can read its history and exports.");
        }
    }

    /** What this caller may see of a board: its own private ideas, authors where not anonymous. */
    public Audience audience() {
        return switch (role) {
            case PARTICIPANT, DISPLAY -> Audience.PARTICIPANT;
            case FACILITATOR -> Audience.FACILITATOR;
            case EVALUATOR, ORGANISER -> Audience.EVALUATOR;
        };
    }

    /** Who did it, as the history records it: never a token. */
    public String actor() {
        return switch (role) {
            case ORGANISER -> "organiser";
            case FACILITATOR -> FacilitatorId.FIRST.equals(facilitatorId) ? "facilitator"
                    : "facilitator:" + facilitatorId.value();
            case EVALUATOR -> "evaluator";
            case DISPLAY -> "display";
            case PARTICIPANT -> "participant:" + participantId.value();
        };
    }
}
