package org.atelier.query.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.WorkshopClosed;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The change an event makes to a stored board, as one in-place update of the fields it touches,
 * so that a busy board is not read and rewritten whole for every idea. It makes the same board as
 * {@link BoardFold} (a test holds them to it); the first event, rarer ones (timers, going back) and
 * any it does not know take the fold's path.
 */
final class BoardUpdates {

    private final MongoConverter converter;

    BoardUpdates(MongoConverter converter) {
        this.converter = converter;
    }

    /** What must also hold for the update to apply (the idea it changes is on the board). */
    record InPlace(Criteria condition, Update update) {
    }

    Optional<InPlace> of(Object event, long position, Instant at) {
        Criteria condition = new Criteria();
        Update update;
        if (event instanceof WorkshopClosed) {
            update = new Update();
        } else if (event instanceof ParticipantJoined e) {
            update = new Update().push("participants", plain(BoardFold.participantOf(e)));
        } else if (event instanceof PhaseAdvanced e) {
            update = newStep().set("phase", e.to().name());
            update = e.step() == null ? update.unset("step") : update.set("step", e.step().name());
        } else if (event instanceof StepAdvanced e) {
            update = newStep().set("step", e.to().name());
        } else if (event instanceof ParticipantReady e) {
            update = new Update().push("ready", e.participantId().value());
        } else if (event instanceof IdeaPosted e) {
            update = new Update().push("ideas", plain(BoardFold.ideaOf(e)));
        } else if (event instanceof IdeaEdited e) {
            condition = where("ideas.ideaId").is(e.ideaId().value());
            update = new Update().set("ideas.$.text", e.text()).set("ideas.$.editedAt", e.at());
        } else if (event instanceof IdeaWithdrawn e) {
            update = new Update().pull("ideas", new Document("ideaId", e.ideaId().value()));
        } else if (event instanceof IdeaHidden e) {
            update = new Update().pull("ideas", new Document("ideaId", e.ideaId().value()));
        } else if (event instanceof ClusterCreated e) {
            update = new Update().push("clusters", plain(BoardFold.clusterOf(e)));
        } else if (event instanceof IdeaClustered e) {
            condition = where("ideas.ideaId").is(e.ideaId().value());
            update = e.clusterId() == null ? new Update().unset("ideas.$.clusterId")
                    : new Update().set("ideas.$.clusterId", e.clusterId().value());
        } else if (event instanceof VoteCast e) {
            condition = where("ideas.ideaId").is(e.ideaId().value());
            update = new Update().inc("ideas.$.votes", 1)
                    .inc(dots(e.voter(), BoardDocument.ideaDot(e.phase().name(), e.ideaId().value())), 1);
        } else if (event instanceof VoteRetracted e) {
            condition = where("ideas.ideaId").is(e.ideaId().value());
            update = new Update().inc("ideas.$.votes", -1)
                    .inc(dots(e.voter(), BoardDocument.ideaDot(e.phase().name(), e.ideaId().value())), -1);
        } else if (event instanceof ClusterVoteCast e) {
            condition = where("clusters.clusterId").is(e.clusterId().value());
            update = new Update().inc("clusters.$.votes", 1)
                    .inc(dots(e.voter(), BoardDocument.clusterDot(e.phase().name(), e.clusterId().value())), 1);
        } else if (event instanceof ClusterVoteRetracted e) {
            condition = where("clusters.clusterId").is(e.clusterId().value());
            update = new Update().inc("clusters.$.votes", -1)
                    .inc(dots(e.voter(), BoardDocument.clusterDot(e.phase().name(), e.clusterId().value())), -1);
        } else {
            return Optional.empty();
        }
        return Optional.of(new InPlace(condition, update.set("version", position).set("updatedAt", at)));
    }

    /** The field counting one voter's dots on one target. */
    private static String dots(ParticipantId voter, String key) {
        return "dots." + voter.value() + "." + key;
    }

    /**
     * A new step starts with no countdown and nobody done yet. Fields without a value are left
     * out, as the fold's documents leave them out, so that both write the very same document.
     */
    private static Update newStep() {
        return new Update().unset("timer").set("ready", List.of());
    }

    private Object plain(Object entry) {
        Document document = new Document();
        converter.write(entry, document);
        document.remove("_class");
        return document;
    }
}
