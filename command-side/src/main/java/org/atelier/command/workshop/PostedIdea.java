package org.atelier.command.workshop;

import java.util.List;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.ParticipantId;

/**
 * What the workshop keeps of an idea to decide on it: its author, its first text (to recognise a
 * retried post), its current text, and whether it is still on the board.
 */
record PostedIdea(ParticipantId author, String postedText, String text, List<IdeaId> inspiredBy,
                  long position, boolean isOnBoard) {

    PostedIdea(ParticipantId author, String text, List<IdeaId> inspiredBy, long position) {
        this(author, text, text, inspiredBy, position, true);
    }

    boolean isAuthor(ParticipantId participant) {
        return author.equals(participant);
    }

    boolean isSamePost(ParticipantId participant, String otherText, List<IdeaId> otherInspiredBy) {
        return isAuthor(participant) && postedText.equals(otherText) && inspiredBy.equals(otherInspiredBy);
    }

    PostedIdea withText(String newText) {
        return new PostedIdea(author, postedText, newText, inspiredBy, position, isOnBoard);
    }

    PostedIdea offBoard() {
        return new PostedIdea(author, postedText, text, inspiredBy, position, false);
    }
}
