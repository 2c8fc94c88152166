package org.atelier.query.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.atelier.query.fold.EventCases;
import org.atelier.query.people.WorkshopPeopleView.Attendance;
import org.atelier.query.people.WorkshopPeopleView.Facilitator;
import org.atelier.query.people.WorkshopPeopleView.HalfDay;
import org.atelier.query.people.WorkshopPeopleView.Presence;
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
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.RejoinCodeReplaced;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepReverted;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopScheduled;

/**
 * Who runs a workshop and who came to each of its dated half-days, folded from its events. Only
 * the event types it has a case for are read; the others are never deserialized.
 */
final class PeopleFold {

    static final EventCases<PeopleFold, Instant> CASES = EventCases.<PeopleFold, Instant>builder()
            .on(WorkshopScheduled.class, (fold, e, at) -> {
                fold.sessions.addAll(e.sessions().stream().filter(Objects::nonNull).toList());
                fold.facilitators.put(FacilitatorId.FIRST.value(),
                        new Facilitator(FacilitatorId.FIRST.value(), null, null, at, true));
            })
            .on(ParticipantJoined.class, (fold, e, at) -> {
                fold.names.put(e.participantId().value(), e.displayName());
                fold.organisations.put(e.participantId().value(), e.organisationId().value());
            })
            .on(FacilitatorAdded.class, (fold, e, at) -> fold.facilitators.put(e.facilitatorId().value(),
                    new Facilitator(e.facilitatorId().value(), e.name(), e.addedBy(), e.at(), false)))
            .on(FacilitatorRemoved.class, (fold, e, at) -> fold.facilitators.remove(e.facilitatorId().value()))
            .on(ParticipantAttended.class, (fold, e, at) -> fold.presences.add(e))
            // A removed participant stays on the half-days they came to, under the name they had.
            .ignoring(ParticipantRemoved.class, RejoinCodeReplaced.class)
            // The room's moves, its ideas, votes and projects: the board's, not the people's.
            .ignoring(PhaseAdvanced.class, PhaseReverted.class, StepAdvanced.class, StepReverted.class,
                    PhaseConfigured.class, IdeasRevealed.class, WorkshopClosed.class, ParticipantReady.class,
                    TimerStarted.class, TimerPaused.class, TimerResumed.class, TimerExtended.class, TimerStopped.class,
                    IdeaPosted.class, IdeaEdited.class, IdeaWithdrawn.class, IdeaHidden.class, ObjectionParked.class,
                    PhaseModerated.class, IdeaSubmitted.class, IdeaApproved.class, IdeaRejected.class,
                    ClusterCreated.class, ClusterRenamed.class, ClustersMerged.class, ClusterDissolved.class,
                    IdeaClustered.class, VoteCast.class, VoteRetracted.class, ClusterVoteCast.class,
                    ClusterVoteRetracted.class, ProposalVoteCast.class, ProposalVoteRetracted.class,
                    ProjectProposed.class, ProposalAmended.class, ProposalWithdrawn.class, ProposalsRanked.class,
                    OrganisationCommitted.class, CommitmentWithdrawn.class, PartnershipFormed.class,
                    PartnershipExtended.class, PartnershipReduced.class, PartnershipDissolved.class,
                    ActionAgreed.class, ActionUpdated.class)
            // The register's, not a workshop's.
            .ignoring(OrganisationRegistered.class, OrganisationUpdated.class)
            // Points and scores: the board's, as dots are.
            .ignoring(VotingModeChosen.class, PointsAllocated.class, CriterionRated.class)
            .build();

    private final List<Session> sessions = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> organisations = new LinkedHashMap<>();
    private final Map<String, Facilitator> facilitators = new LinkedHashMap<>();
    private final List<ParticipantAttended> presences = new ArrayList<>();

    void apply(Object event, Instant at) {
        CASES.apply(this, event, at);
    }

    /** The facilitators running the workshop now, the first one first, then in the order they came. */
    List<Facilitator> facilitators() {
        return List.copyOf(facilitators.values());
    }

    /** Each dated half-day in the workshop's order, with who was present, in the order it was recorded. */
    Attendance attendance() {
        List<HalfDay> halfDays = new ArrayList<>();
        for (int index = 0; index < sessions.size(); index++) {
            int number = index + 1;
            Session session = sessions.get(index);
            List<Presence> present = presences.stream().filter(p -> p.session() == number)
                    .map(p -> new Presence(p.participantId().value(), names.get(p.participantId().value()),
                            p.organisationId().value(), p.source().name(), p.recordedBy(), p.at()))
                    .toList();
            halfDays.add(new HalfDay(number, session.phase() == null ? null : session.phase().name(), session.start(),
                    session.end(), present));
        }
        return new Attendance(halfDays);
    }
}
