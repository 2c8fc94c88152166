package org.atelier.web.vote;

import java.time.Clock;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.RetractVote;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Participants put their dots on ideas during the VOTE step, and take them back to move them. */
@RestController
@RequestMapping("/api/workshops/{workshopId}/votes")
class VoteController {

    private final Dispatcher dispatcher;
    private final Clock clock;

    VoteController(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    record VoteRequest(String ideaId) {
    }

    record Voted(String ideaId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Voted cast(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody VoteRequest request) {
        caller.mustParticipateIn(workshopId);
        IdeaId ideaId = IdeaIds.of("ideaId", request.ideaId());
        dispatcher.sendToWorkshop(workshopId, new CastVote(workshopId, caller.participantId(), ideaId, clock.instant()),
                caller);
        return new Voted(ideaId.value());
    }

    @DeleteMapping("/{ideaId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retract(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId) {
        caller.mustParticipateIn(workshopId);
        dispatcher.sendToWorkshop(workshopId, new RetractVote(workshopId, caller.participantId(),
                IdeaIds.of("ideaId", ideaId), clock.instant()), caller);
    }
}
