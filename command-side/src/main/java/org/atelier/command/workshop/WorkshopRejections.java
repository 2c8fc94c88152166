package org.atelier.command.workshop;

import org.atelier.command.rejection.DomainRejection;
import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.vote.VotingMode;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;

/** The named refusals of the workshop's rules. */
final class WorkshopRejections {

    private WorkshopRejections() {
    }

    @PublicName("PhaseMovedOn")
    static class PhaseMovedOn extends DomainRejection {
        PhaseMovedOn(Phase expected, Phase current) {
            super(Rejection.CONFLICT, "expectedPhase",
                    "The workshop is in phase " + current + ", not " + expected
                            + "; reload and decide again from the current phase.");
        }
    }

    @PublicName("StepMovedOn")
    static class StepMovedOn extends DomainRejection {
        StepMovedOn(Step expected, Step current) {
            super(Rejection.CONFLICT, "expectedStep",
                    "The phase is at step " + current + ", not " + expected
                            + "; reload and decide again from the current step.");
        }
    }

    @PublicName("LastStep")
    static class LastStep extends DomainRejection {
        LastStep() {
            super(Rejection.CONFLICT, "expectedStep",
                    "DISCUSS is the last step of the phase; advance the phase instead.");
        }
    }

    @PublicName("PhaseNotOpen")
    static class PhaseNotOpen extends DomainRejection {
        PhaseNotOpen(Phase current, String what) {
            super(Rejection.CONFLICT, "Cannot " + what + " in phase " + current
                    + "; this is only possible during CRITIQUE, UTOPIA or REALIZATION.");
        }
    }

    @PublicName("WorkshopIsClosed")
    static class WorkshopIsClosed extends DomainRejection {
        WorkshopIsClosed(String what) {
            super(Rejection.CONFLICT, "The workshop is closed; cannot " + what + ".");
        }
    }

    @PublicName("WrongJoinCode")
    static class WrongJoinCode extends DomainRejection {
        WrongJoinCode() {
            super(Rejection.NOT_FOUND, "joinCode", "No workshop has this join code; check it with the facilitator.");
        }
    }

    @PublicName("UnknownOrganisation")
    static class UnknownOrganisation extends DomainRejection {
        UnknownOrganisation(OrganisationId organisationId) {
            super(Rejection.NOT_FOUND, "organisationId",
                    "Organisation " + organisationId + " is not registered; register it first.");
        }
    }

    @PublicName("NotAParticipant")
    static class NotAParticipant extends DomainRejection {
        NotAParticipant() {
            super(Rejection.NOT_ALLOWED, "Only participants who joined this workshop can do this.");
        }
    }

    @PublicName("NotTheAuthor")
    static class NotTheAuthor extends DomainRejection {
        NotTheAuthor(IdeaId ideaId) {
            super(Rejection.NOT_ALLOWED, "Only the author of idea " + ideaId + " can change or withdraw it.");
        }
    }

    @PublicName("UnknownParticipant")
    static class UnknownParticipant extends DomainRejection {
        UnknownParticipant(ParticipantId participantId) {
            super(Rejection.NOT_FOUND, "participantId", "No participant " + participantId + " in this workshop.");
        }
    }

    /** The same person joining again would be counted twice: they come back as themselves instead. */
    @PublicName("AlreadyInTheRoom")
    static class AlreadyInTheRoom extends DomainRejection {
        AlreadyInTheRoom(String displayName) {
            super(Rejection.CONFLICT, "displayName", displayName + " of this organisation is already in the room. "
                    + "To come back as yourself, open your personal link or enter your personal code "
                    + "(POST /api/rejoin); if you lost it, the facilitator can give you a new one.");
        }
    }

    @PublicName("UnknownFacilitator")
    static class UnknownFacilitator extends DomainRejection {
        UnknownFacilitator(FacilitatorId facilitatorId) {
            super(Rejection.NOT_FOUND, "facilitatorId", "No facilitator " + facilitatorId + " runs this workshop.");
        }
    }

    /** A workshop nobody can run any more would be stuck: someone must stay to move the room on. */
    @PublicName("LastFacilitator")
    static class LastFacilitator extends DomainRejection {
        LastFacilitator(FacilitatorId facilitatorId) {
            super(Rejection.CONFLICT, "facilitatorId", "Facilitator " + facilitatorId
                    + " is the last one running this workshop; add another facilitator before removing them.");
        }
    }

    @PublicName("UnknownIdea")
    static class UnknownIdea extends DomainRejection {
        UnknownIdea(IdeaId ideaId) {
            super(Rejection.NOT_FOUND, "No idea " + ideaId + " in this workshop.");
        }
    }

    @PublicName("UnknownInspiration")
    static class UnknownInspiration extends DomainRejection {
        UnknownInspiration(IdeaId ideaId) {
            super(Rejection.INVALID_INPUT, "inspiredBy",
                    "inspiredBy names idea " + ideaId + ", which is not an idea of this workshop.");
        }
    }

    @PublicName("IdeaIdTaken")
    static class IdeaIdTaken extends DomainRejection {
        IdeaIdTaken(IdeaId ideaId) {
            super(Rejection.CONFLICT, "ideaId",
                    "Idea " + ideaId + " was already posted with other content; choose a new ideaId.");
        }
    }

