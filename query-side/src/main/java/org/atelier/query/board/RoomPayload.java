package org.atelier.query.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.query.board.BoardDocument.PhaseSettingEntry;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;

/**
 * An event's content as every screen of the room may receive it: an idea still written privately
 * travels without its text or author (its author's screen reads it from the board), and an
 * anonymous phase's ideas and votes travel without who posted or cast them, a vote under hidden
 * tallies without the idea it went to, and a parked objection
 * travels as its id only (the room reads it from the board once REALIZATION opens). Proposals are
 * made in REALIZATION: its anonymity leaves out who proposed, amended, committed or agreed.
 */
final class RoomPayload {

    /** Who acted on a proposal: left out where REALIZATION is anonymous (organisations' commitments stay). */
    private static final List<String> PERSONS_IN_PROPOSALS = List.of("proposer", "proposerOrganisationId",
            "amendedBy", "withdrawnBy", "participantId", "agreedBy", "updatedBy");

    private RoomPayload() {
    }

    static Map<String, Object> of(Record event, PhaseSettingEntry settings) {
        Map<String, Object> payload = PlainValues.of(event);
        if (event instanceof ObjectionParked) {
            Map<String, Object> parked = new LinkedHashMap<>();
            parked.put("workshopId", payload.get("workshopId"));
            parked.put("objectionId", payload.get("objectionId"));
            parked.put("at", payload.get("at"));
            return parked;
        }
        if (settings == null) {
            return payload;
        }
        if (ProposalFold.handles(event)) {
            if (settings.anonymous()) {
                PERSONS_IN_PROPOSALS.forEach(payload::remove);
            }
            return payload;
        }
        if (settings.awaitsReveal() && (event instanceof IdeaPosted || event instanceof IdeaEdited)) {
            Map<String, Object> hidden = new LinkedHashMap<>();
            hidden.put("workshopId", payload.get("workshopId"));
            hidden.put("ideaId", payload.get("ideaId"));
            hidden.put("phase", settings.phase());
            hidden.put("private", true);
            hidden.put("at", payload.get("at"));
            return hidden;
        }
        if (settings.hiddenTallies() && isVote(event)) {
            payload.remove("ideaId");
            payload.remove("clusterId");
            payload.remove("proposalId");
        }
        if (settings.anonymous()) {
            payload.remove("author");
            payload.remove("organisationId");
            payload.remove("voter");
        }
        return payload;
    }

    static boolean dependsOnPhaseSettings(Object event) {
        return event instanceof IdeaPosted || event instanceof IdeaEdited || isVote(event)
                || ProposalFold.handles(event);
    }

    private static boolean isVote(Object event) {
        return event instanceof VoteCast || event instanceof VoteRetracted || event instanceof ClusterVoteCast
                || event instanceof ClusterVoteRetracted || event instanceof ProposalVoteCast
                || event instanceof ProposalVoteRetracted;
    }

    /** The phase an idea, vote or proposal event belongs to ({@code null} for an edit: the board knows). */
    static String phaseOf(Object event) {
        if (ProposalFold.handles(event)) {
            return "REALIZATION";
        }
        if (event instanceof IdeaPosted e) {
            return e.phase().name();
        }
        if (event instanceof VoteCast e) {
            return e.phase().name();
        }
        if (event instanceof VoteRetracted e) {
            return e.phase().name();
        }
        if (event instanceof ClusterVoteCast e) {
            return e.phase().name();
        }
        if (event instanceof ClusterVoteRetracted e) {
            return e.phase().name();
        }
        if (event instanceof ProposalVoteCast e) {
            return e.phase().name();
        }
        if (event instanceof ProposalVoteRetracted e) {
            return e.phase().name();
        }
        return null;
    }
}
