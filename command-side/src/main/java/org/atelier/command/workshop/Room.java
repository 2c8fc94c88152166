package org.atelier.command.workshop;

import java.util.Optional;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.ProposalRejections.NotRealizing;
import org.atelier.command.workshop.WorkshopRejections.PhaseNotOpen;
import org.atelier.command.workshop.WorkshopRejections.PhaseOver;
import org.atelier.command.workshop.WorkshopRejections.WorkshopIsClosed;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopId;

/** What a workshop's parts ask of the room they belong to, to decide. */
interface Room {

    WorkshopId workshopId();

    Phase phase();

    /** The step of the phase now open; none outside an open phase. */
    Step step();

    /**
     * A phase a facilitator may still set up: one of the three open phases, now open or still to
     * come; refuses any other.
     */
    default void mustBeAheadOrNow(Phase phase) {
        if (phase == null || !phase.isOpen()) {
            throw new InvalidInput("phase", "phase must be CRITIQUE, UTOPIA or REALIZATION.");
        }
        if (isClosed() || phase.ordinal() < phase().ordinal()) {
            throw new PhaseOver(phase);
        }
    }

    default boolean isClosed() {
        return phase() == Phase.CLOSED;
    }

    /** Refuses once the workshop is closed: nothing changes in it any more. */
    default void mustNotBeClosedTo(String action) {
        if (isClosed()) {
            throw new WorkshopIsClosed(action);
        }
    }

    /** Projects are proposed, ranked and changed only during REALIZATION. */
    default void mustBeRealizingTo(String action) {
        if (phase() != Phase.REALIZATION) {
            throw new NotRealizing(phase(), action);
        }
    }

    /** Refuses unless a phase is open (CRITIQUE, UTOPIA or REALIZATION): the room's work happens only then. */
    default void mustBeOpenTo(String action) {
        if (!phase().isOpen()) {
            throw new PhaseNotOpen(phase(), action);
        }
    }

    /** The organisation a participant of this workshop represents; refuses anyone who did not join. */
    OrganisationId organisationOf(ParticipantId participant);

    /** Someone in the room represents this organisation. */
    boolean isRepresented(OrganisationId organisation);

    /** An idea ever posted in this workshop, on the board or not. */
    Optional<PostedIdea> idea(IdeaId ideaId);

    /** A cluster of this workshop that still exists (neither merged away nor dissolved). */
    boolean hasCluster(ClusterId clusterId);

    /** The voter is a participant and the room is at the VOTE step. */
    void mayVote(ParticipantId voter);

    /** One more dot of the voter on the proposal stays within the phase's budget and the cap per target. */
    void dotFits(ParticipantId voter, ProposalId proposalId);

    /** An idea or cluster of the phase now open, or an open proposal: what can be voted on; refuses anything else. */
    void mustBeVoteTarget(VoteTarget target);

    /** Anyone has a dot, points or a score on the idea in the phase now open. */
    boolean isVotedOn(IdeaId ideaId);

    /** The voter has a dot on the proposal in the phase now open. */
    boolean hasVotedOn(ParticipantId voter, ProposalId proposalId);
}
