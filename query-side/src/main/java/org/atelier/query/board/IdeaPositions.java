package org.atelier.query.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.query.board.BoardDocument.IdeaEntry;

/**
 * Where each idea of a board is in its list, so that a dot or a move finds its idea without going
 * through them all (a board of ten thousand ideas spent most of the board processor's time there).
 * The list is changed by the fold in place, so a position found here is checked before it is used;
 * ideas added at the end are taken in as they come, and anything else (an idea removed, the list
 * replaced) makes it start again from the list.
 */
final class IdeaPositions {

    private final Map<String, Integer> positions = new HashMap<>();
    private int taken;

    int of(List<IdeaEntry> ideas, String ideaId) {
        Integer known = positions.get(ideaId);
        if (known != null && isAt(ideas, known, ideaId)) {
            return known;
        }
        if (known != null || taken > ideas.size()) {
            forget();
        }
        takeIn(ideas);
        Integer found = positions.get(ideaId);
        if (found != null && isAt(ideas, found, ideaId)) {
            return found;
        }
        forget();
        takeIn(ideas);
        return positions.getOrDefault(ideaId, -1);
    }

    private void takeIn(List<IdeaEntry> ideas) {
        for (; taken < ideas.size(); taken++) {
            positions.put(ideas.get(taken).ideaId(), taken);
        }
    }

    private void forget() {
        positions.clear();
        taken = 0;
    }

    private static boolean isAt(List<IdeaEntry> ideas, int position, String ideaId) {
        return position < ideas.size() && ideas.get(position).ideaId().equals(ideaId);
    }
}
