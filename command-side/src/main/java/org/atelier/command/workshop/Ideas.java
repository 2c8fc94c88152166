package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.command.workshop.WorkshopRejections.IdeaHasVotes;
import org.atelier.command.workshop.WorkshopRejections.IdeaIdTaken;
import org.atelier.command.workshop.WorkshopRejections.IdeaOfAnotherPhase;
import org.atelier.command.workshop.WorkshopRejections.IdeaOffBoard;
import org.atelier.command.workshop.WorkshopRejections.NotTheAuthor;
import org.atelier.command.workshop.WorkshopRejections.PhaseOver;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.command.workshop.WorkshopRejections.UnknownInspiration;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.EditIdea;
import org.atelier.shared.idea.HideIdea;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.idea.PostIdea;
import org.atelier.shared.idea.WithdrawIdea;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Step;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The ideas of the workshop: posted by participants in the phase now open (held for the facilitator
 * first where {@link Moderation} says so), edited or withdrawn by their author while their phase
 * lasts, hidden by the facilitator. A retried post is recognised by its id and answers with the
 * position of the first.
 */
class Ideas {

    private final Room room;
    private final Moderation moderation;
    private final Map<IdeaId, PostedIdea> ideas = new HashMap<>();

    Ideas(Room room, Moderation moderation) {
        this.room = room;
        this.moderation = moderation;
    }

    /** An idea ever posted in this workshop, on the board or not. */
    Optional<PostedIdea> idea(IdeaId ideaId) {
        return Optional.ofNullable(ideas.get(ideaId));
    }

    /** An idea on the board and of the phase now open: the only ones that can be clustered or voted on. */
    PostedIdea ofThisPhase(IdeaId ideaId) {
        PostedIdea idea = ideas.get(ideaId);
        if (idea == null || !idea.isOnBoard()) {
            throw new UnknownIdea(ideaId);
        }
        if (idea.phase() != room.phase()) {
            throw new IdeaOfAnotherPhase(ideaId, idea.phase());
        }
        return idea;
    }

    /** An idea the room may vote on: of this phase, and not waiting for the facilitator (to the room, unknown). */
    void mustBeVotable(IdeaId ideaId) {
        ofThisPhase(ideaId);
        if (moderation.isWaiting(ideaId)) {
            throw new UnknownIdea(ideaId);
        }
    }

    @CommandHandler
    long handle(PostIdea command) {
        OrganisationId organisation = room.organisationOf(command.author());
        String text = IdeaText.of(command.text());
        List<IdeaId> inspiredBy = Inspirations.of(command.inspiredBy());
        PostedIdea existing = ideas.get(command.ideaId());
        if (existing != null) {
            if (!existing.isSamePost(command.author(), text, inspiredBy)) {
                throw new IdeaIdTaken(command.ideaId());
            }
            return existing.position();
        }
        room.mustBeOpenTo("post an idea");
        inspiredBy.stream().filter(id -> !ideas.containsKey(id)).findFirst().ifPresent(unknown -> {
            throw new UnknownInspiration(unknown);
        });
        if (moderation.holdsIdeasOf(room.phase())) {
            apply(new IdeaSubmitted(room.workshopId(), command.ideaId(), command.author(), organisation, room.phase(),
                    text, inspiredBy, command.at()));
        } else {
            apply(new IdeaPosted(room.workshopId(), command.ideaId(), command.author(), organisation, room.phase(),
                    text, inspiredBy, command.at()));
        }
        return Workshop.position();
    }

    @CommandHandler
    long handle(EditIdea command) {
        PostedIdea idea = ownIdea(command.ideaId(), command.editor());
        String text = IdeaText.of(command.text());
        room.mustNotBeClosedTo("edit an idea");
        if (!idea.isOnBoard()) {
            throw new IdeaOffBoard(command.ideaId());
        }
        if (!idea.text().equals(text)) {
            mustStillBeItsPhase(idea, "edit it");
            mustHaveNoVotesWhileVoting(command.ideaId(), idea);
            apply(new IdeaEdited(room.workshopId(), command.ideaId(), text, command.at()));
        }
        return Workshop.position();
    }

