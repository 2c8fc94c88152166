package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.atelier.shared.workshop.Phase.CLOSED;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;
import static org.atelier.shared.workshop.Phase.UTOPIA;
import static org.atelier.shared.workshop.Step.CLUSTER;
import static org.atelier.shared.workshop.Step.COLLECT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.BoardView.ClusterView;
import org.atelier.query.board.BoardView.IdeaView;
import org.atelier.query.board.BoardView.MyVote;
import org.atelier.query.board.WorkshopView.ParticipantView;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClusterRenamed;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.timer.TimerExtended;
import org.atelier.shared.timer.TimerPaused;
import org.atelier.shared.timer.TimerResumed;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.StepReverted;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

class BoardProjectionTest {

    private OpenBoards openBoards = new OpenBoards(100);

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final WorkshopStream workshop = new WorkshopStream("workshop-1");
    private MongoTemplate mongo;
    private BoardProjection projection;
    private BoardQueries queries;

    @BeforeEach
    void freshReadModel() {
        mongo = MONGO.freshDatabase();
        projection = WorkshopStream.projection(mongo, updateEmitter, new BoardHistory(eventStore, mongo.getConverter()), openBoards);
        queries = new BoardQueries(new Boards(openBoards, mongo));
    }

    @Test
    void schedulingAWorkshopCreatesItsBoardAtVersionOneInPreparation() {
        deliver(workshop.scheduled());

        assertThat(board()).isEqualTo(
                new BoardView("workshop-1", "PREPARATION", null, List.of(), List.of(), List.of(), 1, null, List.of(), 0,
                        List.of(), List.of(), 5, 0, List.of(), null, null));
    }