    @PublicName("IdeaOffBoard")
    static class IdeaOffBoard extends DomainRejection {
        IdeaOffBoard(IdeaId ideaId) {
            super(Rejection.CONFLICT, "Idea " + ideaId + " was withdrawn or hidden; it can no longer be edited.");
        }
    }

    @PublicName("JoinCodeTaken")
    static class JoinCodeTaken extends DomainRejection {
        JoinCodeTaken(String joinCode) {
            super(Rejection.CONFLICT, "joinCode", "Join code " + joinCode + " is already in use.");
        }
    }

    @PublicName("ClusterIdTaken")
    static class ClusterIdTaken extends DomainRejection {
        ClusterIdTaken(ClusterId clusterId) {
            super(Rejection.CONFLICT, "clusterId", "Cluster " + clusterId + " already exists.");
        }
    }

    @PublicName("UnknownCluster")
    static class UnknownCluster extends DomainRejection {
        UnknownCluster(ClusterId clusterId) {
            super(Rejection.NOT_FOUND, "clusterId", "No cluster " + clusterId + " in the phase now open.");
        }
    }

    @PublicName("IdeaOfAnotherPhase")
    static class IdeaOfAnotherPhase extends DomainRejection {
        IdeaOfAnotherPhase(IdeaId ideaId, Phase phase) {
            super(Rejection.CONFLICT, "ideaId", "Idea " + ideaId + " belongs to phase " + phase
                    + "; only ideas of the phase now open can be clustered or voted on.");
        }
    }

    @PublicName("NotVoting")
    static class NotVoting extends DomainRejection {
        NotVoting(Phase phase, Step step) {
            super(Rejection.CONFLICT, "Votes are cast during the VOTE step; the workshop is at " + phase
                    + (step == null ? "" : " / " + step) + ".");
        }

        NotVoting(Phase phase, VotingMode mode) {
            super(Rejection.CONFLICT, "Phase " + phase + " votes with " + mode + "; use that way of voting.");
        }
    }

    @PublicName("BudgetUsedUp")
    static class BudgetUsedUp extends DomainRejection {
        BudgetUsedUp(int budget) {
            super(Rejection.CONFLICT, "All " + budget + " of your votes for this phase are used; take one back to move it.");
        }
    }

    @PublicName("FirstStep")
    static class FirstStep extends DomainRejection {
        FirstStep() {
            super(Rejection.CONFLICT, "expectedStep", "COLLECT is the first step of the phase; go back a phase instead.");
        }
    }

    @PublicName("NoPhaseToGoBackTo")
    static class NoPhaseToGoBackTo extends DomainRejection {
        NoPhaseToGoBackTo(Phase phase) {
            super(Rejection.CONFLICT, "expectedPhase", "There is no phase to go back to from " + phase + ".");
        }
    }

    @PublicName("NoRunningTimer")
    static class NoRunningTimer extends DomainRejection {
        NoRunningTimer() {
            super(Rejection.CONFLICT, "No timer is running for this step; start one first.");
        }
    }

    @PublicName("NoPausedTimer")
    static class NoPausedTimer extends DomainRejection {
        NoPausedTimer() {
            super(Rejection.CONFLICT, "No timer is paused for this step.");
        }
    }

    @PublicName("IdeaCapReached")
    static class IdeaCapReached extends DomainRejection {
        IdeaCapReached(int cap) {
            super(Rejection.CONFLICT, "At most " + cap + " of your votes may go to one idea or cluster; put this one elsewhere.");
        }
    }

    @PublicName("PhaseOver")
    static class PhaseOver extends DomainRejection {
        PhaseOver(Phase phase) {
            super(Rejection.CONFLICT, "phase", "Phase " + phase + " is over; its settings can no longer change.");
        }

        PhaseOver(Phase ideasPhase, String action) {
            super(Rejection.CONFLICT, "This idea's phase (" + ideasPhase + ") is over: it stays as the room voted on it,"
                    + " so you can no longer " + action + ".");
        }
    }

    @PublicName("IdeaHasVotes")
    static class IdeaHasVotes extends DomainRejection {
        IdeaHasVotes(IdeaId ideaId) {
            super(Rejection.CONFLICT, "Idea " + ideaId + " has dots: while the room votes it stays as its voters read it.");
        }
    }

    @PublicName("NothingToReveal")
    static class NothingToReveal extends DomainRejection {
        NothingToReveal(Phase phase) {
            super(Rejection.CONFLICT, "Phase " + phase + " has no private writing waiting to be revealed.");
        }
    }

    @PublicName("NotDreaming")
    static class NotDreaming extends DomainRejection {
        NotDreaming(Phase phase) {
            super(Rejection.CONFLICT, "Objections are parked during UTOPIA; the workshop is in " + phase
                    + ". In REALIZATION, post it as an idea.");
        }
    }

    @PublicName("UnknownSession")
    static class UnknownSession extends DomainRejection {
        UnknownSession(int session) {
            super(Rejection.NOT_FOUND, "session", "The workshop has no dated half-day number " + session + ".");
        }
    }

    /** A screen connected outside a half-day's hours says nothing about who came to it. */
    @PublicName("NotDuringSession")
    static class NotDuringSession extends DomainRejection {
        NotDuringSession(int session) {
            super(Rejection.CONFLICT, "session", "Half-day " + session + " is not under way; a presence seen by "
                    + "connection counts only during its hours (a facilitator may mark someone present).");
        }
    }
}
