package org.atelier.query.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.atelier.query.board.ProposalEntry.ActionEntry;
import org.atelier.query.board.ProposalEntry.CommitmentEntry;
import org.atelier.query.board.ProposalEntry.ConditionsEntry;
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

    static boolean handles(Object event) {
        return event instanceof ProjectProposed || event instanceof ProposalAmended
                || event instanceof ProposalWithdrawn || event instanceof OrganisationCommitted
                || event instanceof CommitmentWithdrawn || event instanceof PartnershipFormed
                || event instanceof PartnershipExtended || event instanceof PartnershipReduced
                || event instanceof PartnershipDissolved || event instanceof ProposalsRanked
                || event instanceof ActionAgreed || event instanceof ActionUpdated;
    }

    static void apply(BoardDocument board, Object event) {
        if (event instanceof ProjectProposed e) {
            board.getProposals().add(new ProposalEntry(e.proposalId().value(), e.title(), e.description(),
                    ideas(e.derivedFromIdeas()), clusters(e.derivedFromClusters()), value(e.leadOrganisationId()),
                    conditions(e.conditions()), e.proposer() == null ? null : e.proposer().value(),
                    value(e.proposerOrganisationId()), ProposalEntry.OPEN, List.of(), null, null, 0, List.of(),
                    e.at(), null));
        } else if (event instanceof ProposalAmended e) {
            update(board, e.proposalId(), proposal -> proposal.amended(e.title(), e.description(),
                    ideas(e.derivedFromIdeas()), clusters(e.derivedFromClusters()), value(e.leadOrganisationId()),
                    conditions(e.conditions()), e.at()));
        } else if (event instanceof ProposalWithdrawn e) {
            update(board, e.proposalId(), proposal -> proposal.withStatus(ProposalEntry.WITHDRAWN));
        } else if (event instanceof OrganisationCommitted e) {
            update(board, e.proposalId(), proposal -> {
                List<CommitmentEntry> commitments = new ArrayList<>(proposal.commitments());
                commitments.add(new CommitmentEntry(e.organisationId().value(), participant(e.participantId()), e.at()));
                return proposal.withCommitments(commitments);
            });
        } else if (event instanceof CommitmentWithdrawn e) {
            update(board, e.proposalId(), proposal -> proposal.withCommitments(proposal.commitments().stream()
                    .filter(commitment -> !commitment.organisationId().equals(e.organisationId().value()))
                    .toList()));
        } else if (event instanceof PartnershipFormed e) {
            update(board, e.proposalId(), proposal -> proposal.withPartnership(e.partnershipId().value()));
        } else if (event instanceof PartnershipDissolved e) {
            update(board, e.proposalId(), proposal -> proposal.withPartnership(null));
        } else if (event instanceof ProposalsRanked e) {
            List<String> order = e.proposalIds().stream().map(ProposalId::value).toList();
            board.setProposals(board.getProposals().stream()
                    .map(proposal -> proposal.withPriority(order.contains(proposal.proposalId())
                            ? order.indexOf(proposal.proposalId()) + 1 : null))
                    .collect(ArrayList::new, List::add, List::addAll));
        } else if (event instanceof ActionAgreed e) {
            update(board, e.proposalId(), proposal -> {
                List<ActionEntry> actions = new ArrayList<>(proposal.actions());
                actions.add(new ActionEntry(e.actionId().value(), e.organisationId().value(), e.what(), date(e.due()),
                        e.status().name(), participant(e.agreedBy()), e.at(), null));
                return proposal.withActions(actions);
            });
        } else if (event instanceof ActionUpdated e) {
            update(board, e.proposalId(), proposal -> proposal.withActions(proposal.actions().stream()
                    .map(action -> action.actionId().equals(e.actionId().value())
                            ? new ActionEntry(action.actionId(), action.organisationId(), e.what(), date(e.due()),
                                    e.status().name(), action.agreedBy(), action.agreedAt(), e.at())
                            : action)
                    .toList()));
        }
        // PartnershipExtended and PartnershipReduced change nothing the board keeps: its commitments show who is in.
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
