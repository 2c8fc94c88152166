package org.atelier.query.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.atelier.query.board.BoardDocument.PhaseSettingEntry;
import org.atelier.query.fold.EventTable;
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
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.CriterionRated;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.vote.VotingModeChosen;
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
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepReverted;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopScheduled;

/**
 * An event's content as every screen of the room may receive it: an idea still written privately
 * travels without its text or author (its author's screen reads it from the board), and an
 * anonymous phase's ideas and votes travel without who posted or cast them, a vote (dots, points or a score)
 * under hidden tallies without what it went to, and a parked objection
 * travels as its id only (the room reads it from the board once REALIZATION opens). Proposals are
 * made in REALIZATION: its anonymity leaves out who proposed, amended, committed or agreed.
 *
 * <p>Every event type says how the room sees it ({@link #SHOWN}): a new event is shown as it was
 * recorded only where someone decided so.
 */
final class RoomPayload {

    /** Who acted on a proposal: left out where REALIZATION is anonymous (organisations' commitments stay). */
    private static final List<String> PERSONS_IN_PROPOSALS = List.of("proposer", "proposerOrganisationId",
            "amendedBy", "withdrawnBy", "participantId", "agreedBy", "updatedBy");

    static final EventTable<Shown> SHOWN = EventTable.<Shown>builder()
            .on(IdeaPosted.class, Shown.idea(IdeaPosted::phase))
            .on(IdeaEdited.class, Shown.editedIdea())
            // Held for moderation: only the facilitator and the author read it, from the board.
            .on(IdeaSubmitted.class, Shown.idea(IdeaSubmitted::phase))
            .on(IdeaRejected.class, Shown.AS_RECORDED)
            // The room receives the approved idea whole, as if just posted.
            .on(IdeaApproved.class, Shown.idea(IdeaApproved::phase))
            .on(PhaseModerated.class, Shown.AS_RECORDED)
            .on(VoteCast.class, Shown.vote(VoteCast::phase))
            .on(VoteRetracted.class, Shown.vote(VoteRetracted::phase))
            .on(ClusterVoteCast.class, Shown.vote(ClusterVoteCast::phase))
            .on(ClusterVoteRetracted.class, Shown.vote(ClusterVoteRetracted::phase))
            .on(ProposalVoteCast.class, Shown.vote(ProposalVoteCast::phase))
            .on(ProposalVoteRetracted.class, Shown.vote(ProposalVoteRetracted::phase))
            .on(PointsAllocated.class, Shown.vote(PointsAllocated::phase))
            .on(CriterionRated.class, Shown.vote(CriterionRated::phase))
            .on(ObjectionParked.class, Shown.ID_ONLY)
            .on(ProjectProposed.class, Shown.PROPOSAL)
            .on(ProposalAmended.class, Shown.PROPOSAL)
            .on(ProposalWithdrawn.class, Shown.PROPOSAL)
            .on(ProposalsRanked.class, Shown.PROPOSAL)
            .on(OrganisationCommitted.class, Shown.PROPOSAL)
            .on(CommitmentWithdrawn.class, Shown.PROPOSAL)
            .on(PartnershipFormed.class, Shown.PROPOSAL)
            .on(PartnershipExtended.class, Shown.PROPOSAL)
            .on(PartnershipReduced.class, Shown.PROPOSAL)
            .on(PartnershipDissolved.class, Shown.PROPOSAL)
            .on(ActionAgreed.class, Shown.PROPOSAL)
            .on(ActionUpdated.class, Shown.PROPOSAL)
            // The room's own moves and who is in it: everyone sees them as they were recorded.
            .on(WorkshopScheduled.class, Shown.AS_RECORDED)
            .on(PhaseAdvanced.class, Shown.AS_RECORDED)
            .on(PhaseReverted.class, Shown.AS_RECORDED)
            .on(StepAdvanced.class, Shown.AS_RECORDED)
            .on(StepReverted.class, Shown.AS_RECORDED)
            .on(PhaseConfigured.class, Shown.AS_RECORDED)
            .on(VotingModeChosen.class, Shown.AS_RECORDED)
            .on(IdeasRevealed.class, Shown.AS_RECORDED)
            .on(WorkshopClosed.class, Shown.AS_RECORDED)
            .on(TimerStarted.class, Shown.AS_RECORDED)
            .on(TimerPaused.class, Shown.AS_RECORDED)
            .on(TimerResumed.class, Shown.AS_RECORDED)
            .on(TimerExtended.class, Shown.AS_RECORDED)
            .on(TimerStopped.class, Shown.AS_RECORDED)
            .on(ParticipantJoined.class, Shown.AS_RECORDED)
            .on(ParticipantRemoved.class, Shown.AS_RECORDED)
            .on(ParticipantReady.class, Shown.AS_RECORDED)
            .on(ParticipantAttended.class, Shown.AS_RECORDED)
            .on(RejoinCodeReplaced.class, Shown.AS_RECORDED)
            .on(FacilitatorAdded.class, Shown.AS_RECORDED)
            .on(FacilitatorRemoved.class, Shown.AS_RECORDED)
            // They name no person and no idea's content: the board already shows what they did.
            .on(IdeaWithdrawn.class, Shown.AS_RECORDED)
            .on(IdeaHidden.class, Shown.AS_RECORDED)
            .on(IdeaClustered.class, Shown.AS_RECORDED)
            .on(ClusterCreated.class, Shown.AS_RECORDED)
            .on(ClusterRenamed.class, Shown.AS_RECORDED)
            .on(ClustersMerged.class, Shown.AS_RECORDED)
            .on(ClusterDissolved.class, Shown.AS_RECORDED)
            // The register's, never on a workshop's topic.
            .ignoring(OrganisationRegistered.class, OrganisationUpdated.class)
            .build();

