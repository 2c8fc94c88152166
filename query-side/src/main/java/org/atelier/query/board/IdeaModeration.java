package org.atelier.query.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.query.board.BoardDocument.IdeaEntry;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.moderation.PhaseModerated;
import org.atelier.shared.workshop.Audience;

/**
 * What moderated posting changes on a board: which phases are moderated, and the ideas held for
 * the facilitator ({@link #PENDING}) or refused ({@link #REJECTED}, with the reason). Every other
 * idea is {@link #APPROVED}. The aggregate decides; this only records the outcome and says who may
 * see a held idea: the facilitator and its author, nobody else.
 */
public final class IdeaModeration {

    static final String APPROVED = "APPROVED";
    static final String PENDING = "PENDING";
    static final String REJECTED = "REJECTED";

    /** A held idea's state on the board; an idea without one is approved. */
    public record HeldEntry(String state, String reason) {
    }

    private IdeaModeration() {
    }

    static void moderated(BoardDocument board, PhaseModerated event) {
        String phase = event.phase().name();
        board.getModeratedPhases().remove(phase);
        if (event.moderated()) {
            board.getModeratedPhases().add(phase);
        }
        // The phase's settings are listed, with this one among them, even if nothing else was chosen.
        if (board.getSettings().stream().noneMatch(entry -> entry.phase().equals(phase))) {
            List<BoardDocument.PhaseSettingEntry> all = new ArrayList<>(board.getSettings());
            all.add(board.settingsOf(phase));
            board.setSettings(all);
        }
    }

    static void submitted(BoardDocument board, IdeaSubmitted event) {
        board.getIdeas().add(new IdeaEntry(event.ideaId().value(), event.text(), event.author().value(),
                event.organisationId().value(), event.phase().name(), null, 0,
                event.inspiredBy().stream().map(id -> id.value()).toList(), event.at(), null));
        board.getHeld().put(event.ideaId().value(), new HeldEntry(PENDING, null));
    }

    static void approved(BoardDocument board, IdeaApproved event) {
        board.getHeld().remove(event.ideaId().value());
    }

    static void rejected(BoardDocument board, IdeaRejected event) {
        board.getHeld().put(event.ideaId().value(), new HeldEntry(REJECTED, event.reason()));
    }

    static String stateOf(BoardDocument board, String ideaId) {
        HeldEntry held = board.getHeld().get(ideaId);
        return held == null ? APPROVED : held.state();
    }

    /** The facilitator sees every held idea, its author their own; the others only approved ideas. */
    static boolean mayRead(BoardDocument board, IdeaEntry idea, Audience audience, String viewer) {
        return !board.getHeld().containsKey(idea.ideaId()) || audience == Audience.FACILITATOR
                || viewer != null && viewer.equals(idea.participantId());
    }

    /**
     * The event concerns an idea the room may not see (held or refused): it travels to the room's
     * screens without content, and the facilitator's and the author's screens read it from the board.
     */
    static boolean keptFromRoom(BoardDocument board, Object event) {
        String ideaId;
        if (event instanceof IdeaSubmitted || event instanceof IdeaRejected) {
            return true;
        } else if (event instanceof IdeaEdited edited) {
            ideaId = edited.ideaId().value();
        } else if (event instanceof IdeaWithdrawn withdrawn) {
            ideaId = withdrawn.ideaId().value();
        } else if (event instanceof IdeaHidden hidden) {
            ideaId = hidden.ideaId().value();
        } else if (event instanceof IdeaClustered clustered) {
            ideaId = clustered.ideaId().value();
        } else {
            return false;
        }
        return board.getHeld().containsKey(ideaId);
    }

    /** What the room's screens receive of an event about a held idea: that it happened, nothing of it. */
    static Map<String, Object> withheld(Map<String, Object> payload) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("workshopId", payload.get("workshopId"));
        kept.put("ideaId", payload.get("ideaId"));
        kept.put("held", true);
        kept.put("at", payload.get("at"));
        return kept;
    }
}
