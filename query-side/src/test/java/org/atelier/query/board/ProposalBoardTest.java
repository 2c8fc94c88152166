package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;
import static org.atelier.shared.workshop.Phase.REALIZATION;
import static org.atelier.shared.workshop.Phase.UTOPIA;
import static org.atelier.shared.workshop.Step.CLUSTER;
import static org.atelier.shared.workshop.Step.COLLECT;
import static org.atelier.shared.workshop.Step.VOTE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.BoardView.MyVote;
import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.query.board.BoardView.ProposalView.ActionView;
import org.atelier.query.board.BoardView.ProposalView.CommitmentView;
import org.atelier.query.board.BoardView.ProposalView.ConditionsView;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionId;
import org.atelier.shared.proposal.ActionStatus;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.DissolutionReason;
import org.atelier.shared.proposal.FindActions;
import org.atelier.shared.proposal.FindProposal;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.ProposalsRanked;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindWorkshopChanges;
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

/** Proposals, commitments, partnerships and follow-up actions on the board, in queries and live. */
class ProposalBoardTest {

    private final OpenBoards openBoards = new OpenBoards(100);

    private static final ProposalId KITCHEN = new ProposalId("kitchen");
    private static final ProposalId BIKES = new ProposalId("bikes");
    private static final OrganisationId VELO = new OrganisationId("org-velo");
    private static final OrganisationId CAFE = new OrganisationId("org-cafe");
    private static final ParticipantId ADA = new ParticipantId("ada");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final PartnershipId PARTNERSHIP = new PartnershipId("partnership-1");
    private static final Conditions CONDITIONS = new Conditions("A kitchen", "Insurance", "Call the town hall", "Spring");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private final WorkshopStream workshop = new WorkshopStream("workshop-1");
    private final List<WorkshopChange> changes = new ArrayList<>();
    private BoardProjection projection;
    private BoardQueries boards;
    private ProposalQueries proposals;