    @Test
    void aPostedIdeaAppearsWithItsAuthorOrganisationPhaseAndInspirations() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "bob", "org-cafe", CRITIQUE, "No bus after 8 pm", "idea-1"));

        assertThat(board().ideas()).containsExactly(
                new IdeaView("idea-1", "Too few buses", "ada", "org-velo", "CRITIQUE", null, 0, List.of(), "APPROVED",
                        null),
                new IdeaView("idea-2", "No bus after 8 pm", "bob", "org-cafe", "CRITIQUE", null, 0,
                        List.of("idea-1"), "APPROVED", null));
    }

    @Test
    void anEditedIdeaShowsItsNewText() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaEdited("idea-1", "Too few buses on Sundays"));

        assertThat(board().ideas()).extracting(IdeaView::text).containsExactly("Too few buses on Sundays");
    }

    @Test
    void aWithdrawnIdeaLeavesTheBoard() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "bob", "org-cafe", CRITIQUE, "No bike lanes"),
                workshop.ideaWithdrawn("idea-1"));

        assertThat(board().ideas()).extracting(IdeaView::ideaId).containsExactly("idea-2");
    }

    @Test
    void aHiddenIdeaLeavesTheBoard() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "bob", "org-cafe", CRITIQUE, "Insulting text"),
                workshop.ideaHidden("idea-2", "insult"));

        assertThat(board().ideas()).extracting(IdeaView::ideaId).containsExactly("idea-1");
    }

    @Test
    void advancingThePhaseMovesTheBoardToThatPhaseAndItsFirstStep() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT));

        assertThat(board()).extracting(BoardView::phase, BoardView::step).containsExactly("CRITIQUE", "COLLECT");
    }

    @Test
    void advancingTheStepMovesTheBoardToThatStepInTheSamePhase() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.stepAdvanced(CRITIQUE, COLLECT, CLUSTER));

        assertThat(board()).extracting(BoardView::phase, BoardView::step).containsExactly("CRITIQUE", "CLUSTER");
    }

    @Test
    void aRemovedParticipantLeavesTheRoomsListButTheirIdeasStay() {
        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"),
                workshop.participantJoined("bob", "Bob", "org-bus"), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.participantRemoved("ada", "org-velo"));

        assertThat(queries.handle(new FindWorkshop(workshop.id())).participants())
                .containsExactly(new ParticipantView("bob", "Bob", "org-bus"));
        assertThat(board().ideas()).extracting(idea -> idea.ideaId()).containsExactly("idea-1");
    }

    @Test
    void aParticipantWhoJoinsIsListedInTheWorkshopSummary() {
        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"));

        assertThat(queries.handle(new FindWorkshop(workshop.id())).participants())
                .containsExactly(new ParticipantView("ada", "Ada", "org-velo"));
    }

    @Test
    void everyEventOfTheStreamAdvancesTheVersionToItsPosition() {
        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"),
                workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT));

        assertThat(queries.handle(new FindBoardVersion(workshop.id()))).isEqualTo(3L);
    }

    @Test
    void aRedeliveredEventIsIgnored() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT));
        DomainEventMessage<?> posted = workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses");
        deliver(posted);

        deliver(posted);

        assertThat(board().ideas()).hasSize(1);
        assertThat(board().version()).isEqualTo(3);
    }

    @Test
    void aBoardBehindTheEventItIsGivenIsFoldedAgainFromTheWorkshopsStream() {
        DomainEventMessage<?> scheduled = workshop.scheduled();
        workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT);
        DomainEventMessage<?> posted = workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses");
        workshop.events().forEach(eventStore::publish);
        deliver(scheduled);

        deliver(posted);

        assertThat(board().version()).isEqualTo(3);
        assertThat(board().phase()).isEqualTo("CRITIQUE");
        assertThat(board().ideas()).extracting(BoardView.IdeaView::text).containsExactly("Too few buses");
    }

    @Test
    void aBoardLostWholeIsFoldedAgainFromTheWorkshopsStreamAtItsNextEventAfterARestart() {
        deliverWholeStory();
        List<Document> whole = storedBoards();
        DomainEventMessage<?> late = workshop.ideaPosted("idea-3", "ada", "org-velo", CRITIQUE, "Late bus");
        workshop.events().forEach(eventStore::publish);
        mongo.dropCollection(BoardDocument.class);
        restart();

        deliver(late);

        assertThat(board().version()).isEqualTo(whole.get(0).getLong("version") + 1);
        assertThat(board().ideas()).extracting(BoardView.IdeaView::text)
                .containsExactly("Too few buses on Sundays", "Late bus");
    }

    @Test
    void aBoardHeldInMemoryWhoseDocumentWasLostIsWrittenWholeAtItsNextChange() {
        deliverWholeStory();
        mongo.dropCollection(BoardDocument.class);

        deliver(workshop.ideaPosted("idea-3", "ada", "org-velo", CRITIQUE, "Late bus"));

        assertThat(storedBoards()).singleElement().satisfies(stored -> assertThat(stored.getLong("version"))
                .isEqualTo(workshop.events().size()));
        restart();
        assertThat(board().ideas()).extracting(BoardView.IdeaView::text)
                .containsExactly("Too few buses on Sundays", "Late bus");
    }

    @Test
    void inABatchTheChangesAreShownAtOnceAndTheTokenWaitsUntilTheBoardIsWritten() throws Exception {
        List<String> tokensStored = new ArrayList<>();
        BoardWriting writing = new BoardWriting(openBoards, mongo, new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                tokensStored.add(processorName + " at " + token.position().orElseThrow() + " with the board stored at "
                        + storedBoards().get(0).getLong("version"));
            }
        }, Duration.ofMillis(50));
        projection = new BoardProjection(mongo, updateEmitter, new BoardHistory(eventStore, mongo.getConverter()),
                openBoards, writing, new BoardProgress(new Boards(openBoards, mongo)));
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT));
        List<Long> versions = subscribeToBoardVersion(workshop.id());
        List<DomainEventMessage<?>> batch = List.of(
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "ada", "org-velo", CRITIQUE, "No bike lanes"),
                workshop.ideaPosted("idea-3", "ada", "org-velo", CRITIQUE, "Late bus"));
        List<String> seenWhileHandling = new ArrayList<>();

        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(batch));
        unitOfWork.executeWithResult(() -> {
            projection.on(unitOfWork.getMessage().getPayload(), unitOfWork.getMessage());
            seenWhileHandling.add("shown " + board().version() + ", stored "
                    + storedBoards().get(0).getLong("version") + ", told " + versions);
            return null;
        });
        writing.tokens().storeToken(new GlobalSequenceTrackingToken(5), "board", 0);

        assertThat(seenWhileHandling).containsExactly(
                "shown 3, stored 2, told [3]", "shown 4, stored 2, told [3, 4]", "shown 5, stored 2, told [3, 4, 5]");
        assertThat(tokensStored).as("the token waits for its boards").isEmpty();

        writing.write();

        assertThat(tokensStored).containsExactly("board at 5 with the board stored at 5");
    }

    @Test
    void aTokenWhoseBoardsAreAllWrittenIsStoredAtOnce() {
        List<Long> tokensStored = new ArrayList<>();
        BoardWriting writing = new BoardWriting(openBoards, mongo, new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                tokensStored.add(token.position().orElseThrow());
            }
        }, Duration.ofMillis(50));
        deliver(workshop.scheduled());

        writing.tokens().storeToken(new GlobalSequenceTrackingToken(1), "board", 0);

        assertThat(tokensStored).containsExactly(1L);
    }

    @Test
    void boardsOfClosedWorkshopsLeaveMemoryOnceWritten() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CLOSED, null),
                workshop.event(at -> new WorkshopClosed(workshop.id(), at)));

        assertThat(openBoards.held()).isZero();
        assertThat(board().phase()).isEqualTo("CLOSED");
    }

    @Test
    void aWorkshopWithoutEventsInTheStoreIsRefusedInsteadOfInvented() {
        workshop.scheduled();
        DomainEventMessage<?> joined = workshop.participantJoined("ada", "Ada", "org-velo");

        assertThatExceptionOfType(BoardHistory.UnknownWorkshop.class).isThrownBy(() -> deliver(joined));
        assertThat(storedBoards()).isEmpty();
    }

    @Test
    void eventsOfAnotherAggregateTypeLeaveTheBoardsAlone() {
        deliver(workshop.scheduled());
        List<Document> before = storedBoards();

        // Same identifier and the next sequence number: only the aggregate type tells them apart.
        deliver(WorkshopStream.message("Organisation", "workshop-1", 1, new OrganisationRegistered(
                new OrganisationId("workshop-1"), "Vélo Solidaire", "Lyon", true, true, Instant.EPOCH)));

        assertThat(storedBoards()).isEqualTo(before);
    }

    @Test
    void resetDropsEveryBoard() {
        WorkshopStream other = new WorkshopStream("workshop-2");
        deliver(workshop.scheduled(), other.scheduled());

        projection.reset();

        assertThat(queries.handle(new FindBoard(workshop.id()))).isNull();
        assertThat(queries.handle(new FindBoard(other.id()))).isNull();
    }

    @Test
    void replayingTheStreamAfterAResetRebuildsTheSameBoard() {
        deliverWholeStory();
        List<Document> live = storedBoards();

        projection.reset();
        workshop.events().forEach(this::deliver);

        assertThat(storedBoards()).isEqualTo(live);
    }

    @Test
    void rebuildingInAFreshDatabaseFromTheSameStreamGivesTheSameBoard() {
        deliverWholeStory();
        MongoTemplate rebuilt = MONGO.freshDatabase();
        BoardProjection rebuilding = WorkshopStream.projection(rebuilt, updateEmitter, new BoardHistory(eventStore, rebuilt.getConverter()), new OpenBoards(100));

        workshop.events().forEach(message -> rebuilding.on(message.getPayload(), message));

        assertThat(rebuilt.findAll(Document.class, "boards")).isEqualTo(storedBoards());
    }

    @Test
    void subscribersOfTheWorkshopsBoardVersionReceiveEachNewPosition() {
        List<Long> versions = subscribeToBoardVersion(workshop.id());

        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"));

        assertThat(versions).containsExactly(1L, 2L);
    }

    @Test
    void subscribersOfAnotherWorkshopReceiveNothing() {
        List<Long> versions = subscribeToBoardVersion(new WorkshopId("workshop-2"));

        deliver(workshop.scheduled());

        assertThat(versions).isEmpty();
    }

    @Test
    void clustersGatherIdeasAndVotesAreTallied() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "ada", "org-velo", CRITIQUE, "No bike lanes"),
                workshop.clusterCreated("mobility", CRITIQUE, "Mobility"),
                workshop.ideaClustered("idea-1", "mobility"), workshop.ideaClustered("idea-2", "mobility"),
                workshop.ideaClustered("idea-2", null),
                workshop.voteCast("bob", "idea-1", CRITIQUE), workshop.voteCast("bob", "idea-1", CRITIQUE),
                workshop.voteCast("cyd", "idea-2", CRITIQUE), workshop.voteRetracted("bob", "idea-1", CRITIQUE));

        assertThat(board().clusters()).containsExactly(
                new BoardView.ClusterView("mobility", "Mobility", "CRITIQUE", List.of("idea-1"), 0));
        assertThat(board().ideas()).extracting(IdeaView::clusterId, IdeaView::votes)
                .containsExactly(tuple("mobility", 1), tuple(null, 1));
    }

    @Test
    void clustersAreRenamedMergedAndDissolved() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "ada", "org-velo", CRITIQUE, "No bike lanes"),
                workshop.clusterCreated("buses", CRITIQUE, "Buses"), workshop.clusterCreated("bikes", CRITIQUE, "Bikes"),
                workshop.ideaClustered("idea-1", "buses"), workshop.ideaClustered("idea-2", "bikes"),
                workshop.event(at -> new ClusterRenamed(workshop.id(), new ClusterId("buses"), "Mobility", at)),
                workshop.event(at -> new ClustersMerged(workshop.id(), new ClusterId("bikes"), new ClusterId("buses"), at)));

        assertThat(board().clusters()).containsExactly(
                new BoardView.ClusterView("buses", "Mobility", "CRITIQUE", List.of("idea-1", "idea-2"), 0));

        deliver(workshop.event(at -> new ClusterDissolved(workshop.id(), new ClusterId("buses"), at)));

        assertThat(board().clusters()).isEmpty();
        assertThat(board().ideas()).extracting(IdeaView::clusterId).containsOnlyNulls();
    }

    @Test
    void theBoardShowsTheStepsTimerAndWhoIsDone() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.event(at -> new TimerStarted(workshop.id(), CRITIQUE, COLLECT, 300, at.plusSeconds(300), at)),
                workshop.event(at -> new ParticipantReady(workshop.id(), new ParticipantId("ada"), CRITIQUE, COLLECT, at)));
        Instant started = WorkshopStream.timeOfPosition(3);

        assertThat(board().timer()).isEqualTo(new BoardView.TimerView("RUNNING", 300, started.plusSeconds(300), 0));
        assertThat(board().ready()).containsExactly("ada");

        deliver(workshop.stepAdvanced(CRITIQUE, COLLECT, CLUSTER));

        assertThat(board().timer()).isNull();
        assertThat(board().ready()).isEmpty();
    }

    @Test
    void changesWrittenInPlaceGiveTheBoardTheFoldGives() {
        deliverWholeStory();
        deliver(workshop.clusterCreated("mobility", CRITIQUE, "Mobility"), workshop.ideaClustered("idea-1", "mobility"),
                workshop.voteCast("bob", "idea-1", CRITIQUE), workshop.voteCast("bob", "idea-1", CRITIQUE),
                workshop.voteRetracted("bob", "idea-1", CRITIQUE),
                workshop.clusterVoteCast("bob", "mobility", CRITIQUE), workshop.clusterVoteCast("ada", "mobility", CRITIQUE),
                workshop.clusterVoteRetracted("ada", "mobility", CRITIQUE),
                workshop.participantJoined("bob", "Bob", "org-cafe"), workshop.ideaHidden("idea-1", "off topic"),
                workshop.event(at -> new TimerStarted(workshop.id(), CRITIQUE, CLUSTER, 300, at.plusSeconds(300), at)),
                workshop.event(at -> new TimerPaused(workshop.id(), 200, at)),
                workshop.event(at -> new TimerExtended(workshop.id(), 60, null, 260, at)),
                workshop.event(at -> new TimerResumed(workshop.id(), at.plusSeconds(260), at)),
                workshop.event(at -> new ParticipantReady(workshop.id(), new ParticipantId("bob"), CRITIQUE, CLUSTER, at)),
                workshop.event(at -> new StepReverted(workshop.id(), CRITIQUE, CLUSTER, COLLECT, at)),
                workshop.event(at -> new ParticipantReady(workshop.id(), new ParticipantId("ada"), CRITIQUE, COLLECT, at)),
                workshop.event(at -> new TimerStarted(workshop.id(), CRITIQUE, COLLECT, 60, at.plusSeconds(60), at)));
        BoardDocument folded = new BoardDocument();
        workshop.events().forEach(message ->
                BoardFold.apply(folded, message.getPayload(), message.getSequenceNumber() + 1, message.getTimestamp()));

        assertThat(mongo.findById(workshop.id().value(), BoardDocument.class))
                .usingRecursiveComparison()
                .ignoringFields("ideaPositions")
                .isEqualTo(folded);
    }

    @Test
    void clustersGatherTheirDotsAndAMergedClusterBringsItsOwn() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.clusterCreated("buses", CRITIQUE, "Buses"), workshop.clusterCreated("bikes", CRITIQUE, "Bikes"),
                workshop.clusterVoteCast("bob", "buses", CRITIQUE), workshop.clusterVoteCast("bob", "buses", CRITIQUE),
                workshop.clusterVoteCast("cyd", "bikes", CRITIQUE), workshop.clusterVoteRetracted("bob", "buses", CRITIQUE));

        assertThat(board().clusters()).extracting(ClusterView::clusterId, ClusterView::votes)
                .containsExactly(tuple("buses", 1), tuple("bikes", 1));

        deliver(workshop.event(at -> new ClustersMerged(workshop.id(), new ClusterId("bikes"), new ClusterId("buses"), at)));

        assertThat(board().clusters()).extracting(ClusterView::clusterId, ClusterView::votes)
                .containsExactly(tuple("buses", 2));
        assertThat(boardOf("cyd").myVotes()).containsExactly(new MyVote(null, "buses", 1));
    }

    @Test
    void aParticipantSeesTheirOwnDotsOfThePhaseNowOpenAndHowManyAreLeft() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "ada", "org-velo", CRITIQUE, "No bike lanes"),
                workshop.clusterCreated("mobility", CRITIQUE, "Mobility"),
                workshop.voteCast("bob", "idea-1", CRITIQUE), workshop.voteCast("bob", "idea-1", CRITIQUE),
                workshop.voteCast("bob", "idea-2", CRITIQUE), workshop.clusterVoteCast("bob", "mobility", CRITIQUE),
                workshop.voteCast("cyd", "idea-2", CRITIQUE));

        assertThat(boardOf("bob").myVotes()).containsExactly(new MyVote("idea-1", null, 2), new MyVote("idea-2", null, 1),
                new MyVote(null, "mobility", 1));
        assertThat(boardOf("bob").votesLeft()).isEqualTo(1);
        assertThat(boardOf("cyd").votesLeft()).isEqualTo(4);
        assertThat(board().myVotes()).isEmpty();
        assertThat(board().votesLeft()).isNull();

        deliver(workshop.phaseAdvanced(CRITIQUE, UTOPIA, COLLECT));

        assertThat(boardOf("bob").myVotes()).isEmpty();
        assertThat(boardOf("bob").votesLeft()).isEqualTo(5);
    }

    @Test
    void dotsOnWhatLeftTheBoardCountNoMore() {
        deliver(workshop.scheduled(), workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "ada", "org-velo", CRITIQUE, "No bike lanes"),
                workshop.clusterCreated("mobility", CRITIQUE, "Mobility"),
                workshop.voteCast("bob", "idea-1", CRITIQUE), workshop.voteCast("bob", "idea-2", CRITIQUE),
                workshop.clusterVoteCast("bob", "mobility", CRITIQUE),
                workshop.ideaWithdrawn("idea-1"), workshop.ideaHidden("idea-2", "off topic"),
                workshop.event(at -> new ClusterDissolved(workshop.id(), new ClusterId("mobility"), at)));

        assertThat(boardOf("bob").myVotes()).isEmpty();
        assertThat(boardOf("bob").votesLeft()).isEqualTo(5);
    }

    private void deliverWholeStory() {
        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"),
                workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("idea-2", "ada", "org-velo", CRITIQUE, "No bike lanes", "idea-1"),
                workshop.ideaEdited("idea-1", "Too few buses on Sundays"),
                workshop.ideaWithdrawn("idea-2"),
                workshop.stepAdvanced(CRITIQUE, COLLECT, CLUSTER));
    }

    private void deliver(DomainEventMessage<?>... messages) {
        for (DomainEventMessage<?> message : messages) {
            projection.on(message.getPayload(), message);
        }
    }

    private BoardView board() {
        return queries.handle(new FindBoard(workshop.id()));
    }

    private BoardView boardOf(String participant) {
        return queries.handle(new FindBoard(workshop.id(), Audience.PARTICIPANT, new ParticipantId(participant)));
    }

    /** The process starts again: nothing in memory, the documents as written. */
    private void restart() {
        openBoards = new OpenBoards(100);
        projection = WorkshopStream.projection(mongo, updateEmitter, new BoardHistory(eventStore, mongo.getConverter()),
                openBoards);
        queries = new BoardQueries(new Boards(openBoards, mongo));
    }

    private List<Document> storedBoards() {
        return mongo.findAll(Document.class, "boards");
    }

    private List<Long> subscribeToBoardVersion(WorkshopId workshopId) {
        List<Long> versions = new ArrayList<>();
        updateEmitter.<Long>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindBoardVersion(workshopId), ResponseTypes.instanceOf(Long.class),
                        ResponseTypes.instanceOf(Long.class)), 16)
                .getUpdates()
                .map(Message::getPayload)
                .subscribe(versions::add);
        return versions;
    }
}
