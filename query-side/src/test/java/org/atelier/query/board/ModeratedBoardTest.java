package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;
import static org.atelier.shared.workshop.Step.COLLECT;

import java.util.ArrayList;
import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.BoardView.IdeaView;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.moderation.PhaseModerated;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.ParticipantId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each reader sees of a moderated phase's ideas, on the board and in live messages. */
class ModeratedBoardTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final OpenBoards openBoards = new OpenBoards(100);
    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private final WorkshopStream workshop = new WorkshopStream("workshop-1");
    private final List<WorkshopChange> changes = new ArrayList<>();
    private BoardProjection projection;
    private BoardQueries queries;

    @BeforeEach
    void aModeratedRoomWhereAdaSubmitsAnIdea() {
        var mongo = MONGO.freshDatabase();
        projection = WorkshopStream.projection(mongo, updateEmitter, WorkshopStream.noHistory(mongo), openBoards);
        queries = new BoardQueries(new Boards(openBoards, mongo));
        updateEmitter.<WorkshopChange>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindWorkshopChanges(workshop.id()), ResponseTypes.instanceOf(Long.class),
                        ResponseTypes.instanceOf(WorkshopChange.class)), 64)
                .getUpdates().map(Message::getPayload).subscribe(changes::add);
        deliver(workshop.scheduled(),
                workshop.event(at -> new PhaseModerated(workshop.id(), CRITIQUE, true, at)),
                workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("bob-1", "bob", "org-cafe", CRITIQUE, "No bike lanes"),
                workshop.event(at -> new IdeaSubmitted(workshop.id(), new IdeaId("ada-1"), new ParticipantId("ada"),
                        new OrganisationId("org-velo"), CRITIQUE, "Too few buses", List.of(), at)));
    }

    @Test
    void theSettingsSayThePhaseIsModerated() {
        assertThat(board(Audience.PARTICIPANT, "bob").settings())
                .anySatisfy(settings -> {
                    assertThat(settings.phase()).isEqualTo("CRITIQUE");
                    assertThat(settings.moderated()).isTrue();
                });
    }

    @Test
    void aWaitingIdeaIsSeenByTheFacilitatorAndItsAuthorOnly() {
        assertThat(board(Audience.FACILITATOR, null).ideas()).extracting(IdeaView::ideaId, IdeaView::moderation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob-1", "APPROVED"),
                        org.assertj.core.groups.Tuple.tuple("ada-1", "PENDING"));
        assertThat(board(Audience.PARTICIPANT, "ada").ideas()).extracting(IdeaView::moderation)
                .containsExactly("APPROVED", "PENDING");
        assertThat(board(Audience.PARTICIPANT, "bob").ideas()).extracting(IdeaView::ideaId).containsExactly("bob-1");
        assertThat(board(Audience.PARTICIPANT, null).ideas()).extracting(IdeaView::ideaId).containsExactly("bob-1");
        assertThat(board(Audience.EVALUATOR, null).ideas()).extracting(IdeaView::ideaId).containsExactly("bob-1");
    }

    @Test
    void aWaitingIdeaTravelsToTheRoomWithoutContent() {
        assertThat(last().type()).isEqualTo("IdeaSubmitted");
        assertThat(last().payload()).containsEntry("ideaId", "ada-1").containsEntry("held", true)
                .doesNotContainKeys("text", "author", "organisationId");
    }

    @Test
    void anEditOfAWaitingIdeaTravelsWithoutItsText() {
        deliver(workshop.ideaEdited("ada-1", "Too few buses at night"));

        assertThat(last().payload()).doesNotContainKey("text").containsEntry("held", true);
    }

    @Test
    void anApprovedIdeaReachesTheRoomWhole() {
        deliver(workshop.event(at -> new IdeaApproved(workshop.id(), new IdeaId("ada-1"), new ParticipantId("ada"),
                new OrganisationId("org-velo"), CRITIQUE, "Too few buses", List.of(), at)));

        assertThat(last().type()).isEqualTo("IdeaApproved");
        assertThat(last().payload()).containsEntry("ideaId", "ada-1").containsEntry("text", "Too few buses")
                .containsEntry("author", "ada");
        assertThat(board(Audience.PARTICIPANT, "bob").ideas()).extracting(IdeaView::ideaId, IdeaView::moderation)
                .contains(org.assertj.core.groups.Tuple.tuple("ada-1", "APPROVED"));
    }

    @Test
    void aRejectedIdeaShowsItsReasonToItsAuthorOnly() {
        deliver(workshop.event(at -> new IdeaRejected(workshop.id(), new IdeaId("ada-1"), "Names a person", at)));

        assertThat(last().payload()).doesNotContainKey("reason");
        assertThat(board(Audience.PARTICIPANT, "ada").ideas()).filteredOn(idea -> idea.ideaId().equals("ada-1"))
                .singleElement().satisfies(idea -> {
                    assertThat(idea.moderation()).isEqualTo("REJECTED");
                    assertThat(idea.rejectionReason()).isEqualTo("Names a person");
                });
        assertThat(board(Audience.PARTICIPANT, "bob").ideas()).extracting(IdeaView::ideaId).containsExactly("bob-1");
    }

    private WorkshopChange last() {
        return changes.get(changes.size() - 1);
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
