package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.atelier.command.workshop.ModerationRejections.AlreadyApproved;
import org.atelier.command.workshop.ModerationRejections.AlreadyRejected;
import org.atelier.command.workshop.ModerationRejections.IdeaNotWaiting;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.moderation.ApproveIdea;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.moderation.ModeratePhase;
import org.atelier.shared.moderation.PhaseModerated;
import org.atelier.shared.moderation.RejectIdea;
import org.atelier.shared.workshop.Phase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Moderated posting: which phases hold a participant's idea for the facilitator, and what became of
 * each idea held. A held idea is approved (the room sees it from then on) or rejected with a
 * reason (the room never sees it), once.
 */
class Moderation {

    private final Room room;
    private final Set<Phase> moderated = EnumSet.noneOf(Phase.class);
    private final Map<IdeaId, IdeaSubmitted> waiting = new HashMap<>();
    private final Set<IdeaId> approved = new HashSet<>();
    private final Set<IdeaId> rejected = new HashSet<>();

    Moderation(Room room) {
        this.room = room;
    }

    /** Whether the idea waits for the facilitator: not the room's yet. */
    boolean isWaiting(IdeaId ideaId) {
        return waiting.containsKey(ideaId);
    }

    /** An idea posted now in this phase waits for the facilitator. */
    boolean holdsIdeasOf(Phase phase) {
        return moderated.contains(phase);
    }

    @CommandHandler
    long handle(ModeratePhase command) {
        room.mustBeAheadOrNow(command.phase());
        if (holdsIdeasOf(command.phase()) != command.moderated()) {
            apply(new PhaseModerated(room.workshopId(), command.phase(), command.moderated(), command.at()));
        }
        return Workshop.position();
    }

    @CommandHandler
    long handle(ApproveIdea command) {
        IdeaSubmitted idea = waitingIdea(command.ideaId());
        apply(new IdeaApproved(room.workshopId(), idea.ideaId(), idea.author(), idea.organisationId(), idea.phase(),
                idea.text(), idea.inspiredBy(), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(RejectIdea command) {
        String reason = RejectionReason.of(command.reason());
        waitingIdea(command.ideaId());
        apply(new IdeaRejected(room.workshopId(), command.ideaId(), reason, command.at()));
        return Workshop.position();
    }

    /** The idea as it waits now; refuses an unknown idea and one that is not (or no longer) waiting. */
    private IdeaSubmitted waitingIdea(IdeaId ideaId) {
        if (room.idea(ideaId).isEmpty()) {
            throw new UnknownIdea(ideaId);
        }
        if (approved.contains(ideaId)) {
            throw new AlreadyApproved(ideaId);
        }
        if (rejected.contains(ideaId)) {
            throw new AlreadyRejected(ideaId);
        }
        IdeaSubmitted idea = waiting.get(ideaId);
        if (idea == null) {
            throw new IdeaNotWaiting(ideaId);
        }
        return idea;
    }

    @EventSourcingHandler
    void on(PhaseModerated event) {
        if (event.moderated()) {
            moderated.add(event.phase());
        } else {
            moderated.remove(event.phase());
        }
    }

    @EventSourcingHandler
    void on(IdeaSubmitted event) {
        waiting.put(event.ideaId(), event);
    }

    @EventSourcingHandler
    void on(IdeaEdited event) {
        waiting.computeIfPresent(event.ideaId(), (id, idea) -> new IdeaSubmitted(idea.workshopId(), id, idea.author(),
                idea.organisationId(), idea.phase(), event.text(), idea.inspiredBy(), idea.at()));
    }

    @EventSourcingHandler
    void on(IdeaWithdrawn event) {
        waiting.remove(event.ideaId());
    }

    @EventSourcingHandler
    void on(IdeaHidden event) {
        waiting.remove(event.ideaId());
    }

    @EventSourcingHandler
    void on(IdeaApproved event) {
        waiting.remove(event.ideaId());
        approved.add(event.ideaId());
    }

    @EventSourcingHandler
    void on(IdeaRejected event) {
        waiting.remove(event.ideaId());
        rejected.add(event.ideaId());
    }
}