    private RoomPayload() {
    }

    /**
     * The settings of the phase the event belongs to, as the board has them after the event, or
     * {@code null} when no phase's settings change what the room sees of it.
     */
    static PhaseSettingEntry settingsFor(BoardDocument board, Object event) {
        Shown shown = SHOWN.of(event);
        String phase = shown == null ? null : shown.phase().apply(board, event);
        return phase == null ? null : board.settingsOf(phase);
    }

    /** @param settings as {@link #settingsFor} gave them for this event */
    static Map<String, Object> of(Record event, PhaseSettingEntry settings) {
        Map<String, Object> payload = PlainValues.of(event);
        Shown shown = SHOWN.of(event);
        return shown == null ? payload : shown.kind().shape(payload, settings);
    }

    /** How the room sees one type of event, and the phase whose settings decide it. */
    record Shown(Kind kind, BiFunction<BoardDocument, Object, String> phase) {

        static final Shown AS_RECORDED = new Shown(Kind.AS_RECORDED, (board, event) -> null);
        static final Shown ID_ONLY = new Shown(Kind.ID_ONLY, (board, event) -> null);
        static final Shown PROPOSAL = new Shown(Kind.PROPOSAL, (board, event) -> Phase.REALIZATION.name());

        static <E> Shown idea(Function<E, Phase> phase) {
            return new Shown(Kind.IDEA, of(phase));
        }

        /** An edit names no phase: the idea's is on the board. */
        static Shown editedIdea() {
            return new Shown(Kind.IDEA, (board, event) -> board.getIdeas().stream()
                    .filter(idea -> idea.ideaId().equals(((IdeaEdited) event).ideaId().value()))
                    .map(BoardDocument.IdeaEntry::phase).findFirst().orElse(null));
        }

        static <E> Shown vote(Function<E, Phase> phase) {
            return new Shown(Kind.VOTE, of(phase));
        }

        /** The table keys each entry by the one type it reads, so the cast holds. */
        @SuppressWarnings("unchecked")
        private static <E> BiFunction<BoardDocument, Object, String> of(Function<E, Phase> phase) {
            return (board, event) -> phase.apply((E) event).name();
        }
    }

    enum Kind {
        AS_RECORDED {
            @Override
            Map<String, Object> shape(Map<String, Object> payload, PhaseSettingEntry settings) {
                return payload;
            }
        },
        /** Parked off the board: its content waits there for REALIZATION. */
        ID_ONLY {
            @Override
            Map<String, Object> shape(Map<String, Object> payload, PhaseSettingEntry settings) {
                Map<String, Object> parked = new LinkedHashMap<>();
                parked.put("workshopId", payload.get("workshopId"));
                parked.put("objectionId", payload.get("objectionId"));
                parked.put("at", payload.get("at"));
                return parked;
            }
        },
        PROPOSAL {
            @Override
            Map<String, Object> shape(Map<String, Object> payload, PhaseSettingEntry settings) {
                if (settings != null && settings.anonymous()) {
                    PERSONS_IN_PROPOSALS.forEach(payload::remove);
                }
                return payload;
            }
        },
        IDEA {
            @Override
            Map<String, Object> shape(Map<String, Object> payload, PhaseSettingEntry settings) {
                if (settings != null && settings.awaitsReveal()) {
                    Map<String, Object> hidden = new LinkedHashMap<>();
                    hidden.put("workshopId", payload.get("workshopId"));
                    hidden.put("ideaId", payload.get("ideaId"));
                    hidden.put("phase", settings.phase());
                    hidden.put("private", true);
                    hidden.put("at", payload.get("at"));
                    return hidden;
                }
                return withoutPersons(payload, settings);
            }
        },
        VOTE {
            @Override
            Map<String, Object> shape(Map<String, Object> payload, PhaseSettingEntry settings) {
                if (settings != null && settings.hiddenTallies()) {
                    payload.remove("ideaId");
                    payload.remove("clusterId");
                    payload.remove("proposalId");
                    payload.remove("allocations");
                    payload.remove("score");
                }
                return withoutPersons(payload, settings);
            }
        };

        abstract Map<String, Object> shape(Map<String, Object> payload, PhaseSettingEntry settings);

        private static Map<String, Object> withoutPersons(Map<String, Object> payload, PhaseSettingEntry settings) {
            if (settings != null && settings.anonymous()) {
                payload.remove("author");
                payload.remove("organisationId");
                payload.remove("voter");
            }
            return payload;
        }
    }
}
