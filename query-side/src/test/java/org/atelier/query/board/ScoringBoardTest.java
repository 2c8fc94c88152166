package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;
import static org.atelier.shared.workshop.Step.CLUSTER;
import static org.atelier.shared.workshop.Step.COLLECT;
import static org.atelier.shared.workshop.Step.DISCUSS;
import static org.atelier.shared.workshop.Step.VOTE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.ScoringViews.MyPoints;
import org.atelier.query.board.ScoringViews.MyRating;
import org.atelier.query.board.ScoringViews.RatingView;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.vote.Allocation;
import org.atelier.shared.vote.Criterion;
import org.atelier.shared.vote.CriterionRated;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.VotingMode;
import org.atelier.shared.vote.VotingModeChosen;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseConfigured;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Points and criteria scores on the board: sums, averages, the reader's own, hidden tallies. */
class ScoringBoardTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private final WorkshopStream room = new WorkshopStream("workshop-1");
    private final List<WorkshopChange> changes = new ArrayList<>();
    private BoardProjection projection;
    private BoardQueries queries;
    private MongoTemplate mongo;

    @BeforeEach
    void aRoomWithTwoIdeas() {
        OpenBoards openBoards = new OpenBoards(100);
        mongo = MONGO.freshDatabase();
        projection = WorkshopStream.projection(mongo, updateEmitter, WorkshopStream.noHistory(mongo), openBoards);
        queries = new BoardQueries(new Boards(openBoards, mongo));
        updateEmitter.<WorkshopChange>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindWorkshopChanges(room.id()), ResponseTypes.instanceOf(Long.class),
                        ResponseTypes.instanceOf(WorkshopChange.class)), 64)
                .getUpdates().map(Message::getPayload).subscribe(changes::add);
        deliver(room.scheduled());
    }

    private void votingWith(VotingMode mode, List<Criterion> criteria, boolean hiddenTallies) {
        deliver(room.event(at -> new PhaseConfigured(room.id(), CRITIQUE, false, false, hiddenTallies, at)),
                room.event(at -> new VotingModeChosen(room.id(), CRITIQUE, mode, criteria, at)),
                room.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                room.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                room.ideaPosted("idea-2", "bob", "org-cafe", CRITIQUE, "No bike lanes"),
                room.stepAdvanced(CRITIQUE, COLLECT, CLUSTER), room.stepAdvanced(CRITIQUE, CLUSTER, VOTE));
    }

    private DomainEventMessage<?> points(String voter, int onFirst, int onSecond) {
        return room.event(at -> new PointsAllocated(room.id(), new ParticipantId(voter), Phase.CRITIQUE,
                List.of(new Allocation(new IdeaId("idea-1"), null, null, onFirst),
                        new Allocation(new IdeaId("idea-2"), null, null, onSecond)), at));
    }

    private DomainEventMessage<?> score(String voter, String criterion, int score) {
        return room.event(at -> new CriterionRated(room.id(), new ParticipantId(voter), Phase.CRITIQUE,
                new IdeaId("idea-1"), null, null, criterion, score, at));
    }

    @Test
    void eachIdeaCarriesTheSumOfItsPointsAndEachReaderTheirOwn() {
        votingWith(VotingMode.POINTS, List.of(), false);
        deliver(points("ada", 60, 40), points("bob", 10, 90), points("ada", 30, 70));

        BoardView adas = board(Audience.PARTICIPANT, "ada");
        assertThat(adas.ideas()).extracting(BoardView.IdeaView::points).containsExactly(40, 160);
        assertThat(adas.ideas()).extracting(BoardView.IdeaView::ratings).containsOnlyNulls();
        assertThat(adas.myPoints()).containsExactlyInAnyOrder(new MyPoints("idea-1", null, null, 30),
                new MyPoints("idea-2", null, null, 70));
        assertThat(adas.settings()).extracting(BoardView.PhaseSettingsView::votingMode).containsExactly("POINTS");
    }

    @Test
    void pointsOnAMergedClusterFollowItAsDotsDo() {
        votingWith(VotingMode.POINTS, List.of(), false);
        deliver(room.event(at -> new ClusterCreated(room.id(), new ClusterId("cluster-a"), CRITIQUE, "Bus", at)),
                room.event(at -> new ClusterCreated(room.id(), new ClusterId("cluster-b"), CRITIQUE, "Vélo", at)),
                room.event(at -> new PointsAllocated(room.id(), new ParticipantId("bob"), Phase.CRITIQUE,
                        List.of(new Allocation(null, new ClusterId("cluster-a"), null, 40),
                                new Allocation(null, new ClusterId("cluster-b"), null, 10)), at)),
                room.event(at -> new ClustersMerged(room.id(), new ClusterId("cluster-a"), new ClusterId("cluster-b"), at)));

        BoardView bobs = board(Audience.PARTICIPANT, "bob");
        assertThat(bobs.clusters()).extracting(BoardView.ClusterView::clusterId, BoardView.ClusterView::points)
                .containsExactly(tuple("cluster-b", 50));
        assertThat(bobs.myPoints()).containsExactly(new MyPoints(null, "cluster-b", null, 50));
    }

    @Test
    void hiddenTalliesReadZeroPointsUntilTheVoteEnds() {
        votingWith(VotingMode.POINTS, List.of(), true);
        deliver(points("bob", 10, 90));

        assertThat(board(Audience.PARTICIPANT, "ada").ideas()).extracting(BoardView.IdeaView::points)
                .containsExactly(0, 0);
        assertThat(board(Audience.EVALUATOR, null).ideas()).extracting(BoardView.IdeaView::points)
                .containsExactly(10, 90);
        assertThat(changes.get(changes.size() - 1).payload()).doesNotContainKey("allocations");

        deliver(room.stepAdvanced(CRITIQUE, VOTE, DISCUSS));

        assertThat(board(Audience.PARTICIPANT, "ada").ideas()).extracting(BoardView.IdeaView::points)
                .containsExactly(10, 90);
    }

    @Test
    void eachIdeaCarriesTheAverageScorePerCriterion() {
        votingWith(VotingMode.CRITERIA, List.of(new Criterion("impact", "Impact pour le territoire"),
                new Criterion("faisabilite", "Faisabilité")), false);
        deliver(score("ada", "impact", 5), score("bob", "impact", 2), score("ada", "impact", 4));

        BoardView adas = board(Audience.PARTICIPANT, "ada");
        assertThat(adas.ideas().get(0).ratings()).containsExactly(new RatingView("impact", 3.0, 2),
                new RatingView("faisabilite", 0, 0));
        assertThat(adas.ideas().get(0).points()).isNull();
        assertThat(adas.myRatings()).containsExactly(new MyRating("idea-1", null, null, "impact", 4));
        assertThat(adas.settings().get(0).criteria()).extracting(ScoringEntry.CriterionEntry::label)
                .containsExactly("Impact pour le territoire", "Faisabilité");
    }

    @Test
    void hiddenTalliesHideTheScores() {
        votingWith(VotingMode.CRITERIA, List.of(new Criterion("impact", "Impact")), true);
        deliver(score("bob", "impact", 5));

        assertThat(board(Audience.PARTICIPANT, "ada").ideas().get(0).ratings())
                .containsExactly(new RatingView("impact", 0, 0));
        assertThat(changes.get(changes.size() - 1).payload()).doesNotContainKeys("ideaId", "score");
    }

    @Test
    void pointsAndScoresSurviveTheBoardsStore() {
        BoardDocument board = new BoardDocument();
        board.setWorkshopId("stored");
        board.getScoring().getModes().put("CRITIQUE", new ScoringEntry.ModeEntry("CRITERIA",
                List.of(new ScoringEntry.CriterionEntry("impact", "Impact"))));
        board.getScoring().getPoints().put("ada", new HashMap<>(Map.of("CRITIQUE:idea:idea-1", 40)));
        board.getScoring().getScores().put("bob", new HashMap<>(Map.of("CRITIQUE:idea:idea-1|impact", 5)));
        mongo.save(board);

        assertThat(mongo.findById("stored", BoardDocument.class).getScoring()).isEqualTo(board.getScoring());
    }

    private BoardView board(Audience audience, String viewer) {
        return queries.handle(new FindBoard(room.id(), audience, viewer == null ? null : new ParticipantId(viewer)));
    }

    private void deliver(DomainEventMessage<?>... messages) {
        for (DomainEventMessage<?> message : messages) {
            projection.on(message.getPayload(), message);
        }
    }
}
