package org.atelier.query.history;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.atelier.query.fold.EventCases;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterRenamed;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.moderation.PhaseModerated;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.ProposalsRanked;
import org.atelier.shared.timer.TimerExtended;
import org.atelier.shared.timer.TimerPaused;
import org.atelier.shared.timer.TimerResumed;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.timer.TimerStopped;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.CriterionRated;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.VotingModeChosen;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.workshop.FacilitatorAdded;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.RejoinCodeReplaced;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepReverted;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopScheduled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Just enough of a workshop's past to tell, event after event, the room's phase and step, each
 * participant's organisation, which phases were anonymous, and which phase each idea belongs to.
 */
final class HistoryFold {

    /** The events this fold reads; the others are never deserialized. */
    static final EventCases<HistoryFold, Void> CASES = EventCases.<HistoryFold, Void>builder()
            .on(WorkshopScheduled.class, (fold, e, nothing) -> fold.enter(Phase.PREPARATION, null))
            .on(PhaseAdvanced.class, (fold, e, nothing) -> fold.enter(e.to(), e.step()))
            .on(PhaseReverted.class, (fold, e, nothing) -> fold.enter(e.to(), e.step()))
            .on(StepAdvanced.class, (fold, e, nothing) -> fold.step = e.to())
            .on(StepReverted.class, (fold, e, nothing) -> fold.step = e.to())
            .on(WorkshopClosed.class, (fold, e, nothing) -> fold.enter(Phase.CLOSED, null))
            .on(ParticipantJoined.class, (fold, e, nothing) -> fold.facts.organisationOfParticipant.put(
                    e.participantId().value(), e.organisationId().value()))
            .on(PhaseConfigured.class, (fold, e, nothing) -> fold.anonymous.put(e.phase(), e.anonymous()))
            .on(IdeaPosted.class, (fold, e, nothing) -> fold.facts.phaseOfIdea.put(e.ideaId().value(), e.phase()))
            .on(IdeaSubmitted.class, (fold, e, nothing) -> fold.facts.phaseOfIdea.put(e.ideaId().value(), e.phase()))
            .on(ProjectProposed.class, (fold, e, nothing) -> fold.facts.phaseOfProposal.put(e.proposalId().value(),
                    e.phase()))
            // Who did them and in which phase is told by the events above.
            .ignoring(ParticipantRemoved.class, ParticipantReady.class, ParticipantAttended.class,
                    RejoinCodeReplaced.class, FacilitatorAdded.class, FacilitatorRemoved.class, IdeasRevealed.class,
                    TimerStarted.class, TimerPaused.class, TimerResumed.class, TimerExtended.class, TimerStopped.class,
                    IdeaEdited.class, IdeaWithdrawn.class, IdeaHidden.class, ObjectionParked.class,
                    PhaseModerated.class, IdeaApproved.class, IdeaRejected.class,
                    ClusterCreated.class, ClusterRenamed.class, ClustersMerged.class, ClusterDissolved.class,
                    IdeaClustered.class, VoteCast.class, VoteRetracted.class, ClusterVoteCast.class,
                    ClusterVoteRetracted.class, ProposalVoteCast.class, ProposalVoteRetracted.class,
                    ProposalAmended.class, ProposalWithdrawn.class, ProposalsRanked.class,
                    OrganisationCommitted.class, CommitmentWithdrawn.class, PartnershipFormed.class,
                    PartnershipExtended.class, PartnershipReduced.class, PartnershipDissolved.class,
                    ActionAgreed.class, ActionUpdated.class)
            // The register's, not a workshop's.
            .ignoring(OrganisationRegistered.class, OrganisationUpdated.class)
            // Points and scores: the board's, as dots are.
            .ignoring(VotingModeChosen.class, PointsAllocated.class, CriterionRated.class)
            .build();

    private Phase phase;
    private Step step;
    private final Map<Phase, Boolean> anonymous = new EnumMap<>(Phase.class);
    private final Facts facts;

    /**
     * What a workshop's past says once and for all: each participant's organisation, each idea's
     * and proposal's phase. These only grow, and an event never names a participant, an idea or a
     * proposal before the event that brings it in, so one set of facts serves every read of the
     * workshop, from the first event or from a {@link Checkpoint}, whatever later reads added.
     */
    static final class Facts {
        private final Map<String, String> organisationOfParticipant = new ConcurrentHashMap<>();
        private final Map<String, Phase> phaseOfIdea = new ConcurrentHashMap<>();
        private final Map<String, Phase> phaseOfProposal = new ConcurrentHashMap<>();
    }

    /** The rest of the fold at one position, with the chain's head there: enough to read on from it. */
    record Checkpoint(long position, String head, Phase phase, Step step, Map<Phase, Boolean> anonymous) {
    }

    HistoryFold(Facts facts) {
        this.facts = facts;
    }

    /** The fold as it was at the checkpoint, to apply the events after it. */
    HistoryFold(Facts facts, Checkpoint checkpoint) {
        this(facts);
        phase = checkpoint.phase();
        step = checkpoint.step();
        anonymous.putAll(checkpoint.anonymous());
    }

    Checkpoint checkpoint(long position, String head) {
        return new Checkpoint(position, head, phase, step, Map.copyOf(anonymous));
    }

    void apply(Object event) {
        CASES.apply(this, event, null);
    }

    private void enter(Phase phase, Step step) {
        this.phase = phase;
        this.step = step;
    }

    String phase() {
        return phase == null ? null : phase.name();
    }

    String step() {
        return step == null ? null : step.name();
    }

    String organisationOf(String participantId) {
        return facts.organisationOfParticipant.get(participantId);
    }

    /**
     * Whether the event's own phase is anonymous now, that is when the event happened: the phase it
     * names, else the phase of the idea or proposal it names (an edit or a withdrawal by its author,
     * a commitment, an action), else the room's phase.
     */
    boolean isAnonymous(JsonNode payload) {
        Phase own = phaseNamedIn(payload);
        if (own == null && payload.path("ideaId").isTextual()) {
            own = facts.phaseOfIdea.get(payload.get("ideaId").textValue());
        }
        if (own == null && payload.path("proposalId").isTextual()) {
            own = facts.phaseOfProposal.get(payload.get("proposalId").textValue());
        }
        return anonymous.getOrDefault(own == null ? phase : own, false);
    }

    private static Phase phaseNamedIn(JsonNode payload) {
        JsonNode named = payload.path("phase");
        if (!named.isTextual()) {
            return null;
        }
        for (Phase candidate : Phase.values()) {
            if (candidate.name().equals(named.textValue())) {
                return candidate;
            }
        }
        return null;
    }

    /** Leaves out, at any depth, every member or element that names a participant of this workshop. */
    void leaveOutPersons(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> members = object.fields();
            while (members.hasNext()) {
                JsonNode value = members.next().getValue();
                if (namesParticipant(value)) {
                    members.remove();
                } else {
                    leaveOutPersons(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (namesParticipant(array.get(i))) {
                    array.remove(i);
                } else {
                    leaveOutPersons(array.get(i));
                }
            }
        }
    }

    private boolean namesParticipant(JsonNode value) {
        return value.isTextual() && facts.organisationOfParticipant.containsKey(value.textValue());
    }
}
