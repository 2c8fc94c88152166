package org.atelier.web.moderation;

import java.time.Clock;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.moderation.ApproveIdea;
import org.atelier.shared.moderation.RejectIdea;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.security.Caller;
import org.atelier.web.security.RunsWorkshop;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** In a moderated phase the facilitator approves or rejects, with a reason, each idea that waits. */
@RestController
@RequestMapping("/api/workshops/{workshopId}/ideas/{ideaId}")
class ModerationController {

    private final Dispatcher dispatcher;
    private final Clock clock;

    ModerationController(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    record RejectRequest(String reason) {
    }

    record Moderated(String ideaId, String moderation) {
    }

    @RunsWorkshop
    @PostMapping("/approve")
    Moderated approve(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId) {
        IdeaId id = IdeaIds.of("ideaId", ideaId);
        dispatcher.sendToWorkshop(workshopId, new ApproveIdea(workshopId, id, clock.instant()), caller);
        return new Moderated(id.value(), "APPROVED");
    }

    @RunsWorkshop
    @PostMapping("/reject")
    Moderated reject(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId,
                     @RequestBody(required = false) RejectRequest request) {
        IdeaId id = IdeaIds.of("ideaId", ideaId);
        dispatcher.sendToWorkshop(workshopId, new RejectIdea(workshopId, id, request == null ? null : request.reason(),
                clock.instant()), caller);
        return new Moderated(id.value(), "REJECTED");
    }
}
