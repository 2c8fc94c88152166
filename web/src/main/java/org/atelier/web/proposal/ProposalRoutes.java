package org.atelier.web.proposal;

import org.atelier.command.workshop.ProposalIds;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.Role;
import org.springframework.stereotype.Component;

/**
 * Where a proposal lives, for calls that name only the proposal: its id names one proposal in the
 * whole programme (a command-side lookup keeps it so), so the workshop is found from the id and the
 * caller's token must then belong to it (the organiser's key belongs to every workshop).
 */
@Component
public class ProposalRoutes {

    private final ProposalIds proposalIds;

    ProposalRoutes(ProposalIds proposalIds) {
        this.proposalIds = proposalIds;
    }

    static ProposalId proposalId(String field, String value) {
        return new ProposalId(IdeaIds.of(field, value).value());
    }

    static OrganisationId organisationId(String field, String value) {
        return value == null ? null : new OrganisationId(IdeaIds.of(field, value).value());
    }

    /** The authority that the proposal's workshop gives ({@code workshop:<id>}), for the access rules. */
    public String scopeOf(String proposalId) {
        return "workshop:" + workshopOf(proposalId("proposalId", proposalId)).value();
    }

    WorkshopId workshopOf(ProposalId proposalId) {
        return proposalIds.workshopOf(proposalId)
                .orElseThrow(() -> ApiException.notFound("No proposal " + proposalId + "."));
    }

    /**
     * Who changes a proposal of this workshop, once the access rules let them: a participant (their
     * id), or whoever runs it ({@code null}, the facilitator's part).
     */
    static ParticipantId participantOrRunner(Caller caller) {
        return caller.role() == Role.PARTICIPANT ? caller.participantId() : null;
    }
}
