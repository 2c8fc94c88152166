package org.atelier.web.network;

import org.atelier.query.board.WorkshopView;
import org.atelier.shared.network.NetworkScope;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Which workshops a caller may see the network and the indicators of. The organiser: any scope,
 * every programme when none is named. A workshop's evaluators and facilitator: that workshop, or
 * its programme (the default when nothing is named), since the network spans the programme.
 * Participants: none; the figures are for those who evaluate and run the programme.
 */
@Component
class EvaluationScopes {

    private static final int MAX_TEXT = 200;

    private final QueryGateway queryGateway;

    EvaluationScopes(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /**
     * @param programme  {@code null}: the caller's default; {@code ""}: the workshops scheduled without programme
     * @param workshopId {@code null}: the whole programme
     * @param theme      {@code null}: every theme
     */
    NetworkScope of(Caller caller, String programme, String workshopId, String theme) {
        if (!caller.isOrganiser() && (caller.workshopId() == null || !caller.mayAudit(caller.workshopId()))) {
            throw ApiException.forbidden("The network and the impact indicators are for the organiser, and for the "
                    + "evaluators and facilitator of a workshop.");
        }
        String named = programme == null ? null : text("programme", programme);
        String themed = theme == null || theme.isBlank() ? null : text("theme", theme);
        if (workshopId != null) {
            WorkshopId workshop = new WorkshopId(IdeaIds.of("workshopId", workshopId).value());
            WorkshopView view = queryGateway.query(new FindWorkshop(workshop), WorkshopView.class).join();
            if (view == null) {
                throw ApiException.notFound("No workshop " + workshop + ".");
            }
            caller.mustAudit(workshop);
            String itsProgramme = programmeOf(view);
            if (named != null && !named.equals(itsProgramme)) {
                throw ApiException.invalid("programme", "Workshop " + workshop + " is not in programme \"" + named
                        + "\".");
            }
            return new NetworkScope(itsProgramme, workshop, themed);
        }
        if (caller.isOrganiser()) {
            return new NetworkScope(named, null, themed);
        }
        WorkshopView own = queryGateway.query(new FindWorkshop(caller.workshopId()), WorkshopView.class).join();
        String ownProgramme = own == null ? NetworkScope.NO_PROGRAMME : programmeOf(own);
        if (named != null && !named.equals(ownProgramme)) {
            throw ApiException.forbidden("This token gives access to the programme of workshop " + caller.workshopId()
                    + " only.");
        }
        return new NetworkScope(ownProgramme, null, themed);
    }

    private static String programmeOf(WorkshopView workshop) {
        return workshop.programme() == null ? NetworkScope.NO_PROGRAMME : workshop.programme();
    }

    private static String text(String field, String value) {
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw ApiException.invalid(field, field + " must be at most " + MAX_TEXT + " characters.");
        }
        return stripped;
    }
}
