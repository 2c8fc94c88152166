package org.atelier.command.workshop;

import java.util.List;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;

/**
 * What the workshop keeps of an idea to decide on it: its author and phase, its first text (to
 * recognise a retried post), its current text, its cluster, and whether it is still on the board.
 */
record PostedIdea(ParticipantId author, Phase phase, String postedText, String text, List<IdeaId> inspiredBy,
                  long position, ClusterId cluster, boolean isOnBoard) {

    PostedIdea(ParticipantId author, Phase phase, String text, List<IdeaId> inspiredBy, long position) {
        this(author, phase, text, text, inspiredBy, position, null, true);
    }

    boolean isAuthor(ParticipantId participant) {
        return author.equals(participant);
    }

    boolean isSamePost(ParticipantId participant, String otherText, List<IdeaId> otherInspiredBy) {
        return isAuthor(participant) && postedText.equals(otherText) && inspiredBy.equals(otherInspiredBy);
    }

    PostedIdea withText(String newText) {
        return new PostedIdea(author, phase, postedText, newText, inspiredBy, position, cluster, isOnBoard);
    }

    PostedIdea inCluster(ClusterId newCluster) {
        return new PostedIdea(author, phase, postedText, text, inspiredBy, position, newCluster, isOnBoard);
    }

    PostedIdea offBoard() {
        return new PostedIdea(author, phase, postedText, text, inspiredBy, position, cluster, false);
    }
}
