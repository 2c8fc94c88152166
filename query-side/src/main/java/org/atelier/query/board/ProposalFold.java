package org.atelier.query.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.atelier.query.board.ProposalEntry.ActionEntry;
import org.atelier.query.board.ProposalEntry.CommitmentEntry;
import org.atelier.query.board.ProposalEntry.ConditionsEntry;
import org.atelier.query.fold.EventCases;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.ProposalsRanked;
import org.atelier.shared.workshop.ParticipantId;

/** How the facts of proposals, commitments, partnerships and follow-up actions change a board. */
final class ProposalFold {

    private ProposalFold() {
    }

    /** The board's cases for proposals, added to {@code board}'s. */
    static EventCases.Builder<BoardDocument, Instant> addTo(EventCases.Builder<BoardDocument, Instant> board) {
        return board
                .on(ProjectProposed.class, (b, e, at) -> b.getProposals().add(new ProposalEntry(e.proposalId().value(),
                        e.title(), e.description(), ideas(e.derivedFromIdeas()), clusters(e.derivedFromClusters()),
                        value(e.leadOrganisationId()), conditions(e.conditions()),
                        e.proposer() == null ? null : e.proposer().value(), value(e.proposerOrganisationId()),
                        ProposalEntry.OPEN, List.of(), null, null, 0, List.of(), e.at(), null)))
                .on(ProposalAmended.class, (b, e, at) -> update(b, e.proposalId(), proposal -> proposal.amended(
                        e.title(), e.description(), ideas(e.derivedFromIdeas()), clusters(e.derivedFromClusters()),
                        value(e.leadOrganisationId()), conditions(e.conditions()), e.at())))
                .on(ProposalWithdrawn.class, (b, e, at) -> update(b, e.proposalId(),
                        proposal -> proposal.withStatus(ProposalEntry.WITHDRAWN)))
                .on(OrganisationCommitted.class, (b, e, at) -> update(b, e.proposalId(), proposal -> {
                    List<CommitmentEntry> commitments = new ArrayList<>(proposal.commitments());
                    commitments.add(new CommitmentEntry(e.organisationId().value(), participant(e.participantId()),
                            e.at()));
                    return proposal.withCommitments(commitments);
                }))
                .on(CommitmentWithdrawn.class, (b, e, at) -> update(b, e.proposalId(),
                        proposal -> proposal.withCommitments(proposal.commitments().stream()
                                .filter(commitment -> !commitment.organisationId().equals(e.organisationId().value()))
                                .toList())))
                .on(PartnershipFormed.class, (b, e, at) -> update(b, e.proposalId(),
                        proposal -> proposal.withPartnership(e.partnershipId().value())))
                .on(PartnershipDissolved.class, (b, e, at) -> update(b, e.proposalId(),
                        proposal -> proposal.withPartnership(null)))
                .on(ProposalsRanked.class, (b, e, at) -> ranked(b, e))
                .on(ActionAgreed.class, (b, e, at) -> update(b, e.proposalId(), proposal -> {
                    List<ActionEntry> actions = new ArrayList<>(proposal.actions());
                    actions.add(new ActionEntry(e.actionId().value(), e.organisationId().value(), e.what(),
                            date(e.due()), e.status().name(), participant(e.agreedBy()), e.at(), null));
                    return proposal.withActions(actions);
                }))
                .on(ActionUpdated.class, (b, e, at) -> update(b, e.proposalId(),
                        proposal -> proposal.withActions(proposal.actions().stream()
                                .map(action -> action.actionId().equals(e.actionId().value())
                                        ? new ActionEntry(action.actionId(), action.organisationId(), e.what(),
                                                date(e.due()), e.status().name(), action.agreedBy(), action.agreedAt(),
                                                e.at())
                                        : action)
                                .toList())))
                // They change nothing the board keeps: its commitments show who is in.
                .ignoring(PartnershipExtended.class, PartnershipReduced.class);
    }

    private static void ranked(BoardDocument board, ProposalsRanked ranked) {
        List<String> order = ranked.proposalIds().stream().map(ProposalId::value).toList();
        board.setProposals(board.getProposals().stream()
                .map(proposal -> proposal.withPriority(order.contains(proposal.proposalId())
                        ? order.indexOf(proposal.proposalId()) + 1 : null))
                .collect(ArrayList::new, List::add, List::addAll));
    }

    /** The room's dots on a proposal (the voters' own dots are counted with the other targets'). */
    static void countVotes(BoardDocument board, ProposalId proposalId, int delta) {
        update(board, proposalId, proposal -> proposal.withVotes(proposal.votes() + delta));
    }

    private static void update(BoardDocument board, ProposalId proposalId, UnaryOperator<ProposalEntry> change) {
        List<ProposalEntry> proposals = new ArrayList<>(board.getProposals());
        proposals.replaceAll(proposal -> proposal.proposalId().equals(proposalId.value()) ? change.apply(proposal)
                : proposal);
        board.setProposals(proposals);
    }

    private static List<String> ideas(List<IdeaId> ids) {
        return ids.stream().map(IdeaId::value).toList();
    }

    private static List<String> clusters(List<ClusterId> ids) {
        return ids.stream().map(ClusterId::value).toList();
    }

    private static ConditionsEntry conditions(Conditions conditions) {
        return new ConditionsEntry(conditions.resources(), conditions.obstacles(), conditions.firstSteps(),
                conditions.timeline());
    }

    private static String value(Record typedId) {
        return typedId == null ? null : typedId.toString();
    }

    private static String participant(ParticipantId participant) {
        return participant == null ? null : participant.value();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
