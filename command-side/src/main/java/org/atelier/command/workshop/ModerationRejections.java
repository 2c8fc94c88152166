package org.atelier.command.workshop;

import org.atelier.command.rejection.DomainRejection;
import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;
import org.atelier.shared.idea.IdeaId;

/** The named refusals of moderated posting. */
final class ModerationRejections {

    private ModerationRejections() {
    }

    @PublicName("AlreadyApproved")
    static class AlreadyApproved extends DomainRejection {
        AlreadyApproved(IdeaId ideaId) {
            super(Rejection.CONFLICT, "Idea " + ideaId + " was already approved; the room sees it.");
        }
    }

    @PublicName("AlreadyRejected")
    static class AlreadyRejected extends DomainRejection {
        AlreadyRejected(IdeaId ideaId) {
            super(Rejection.CONFLICT, "Idea " + ideaId + " was already rejected; its author has the reason.");
        }
    }

    @PublicName("IdeaNotWaiting")
    static class IdeaNotWaiting extends DomainRejection {
        IdeaNotWaiting(IdeaId ideaId) {
            super(Rejection.CONFLICT, "Idea " + ideaId
                    + " is not waiting for approval: it was posted in an unmoderated phase, withdrawn or hidden.");
        }
    }
}
