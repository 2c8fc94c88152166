package org.atelier.command.workshop;

import static org.atelier.command.workshop.ProposalStory.PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.aliceProposed;
import static org.atelier.command.workshop.ProposalStory.realization;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import java.util.ArrayList;
import java.util.List;

import org.atelier.command.workshop.ProposalRejections.ProposalIsWithdrawn;
import org.atelier.command.workshop.WorkshopRejections.BudgetUsedUp;
import org.atelier.command.workshop.WorkshopRejections.IdeaCapReached;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.NotVoting;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.vote.CastProposalVote;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.RetractProposalVote;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The room prioritises proposals with its dots: VOTE step of REALIZATION, one budget with ideas and clusters. */
class ProposalVotingTest {

    private static final IdeaId ACTION_IDEA = new IdeaId("action-idea");

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(new InMemoryProposalIds());
    }

    /** Alice's proposal and an idea of REALIZATION, the room at the VOTE step. */
    private static List<Object> voting(Object... then) {
        List<Object> history = realization();
        history.add(aliceProposed());
        history.add(new IdeaPosted(WORKSHOP, ACTION_IDEA, BOB, WorkshopStory.ENTRAIDE, Phase.REALIZATION, "Act",
                List.of(), AT));
        history.add(stepAdvanced(Phase.REALIZATION, Step.COLLECT));
        history.add(stepAdvanced(Phase.REALIZATION, Step.CLUSTER));
        history.addAll(List.of(then));
        return history;
    }

    private static CastProposalVote dot(ProposalId proposal) {
        return new CastProposalVote(WORKSHOP, BOB, proposal, AT);
    }

    private static ProposalVoteCast dotPut() {
        return new ProposalVoteCast(WORKSHOP, BOB, PROPOSAL, Phase.REALIZATION, AT);
    }

    private static VoteCast ideaDot() {
        return new VoteCast(WORKSHOP, BOB, ACTION_IDEA, Phase.REALIZATION, AT);
    }

    @Test
    void participantPutsADotOnAProposal() {
        fixture.given(voting())
                .when(dot(PROPOSAL))
                .expectEvents(dotPut());
    }

    @Test
    void dotsOnProposalsShareTheBudgetWithIdeas() {
        fixture.given(voting(ideaDot(), ideaDot(), ideaDot(), ideaDot(), dotPut()))
                .when(dot(PROPOSAL))
                .expectException(BudgetUsedUp.class)
                .expectNoEvents();
    }

    @Test
    void theCapPerTargetHoldsForProposals() {
        List<Object> history = voting(dotPut());
        history.set(0, new WorkshopScheduled(WORKSHOP, "Our shared kitchen", "Food and solidarity", null, List.of(), 5,
                1, WorkshopStory.JOIN_CODE, AT));
        fixture.given(history)
                .when(dot(PROPOSAL))
                .expectException(IdeaCapReached.class)
                .expectNoEvents();
    }

    @Test
    void cannotPutADotOutsideTheVoteStep() {
        List<Object> history = realization();
        history.add(aliceProposed());
        fixture.given(history)
                .when(dot(PROPOSAL))
                .expectException(NotVoting.class)
                .expectNoEvents();
    }

    @Test
    void onlyParticipantsPutDots() {
        fixture.given(voting())
                .when(new CastProposalVote(WORKSHOP, STRANGER, PROPOSAL, AT))
                .expectException(NotAParticipant.class)
                .expectNoEvents();
    }

    @Test
    void cannotPutADotOnAWithdrawnProposal() {
        fixture.given(voting(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT)))
                .when(dot(PROPOSAL))
                .expectException(ProposalIsWithdrawn.class)
                .expectNoEvents();
    }

    @Test
    void cannotPutADotOnAnUnknownProposal() {
        fixture.given(voting())
                .when(dot(new ProposalId("elsewhere")))
                .expectException(AggregateEntityNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void participantTakesADotBack() {
        fixture.given(voting(dotPut()))
                .when(new RetractProposalVote(WORKSHOP, BOB, PROPOSAL, AT))
                .expectEvents(new ProposalVoteRetracted(WORKSHOP, BOB, PROPOSAL, Phase.REALIZATION, AT));
    }

    @Test
    void takingBackADotNeverPutRecordsNothing() {
        fixture.given(voting())
                .when(new RetractProposalVote(WORKSHOP, BOB, PROPOSAL, AT))
                .expectNoEvents();
    }

    @Test
    void dotsOnAWithdrawnProposalGoBackToTheirVoters() {
        List<Object> history = new ArrayList<>(voting(ideaDot(), ideaDot(), dotPut(), dotPut(), dotPut()));
        history.add(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT));
        fixture.given(history)
                .when(new CastVote(WORKSHOP, BOB, ACTION_IDEA, AT))
                .expectEvents(ideaDot());
    }
}