    @BeforeEach
    void aRoomInRealization() {
        var mongo = MONGO.freshDatabase();
        projection = WorkshopStream.projection(mongo, updateEmitter, WorkshopStream.noHistory(mongo), openBoards);
        boards = new BoardQueries(new Boards(openBoards, mongo));
        proposals = new ProposalQueries(new Boards(openBoards, mongo));
        updateEmitter.<WorkshopChange>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindWorkshopChanges(workshop.id()), ResponseTypes.instanceOf(Long.class),
                        ResponseTypes.instanceOf(WorkshopChange.class)), 64)
                .getUpdates().map(Message::getPayload).subscribe(changes::add);
        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"),
                workshop.participantJoined("bob", "Bob", "org-cafe"),
                workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT),
                workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Nowhere to cook together"),
                workshop.clusterCreated("food", CRITIQUE, "Food"),
                workshop.phaseAdvanced(CRITIQUE, UTOPIA, COLLECT),
                workshop.phaseAdvanced(UTOPIA, REALIZATION, COLLECT));
    }

    @Test
    void aProposalAppearsOnTheBoardWithWhatItIsDerivedFromAndItsConditions() {
        deliver(kitchenProposed());

        assertThat(board().proposals()).containsExactly(new ProposalView("kitchen", "workshop-1", "A shared kitchen",
                "Open on Sundays", List.of("idea-1"), List.of("food"), "org-velo",
                new ConditionsView("A kitchen", "Insurance", "Call the town hall", "Spring"), "ada", "org-velo", "OPEN",
                List.of(), null, null, 0, List.of(), WorkshopStream.timeOfPosition(9), null));
        assertThat(board().version()).isEqualTo(9);
    }

    @Test
    void commitmentsAndThePartnershipShowOnTheProposal() {
        deliver(kitchenProposed(), committed(VELO, ADA), committed(CAFE, BOB),
                workshop.event(at -> new PartnershipFormed(workshop.id(), PARTNERSHIP, KITCHEN, List.of(VELO, CAFE), at)));

        ProposalView kitchen = proposal(KITCHEN);
        assertThat(kitchen.commitments()).containsExactly(
                new CommitmentView("org-velo", WorkshopStream.timeOfPosition(10)),
                new CommitmentView("org-cafe", WorkshopStream.timeOfPosition(11)));
        assertThat(kitchen.partnershipId()).isEqualTo("partnership-1");
    }

    @Test
    void aDissolvedPartnershipLeavesTheProposalWithItsRemainingCommitments() {
        deliver(kitchenProposed(), committed(VELO, ADA), committed(CAFE, BOB),
                workshop.event(at -> new PartnershipFormed(workshop.id(), PARTNERSHIP, KITCHEN, List.of(VELO, CAFE), at)),
                workshop.event(at -> new CommitmentWithdrawn(workshop.id(), KITCHEN, CAFE, BOB, at)),
                workshop.event(at -> new PartnershipDissolved(workshop.id(), PARTNERSHIP, KITCHEN, List.of(VELO, CAFE),
                        DissolutionReason.FEWER_THAN_TWO_ORGANISATIONS, at)));

        assertThat(proposal(KITCHEN).partnershipId()).isNull();
        assertThat(proposal(KITCHEN).commitments()).extracting(CommitmentView::organisationId)
                .containsExactly("org-velo");
    }

    @Test
    void anAmendmentReplacesWhatTheProposalSays() {
        deliver(kitchenProposed(), workshop.event(at -> new ProposalAmended(workshop.id(), KITCHEN, "A kitchen for all",
                "Every day", List.of(), List.of(new ClusterId("food")), CAFE, Conditions.NONE, null, at)));

        ProposalView kitchen = proposal(KITCHEN);
        assertThat(kitchen.title()).isEqualTo("A kitchen for all");
        assertThat(kitchen.description()).isEqualTo("Every day");
        assertThat(kitchen.derivedFrom()).isEmpty();
        assertThat(kitchen.leadOrganisationId()).isEqualTo("org-cafe");
        assertThat(kitchen.conditions()).isEqualTo(new ConditionsView("", "", "", ""));
        assertThat(kitchen.amendedAt()).isEqualTo(WorkshopStream.timeOfPosition(10));
    }

    @Test
    void aWithdrawnProposalStaysVisibleAsWithdrawn() {
        deliver(kitchenProposed(), workshop.event(at -> new ProposalWithdrawn(workshop.id(), KITCHEN, ADA, at)));

        assertThat(board().proposals()).extracting(ProposalView::status).containsExactly("WITHDRAWN");
    }

    @Test
    void theFacilitatorsOrderGivesPrioritiesAndLeavesTheOthersUnranked() {
        deliver(kitchenProposed(), bikesProposed(),
                workshop.event(at -> new ProposalsRanked(workshop.id(), List.of(BIKES), at)));

        assertThat(board().proposals()).extracting(ProposalView::proposalId, ProposalView::priority)
                .containsExactly(tuple("kitchen", null),
                        tuple("bikes", 1));
    }

    @Test
    void followUpActionsShowOnTheProposalAndInTheWorkshopsList() {
        ActionId visit = new ActionId("visit");
        deliver(kitchenProposed(), committed(VELO, ADA),
                workshop.event(at -> new ActionAgreed(workshop.id(), KITCHEN, visit, VELO, "Visit the kitchen",
                        LocalDate.parse("2026-06-30"), ActionStatus.PLANNED, ADA, at)),
                workshop.event(at -> new ActionUpdated(workshop.id(), KITCHEN, visit, ActionStatus.UNDER_WAY,
                        "Visit the kitchen", LocalDate.parse("2026-06-30"), null, at)));

        assertThat(proposal(KITCHEN).actions()).containsExactly(new ActionView("visit", "org-velo",
                "Visit the kitchen", "2026-06-30", "UNDER_WAY", WorkshopStream.timeOfPosition(11),
                WorkshopStream.timeOfPosition(12)));
        assertThat(proposals.handle(new FindActions(workshop.id()))).containsExactly(new FollowUpView("visit",
                "kitchen", "A shared kitchen", "org-velo", "Visit the kitchen", "2026-06-30", "UNDER_WAY",
                WorkshopStream.timeOfPosition(11), WorkshopStream.timeOfPosition(12)));
    }

    @Test
    void anUnknownProposalIsNotFound() {
        deliver(kitchenProposed());

        assertThat(proposals.handle(new FindProposal(workshop.id(), BIKES, Audience.EVALUATOR, null))).isNull();
    }

    @Test
    void everyProposalFactTravelsLiveWithItsFieldsAndPosition() {
        deliver(kitchenProposed(), committed(VELO, ADA), committed(CAFE, BOB),
                workshop.event(at -> new PartnershipFormed(workshop.id(), PARTNERSHIP, KITCHEN, List.of(VELO, CAFE), at)));

        WorkshopChange formed = changes.get(changes.size() - 1);
        assertThat(formed.type()).isEqualTo("PartnershipFormed");
        assertThat(formed.position()).isEqualTo(12);
        assertThat(formed.payload()).containsEntry("partnershipId", "partnership-1")
                .containsEntry("proposalId", "kitchen")
                .containsEntry("organisationIds", List.of("org-velo", "org-cafe"));
        WorkshopChange proposed = changes.get(changes.size() - 4);
        assertThat(proposed.type()).isEqualTo("ProjectProposed");
        assertThat(proposed.payload()).containsEntry("proposer", "ada")
                .containsEntry("conditions", Map.of("resources", "A kitchen", "obstacles", "Insurance",
                        "firstSteps", "Call the town hall", "timeline", "Spring"));
    }

    @Test
    void anAnonymousRealizationLeavesOutWhoProposedAndCommitted() {
        deliver(workshop.event(at -> new PhaseConfigured(workshop.id(), REALIZATION, false, true, false, at)),
                kitchenProposed(), committed(CAFE, BOB));

        assertThat(proposalAs(Audience.PARTICIPANT, "bob").proposer()).isNull();
        assertThat(proposalAs(Audience.PARTICIPANT, "bob").proposerOrganisationId()).isNull();
        assertThat(proposalAs(Audience.PARTICIPANT, "ada").proposer()).isEqualTo("ada");
        assertThat(proposalAs(Audience.EVALUATOR, null).proposerOrganisationId()).isEqualTo("org-velo");
        assertThat(proposalAs(Audience.PARTICIPANT, "bob").commitments()).extracting(CommitmentView::organisationId)
                .containsExactly("org-cafe");
        WorkshopChange committed = changes.get(changes.size() - 1);
        assertThat(committed.payload()).containsEntry("organisationId", "org-cafe").doesNotContainKey("participantId");
        assertThat(changes.get(changes.size() - 2).payload()).doesNotContainKeys("proposer", "proposerOrganisationId");
    }

    @Test
    void dotsOnAProposalCountOnItAndInTheVotersBudget() {
        deliver(kitchenProposed(), workshop.stepAdvanced(REALIZATION, COLLECT, CLUSTER),
                workshop.stepAdvanced(REALIZATION, CLUSTER, VOTE), proposalDot(BOB), proposalDot(BOB), proposalDot(ADA),
                workshop.event(at -> new ProposalVoteRetracted(workshop.id(), ADA, KITCHEN, REALIZATION, at)));

        assertThat(proposal(KITCHEN).votes()).isEqualTo(2);
        BoardView bobsBoard = boards.handle(new FindBoard(workshop.id(), Audience.PARTICIPANT, BOB));
        assertThat(bobsBoard.myVotes()).containsExactly(new MyVote(null, null, "kitchen", 2));
        assertThat(bobsBoard.votesLeft()).isEqualTo(3);
        assertThat(changes.get(changes.size() - 1).type()).isEqualTo("ProposalVoteRetracted");
    }

    @Test
    void hiddenTalliesHideTheDotsOnProposalsFromTheRoomDuringTheVote() {
        deliver(workshop.event(at -> new PhaseConfigured(workshop.id(), REALIZATION, false, false, true, at)),
                kitchenProposed(), workshop.stepAdvanced(REALIZATION, COLLECT, CLUSTER),
                workshop.stepAdvanced(REALIZATION, CLUSTER, VOTE), proposalDot(BOB));

        assertThat(proposalAs(Audience.PARTICIPANT, "ada").votes()).isZero();
        assertThat(proposalAs(Audience.EVALUATOR, null).votes()).isEqualTo(1);
        assertThat(changes.get(changes.size() - 1).payload()).doesNotContainKey("proposalId");
    }

    private DomainEventMessage<?> proposalDot(ParticipantId voter) {
        return workshop.event(at -> new ProposalVoteCast(workshop.id(), voter, KITCHEN, REALIZATION, at));
    }

    private DomainEventMessage<?> kitchenProposed() {
        return workshop.event(at -> new ProjectProposed(workshop.id(), KITCHEN, "A shared kitchen", "Open on Sundays",
                List.of(new IdeaId("idea-1")), List.of(new ClusterId("food")), VELO, CONDITIONS, ADA, VELO, REALIZATION,
                at));
    }

    private DomainEventMessage<?> bikesProposed() {
        return workshop.event(at -> new ProjectProposed(workshop.id(), BIKES, "Bikes", "", List.of(), List.of(), CAFE,
                Conditions.NONE, BOB, CAFE, REALIZATION, at));
    }

    private DomainEventMessage<?> committed(OrganisationId organisation, ParticipantId participant) {
        return workshop.event(at -> new OrganisationCommitted(workshop.id(), KITCHEN, organisation, participant, at));
    }

    private void deliver(DomainEventMessage<?>... messages) {
        for (DomainEventMessage<?> message : messages) {
            projection.on(message.getPayload(), message);
        }
    }

    private BoardView board() {
        return boards.handle(new FindBoard(workshop.id()));
    }

    private ProposalView proposal(ProposalId proposalId) {
        return proposals.handle(new FindProposal(workshop.id(), proposalId, Audience.EVALUATOR, null));
    }

    private ProposalView proposalAs(Audience audience, String viewer) {
        return proposals.handle(new FindProposal(workshop.id(), KITCHEN, audience,
                viewer == null ? null : new ParticipantId(viewer)));
    }
}
