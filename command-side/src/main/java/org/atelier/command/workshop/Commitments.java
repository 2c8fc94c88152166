package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.ProposalRejections.NotYourOrganisation;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.CommitOrganisation;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.DissolutionReason;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.WithdrawCommitment;
import org.atelier.shared.workshop.Outcome;
import org.atelier.shared.workshop.ParticipantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The organisations committed to a proposal and the partnership they form, a part of the proposal
 * on the workshop's stream: the second organisation forms the partnership, later ones extend it, a
 * withdrawal reduces it, and below two organisations, or with the proposal, it is dissolved. The
 * proposal tells it whether it is open and the position of its last change.
 */
class Commitments {

    private final ProjectProposal proposal;
    private final Room room;
    private final ProposalId proposalId;
    private final Map<OrganisationId, Long> committed = new LinkedHashMap<>();
    private PartnershipId partnership;
    private long lastChange;

    Commitments(ProjectProposal proposal, Room room, ProposalId proposalId) {
        this.proposal = proposal;
        this.room = room;
        this.proposalId = proposalId;
    }

    /** Commits the participant's own organisation, once; the second organisation forms the partnership. */
    @CommandHandler
    Outcome handle(CommitOrganisation command) {
        OrganisationId organisation = ownOrganisation(command.participantId(), command.organisationId());
        Long committedAt = committed.get(organisation);
        if (committedAt != null) {
            return new Outcome(committedAt, false);
        }
        proposal.mustBeOpenTo("commit to a proposal");
        apply(new OrganisationCommitted(room.workshopId(), proposalId, organisation, command.participantId(),
                command.at()));
        if (isPartnership() && !hasPartnership()) {
            if (command.partnershipId() == null) {
                throw new InvalidInput("partnershipId", "A commitment that forms a partnership needs its id.");
            }
            apply(new PartnershipFormed(room.workshopId(), command.partnershipId(), proposalId,
                    organisations(), command.at()));
        } else if (hasPartnership()) {
            apply(new PartnershipExtended(room.workshopId(), partnership, proposalId, organisation,
                    organisations(), command.at()));
        }
        return new Outcome(proposal.lastChange(), true);
    }

    /** Withdraws the participant's organisation's commitment; below two organisations the partnership ends. */
    @CommandHandler
    long handle(WithdrawCommitment command) {
        OrganisationId organisation = ownOrganisation(command.participantId(), command.organisationId());
        if (!committed.containsKey(organisation)) {
            return proposal.lastChange();
        }
        proposal.mustBeOpenTo("withdraw a commitment");
        List<OrganisationId> partners = organisations();
        apply(new CommitmentWithdrawn(room.workshopId(), proposalId, organisation, command.participantId(),
                command.at()));
        if (hasPartnership() && !isPartnership()) {
            dissolve(partners, DissolutionReason.FEWER_THAN_TWO_ORGANISATIONS, command.at());
        } else if (hasPartnership()) {
            apply(new PartnershipReduced(room.workshopId(), partnership, proposalId, organisation,
                    organisations(), command.at()));
        }
        return proposal.lastChange();
    }

    /** A withdrawn proposal takes its partnership with it. */
    void endWithTheProposal(Instant at) {
        if (hasPartnership()) {
            dissolve(organisations(), DissolutionReason.PROPOSAL_WITHDRAWN, at);
        }
    }

    boolean isCommitted(OrganisationId organisation) {
        return committed.containsKey(organisation);
    }

    long lastChange() {
        return lastChange;
    }

    private void dissolve(List<OrganisationId> partners, DissolutionReason reason, Instant at) {
        apply(new PartnershipDissolved(room.workshopId(), partnership, proposalId, partners, reason, at));
    }

    private OrganisationId ownOrganisation(ParticipantId participant, OrganisationId claimed) {
        OrganisationId own = room.organisationOf(participant);
        if (claimed != null && !claimed.equals(own)) {
            throw new NotYourOrganisation(claimed);
        }
        return own;
    }

    /** At least two organisations committed: together they are partners. */
    private boolean isPartnership() {
        return committed.size() >= 2;
    }

    /** A partnership was formed and not dissolved since. */
    private boolean hasPartnership() {
        return partnership != null;
    }

    private List<OrganisationId> organisations() {
        return new ArrayList<>(committed.keySet());
    }

    @EventSourcingHandler
    void on(OrganisationCommitted event) {
        committed.put(event.organisationId(), Workshop.position());
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(CommitmentWithdrawn event) {
        committed.remove(event.organisationId());
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        partnership = event.partnershipId();
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(PartnershipExtended event) {
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(PartnershipReduced event) {
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(PartnershipDissolved event) {
        partnership = null;
        lastChange = Workshop.position();
    }

    /** Equal to commitments in the same state (the proposal and room aside), for Axon's test fixture. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Commitments that && proposalId.equals(that.proposalId)
                && committed.equals(that.committed) && Objects.equals(partnership, that.partnership)
                && lastChange == that.lastChange;
    }

    @Override
    public int hashCode() {
        return proposalId.hashCode();
    }
}
