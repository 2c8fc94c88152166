package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;
import static org.atelier.shared.workshop.Phase.REALIZATION;
import static org.atelier.shared.workshop.Phase.UTOPIA;
import static org.atelier.shared.workshop.Step.CLUSTER;
import static org.atelier.shared.workshop.Step.COLLECT;
import static org.atelier.shared.workshop.Step.DISCUSS;
import static org.atelier.shared.workshop.Step.VOTE;

import java.util.ArrayList;
import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.BoardView.IdeaView;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.PhaseConfigured;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each audience sees of private writing and anonymity, on the board and in live messages. */
class RoomVisibilityTest {

    private final OpenBoards openBoards = new OpenBoards(100);

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private final WorkshopStream workshop = new WorkshopStream("workshop-1");
    private BoardProjection projection;
    private BoardQueries queries;
    private final List<WorkshopChange> changes = new ArrayList<>();

    @BeforeEach
    void aRoomWritingPrivatelyAndAnonymously() {
        var mongo = MONGO.freshDatabase();
        projection = WorkshopStream.projection(mongo, updateEmitter, WorkshopStream.noHistory(mongo), openBoards);
        queries = new BoardQueries(new Boards(openBoards, mongo));
        follow(workshop, changes);
        deliver(workshop.scheduled(),
                workshop.event(at -> new PhaseConfigured(workshop.id(), CRITIQUE, true, true, false, at)),
                workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("ada-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                workshop.ideaPosted("bob-1", "bob", "org-cafe", CRITIQUE, "No bike lanes"));
    }

    @Test
    void whileWritingPrivatelyEachParticipantSeesOnlyTheirOwnIdeasAndACount() {
        BoardView anas = board(Audience.PARTICIPANT, "ada");

        assertThat(anas.ideas()).extracting(IdeaView::ideaId).containsExactly("ada-1");
        assertThat(anas.privateIdeas()).isEqualTo(1);
    }

    @Test
    void theFacilitatorsProjectedBoardShowsOnlyTheCount() {
        BoardView facilitators = board(Audience.FACILITATOR, null);

        assertThat(facilitators.ideas()).isEmpty();
        assertThat(facilitators.privateIdeas()).isEqualTo(2);
    }

    @Test
    void revealingShowsEveryIdeaToEveryoneAtOnce() {
        deliver(workshop.event(at -> new IdeasRevealed(workshop.id(), CRITIQUE, at)));

        assertThat(board(Audience.PARTICIPANT, "ada").ideas()).extracting(IdeaView::ideaId)
                .containsExactly("ada-1", "bob-1");
        assertThat(board(Audience.FACILITATOR, null).privateIdeas()).isZero();
    }

    @Test
    void inAnAnonymousPhaseTheRoomSeesNoAuthorButEachTheirOwn() {
        deliver(workshop.event(at -> new IdeasRevealed(workshop.id(), CRITIQUE, at)));

        List<IdeaView> anas = board(Audience.PARTICIPANT, "ada").ideas();
        assertThat(anas.get(0).participantId()).isEqualTo("ada");
        assertThat(anas.get(1).participantId()).isNull();
        assertThat(anas.get(1).organisationId()).isNull();
        assertThat(board(Audience.FACILITATOR, null).ideas()).extracting(IdeaView::participantId).containsOnlyNulls();
    }

    @Test
    void evaluatorsSeeOrganisationsNotPersonsWhereThePhaseWasAnonymous() {
        List<IdeaView> evaluators = board(Audience.EVALUATOR, null).ideas();

        assertThat(evaluators).extracting(IdeaView::participantId).containsOnlyNulls();
        assertThat(evaluators).extracting(IdeaView::organisationId).containsExactly("org-velo", "org-cafe");
    }

    @Test
    void aPrivateIdeaTravelsToTheRoomWithoutItsTextOrAuthor() {
        WorkshopChange posted = changes.get(changes.size() - 1);

        assertThat(posted.type()).isEqualTo("IdeaPosted");
        assertThat(posted.payload()).containsEntry("ideaId", "bob-1").containsEntry("private", true)
                .doesNotContainKeys("text", "author", "organisationId");
    }

    @Test
    void anEditOfAPrivateIdeaTravelsWithoutItsText() {
        deliver(workshop.ideaEdited("ada-1", "Too few buses at night"));

        assertThat(changes.get(changes.size() - 1).payload()).doesNotContainKey("text").containsEntry("private", true);
    }

    @Test
    void anAnonymousIdeaTravelsWithoutItsAuthorOnceRevealed() {
        deliver(workshop.event(at -> new IdeasRevealed(workshop.id(), CRITIQUE, at)),
                workshop.ideaPosted("ada-2", "ada", "org-velo", CRITIQUE, "Shared cars"));

        assertThat(changes.get(changes.size() - 1).payload()).containsEntry("text", "Shared cars")
                .doesNotContainKeys("author", "organisationId");
    }

    @Test
    void parkedObjectionsSurfaceWhenRealizationOpens() {
        deliver(workshop.phaseAdvanced(CRITIQUE, UTOPIA, COLLECT),
                workshop.event(at -> new ObjectionParked(workshop.id(), "o-1", new ParticipantId("bob"),
                        new OrganisationId("org-cafe"), "It will never be funded", at)));

        assertThat(board(Audience.PARTICIPANT, "bob").objections()).isEmpty();
        assertThat(board(Audience.EVALUATOR, null).objections()).hasSize(1);
        assertThat(changes.get(changes.size() - 1).payload()).containsEntry("objectionId", "o-1")
                .doesNotContainKeys("text", "author");

        deliver(workshop.phaseAdvanced(UTOPIA, REALIZATION, COLLECT));

        assertThat(board(Audience.PARTICIPANT, "ada").objections())
                .containsExactly(new BoardView.ObjectionView("o-1", "It will never be funded"));
    }

    @Test
    void hiddenTalliesShowOnlyOnceTheVoteStepEnds() {
        WorkshopStream room = new WorkshopStream("workshop-2");
        List<WorkshopChange> roomChanges = follow(room);
        deliver(room.scheduled(), room.event(at -> new PhaseConfigured(room.id(), CRITIQUE, false, false, true, at)),
                room.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                room.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses"),
                room.stepAdvanced(CRITIQUE, COLLECT, CLUSTER), room.stepAdvanced(CRITIQUE, CLUSTER, VOTE),
                room.voteCast("bob", "idea-1", CRITIQUE));

        assertThat(boardOf(room, Audience.PARTICIPANT).ideas().get(0).votes()).isZero();
        assertThat(boardOf(room, Audience.EVALUATOR).ideas().get(0).votes()).isEqualTo(1);
        assertThat(roomChanges.get(roomChanges.size() - 1).payload()).doesNotContainKey("ideaId");

        deliver(room.stepAdvanced(CRITIQUE, VOTE, DISCUSS));

        assertThat(boardOf(room, Audience.PARTICIPANT).ideas().get(0).votes()).isEqualTo(1);
    }

    @Test
    void hiddenTalliesHideTheDotsOnClustersToo() {
        WorkshopStream room = new WorkshopStream("workshop-2");
        List<WorkshopChange> roomChanges = follow(room);
        deliver(room.scheduled(), room.event(at -> new PhaseConfigured(room.id(), CRITIQUE, false, false, true, at)),
                room.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT), room.clusterCreated("mobility", CRITIQUE, "Mobility"),
                room.stepAdvanced(CRITIQUE, COLLECT, CLUSTER), room.stepAdvanced(CRITIQUE, CLUSTER, VOTE),
                room.clusterVoteCast("ada", "mobility", CRITIQUE));

        assertThat(boardOf(room, Audience.PARTICIPANT).clusters().get(0).votes()).isZero();
        assertThat(boardOf(room, Audience.PARTICIPANT).myVotes())
                .containsExactly(new BoardView.MyVote(null, "mobility", 1));
        assertThat(boardOf(room, Audience.EVALUATOR).clusters().get(0).votes()).isEqualTo(1);
        assertThat(roomChanges.get(roomChanges.size() - 1).payload()).doesNotContainKey("clusterId");

        deliver(room.stepAdvanced(CRITIQUE, VOTE, DISCUSS));

        assertThat(boardOf(room, Audience.PARTICIPANT).clusters().get(0).votes()).isEqualTo(1);
    }

    private List<WorkshopChange> follow(WorkshopStream room) {
        return follow(room, new ArrayList<>());
    }

    private List<WorkshopChange> follow(WorkshopStream room, List<WorkshopChange> into) {
        updateEmitter.<WorkshopChange>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindWorkshopChanges(room.id()), ResponseTypes.instanceOf(Long.class),
                        ResponseTypes.instanceOf(WorkshopChange.class)), 64)
                .getUpdates().map(Message::getPayload).subscribe(into::add);
        return into;
    }

    private BoardView boardOf(WorkshopStream room, Audience audience) {
        return queries.handle(new FindBoard(room.id(), audience, new ParticipantId("ada")));
    }

    private BoardView board(Audience audience, String viewer) {
        return queries.handle(new FindBoard(workshop.id(), audience, viewer == null ? null : new ParticipantId(viewer)));
    }

    private void deliver(DomainEventMessage<?>... messages) {
        for (DomainEventMessage<?> message : messages) {
            projection.on(message.getPayload(), message);
        }
    }
}