    @CommandHandler
    long handle(WithdrawIdea command) {
        PostedIdea idea = ownIdea(command.ideaId(), command.author());
        room.mustNotBeClosedTo("withdraw an idea");
        if (idea.isOnBoard()) {
            mustStillBeItsPhase(idea, "withdraw it");
            apply(new IdeaWithdrawn(room.workshopId(), command.ideaId(), command.at()));
        }
        return Workshop.position();
    }

    @CommandHandler
    long handle(HideIdea command) {
        PostedIdea idea = ideas.get(command.ideaId());
        if (idea == null) {
            throw new UnknownIdea(command.ideaId());
        }
        if (idea.isOnBoard()) {
            apply(new IdeaHidden(room.workshopId(), command.ideaId(), HideReason.of(command.reason()), command.at()));
        }
        return Workshop.position();
    }

    /** An idea the participant, still in the room, posted: only its author edits or withdraws it. */
    private PostedIdea ownIdea(IdeaId ideaId, ParticipantId participant) {
        room.organisationOf(participant);
        PostedIdea idea = ideas.get(ideaId);
        if (idea == null) {
            throw new UnknownIdea(ideaId);
        }
        if (!idea.isAuthor(participant)) {
            throw new NotTheAuthor(ideaId);
        }
        return idea;
    }

    /**
     * Ideas stay what was voted: once its phase is over, an idea is no longer its author's to
     * change (the facilitator can still hide it, with a reason).
     */
    private void mustStillBeItsPhase(PostedIdea idea, String action) {
        if (idea.phase() != room.phase()) {
            throw new PhaseOver(idea.phase(), action);
        }
    }

    /** During a VOTE step, an idea that has dots (or points, or scores) reads as its voters read it. */
    private void mustHaveNoVotesWhileVoting(IdeaId ideaId, PostedIdea idea) {
        if (room.step() == Step.VOTE && idea.phase() == room.phase() && room.isVotedOn(ideaId)) {
            throw new IdeaHasVotes(ideaId);
        }
    }

    @EventSourcingHandler
    void on(IdeaPosted event) {
        ideas.put(event.ideaId(), new PostedIdea(event.author(), event.phase(), event.text(), event.inspiredBy(),
                Workshop.position()));
    }

    @EventSourcingHandler
    void on(IdeaSubmitted event) {
        ideas.put(event.ideaId(), new PostedIdea(event.author(), event.phase(), event.text(), event.inspiredBy(),
                Workshop.position()));
    }

    /** A rejected idea leaves the board as a hidden one does. */
    @EventSourcingHandler
    void on(IdeaRejected event) {
        ideas.computeIfPresent(event.ideaId(), (id, idea) -> idea.offBoard());
    }

    @EventSourcingHandler
    void on(IdeaEdited event) {
        ideas.computeIfPresent(event.ideaId(), (id, idea) -> idea.withText(event.text()));
    }

    @EventSourcingHandler
    void on(IdeaWithdrawn event) {
        ideas.computeIfPresent(event.ideaId(), (id, idea) -> idea.offBoard());
    }

    @EventSourcingHandler
    void on(IdeaHidden event) {
        ideas.computeIfPresent(event.ideaId(), (id, idea) -> idea.offBoard());
    }

    @EventSourcingHandler
    void on(IdeaClustered event) {
        ideas.computeIfPresent(event.ideaId(), (id, idea) -> idea.inCluster(event.clusterId()));
    }

    @EventSourcingHandler
    void on(ClustersMerged event) {
        ideas.replaceAll((id, idea) -> event.clusterId().equals(idea.cluster()) ? idea.inCluster(event.into()) : idea);
    }

    @EventSourcingHandler
    void on(ClusterDissolved event) {
        ideas.replaceAll((id, idea) -> event.clusterId().equals(idea.cluster()) ? idea.inCluster(null) : idea);
    }
}
