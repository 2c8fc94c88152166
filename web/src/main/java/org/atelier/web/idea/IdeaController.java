package org.atelier.web.idea;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.atelier.shared.idea.EditIdea;
import org.atelier.shared.idea.HideIdea;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.PostIdea;
import org.atelier.shared.idea.WithdrawIdea;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ChangesWorkshop;
import org.atelier.web.security.ParticipatesInWorkshop;
import org.atelier.web.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Participants post, edit and withdraw their ideas; the facilitator hides any. */
@RestController
@RequestMapping("/api/workshops/{workshopId}/ideas")
class IdeaController {

    private final Dispatcher dispatcher;
    private final Clock clock;

    IdeaController(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    record PostRequest(String ideaId, String text, List<String> inspiredBy) {
    }

    record Posted(String ideaId) {
    }

    record EditRequest(String text) {
    }

    @ParticipatesInWorkshop
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Posted post(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody PostRequest request) {
        IdeaId ideaId = request.ideaId() == null ? new IdeaId(UUID.randomUUID().toString())
                : IdeaIds.of("ideaId", request.ideaId());
        List<IdeaId> inspiredBy = IdeaIds.list("inspiredBy", request.inspiredBy());
        dispatcher.sendToWorkshop(workshopId, new PostIdea(workshopId, ideaId, caller.participantId(),
                request.text(), inspiredBy, clock.instant()), caller);
        return new Posted(ideaId.value());
    }

    @ParticipatesInWorkshop
    @PatchMapping("/{ideaId}")
    Posted edit(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId,
                @RequestBody EditRequest request) {
        IdeaId id = IdeaIds.of("ideaId", ideaId);
        dispatcher.sendToWorkshop(workshopId, new EditIdea(workshopId, id, caller.participantId(), request.text(),
                clock.instant()), caller);
        return new Posted(id.value());
    }

    /** The author withdraws their idea; the facilitator (or organiser) hides it, with an optional reason. */
    @ChangesWorkshop
    @DeleteMapping("/{ideaId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId,
                @RequestParam(required = false) String reason) {
        IdeaId id = IdeaIds.of("ideaId", ideaId);
        if (caller.role() == Role.PARTICIPANT) {
            dispatcher.sendToWorkshop(workshopId, new WithdrawIdea(workshopId, id, caller.participantId(),
                    clock.instant()), caller);
        } else {
            dispatcher.sendToWorkshop(workshopId, new HideIdea(workshopId, id, reason, clock.instant()), caller);
        }
    }
}
