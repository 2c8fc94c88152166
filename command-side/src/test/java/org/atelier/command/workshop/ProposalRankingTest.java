package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.ProposalStory.OTHER_PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.aliceProposed;
import static org.atelier.command.workshop.ProposalStory.realization;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;

import java.util.List;

import org.atelier.command.workshop.ProposalRejections.NotRealizing;
import org.atelier.command.workshop.ProposalRejections.ProposalIsWithdrawn;
import org.atelier.command.workshop.ProposalRejections.UnknownRankedProposal;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.ProposalsRanked;
import org.atelier.shared.proposal.RankProposals;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopClosed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facilitator's final order of priority. */
class ProposalRankingTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(new InMemoryProposalIds());
    }

    private static List<Object> twoProposals(Object... then) {
        List<Object> history = realization();
        history.add(aliceProposed());
        history.add(new ProjectProposed(WORKSHOP, OTHER_PROPOSAL, "Bikes", "", List.of(), List.of(), ENTRAIDE,
                Conditions.NONE, BOB, ENTRAIDE, Phase.REALIZATION, AT));
        history.addAll(List.of(then));
        return history;
    }

    private static RankProposals rank(ProposalId... order) {
        return new RankProposals(WORKSHOP, List.of(order), AT);
    }

    @Test
    void theFacilitatorSetsTheFinalOrder() {
        fixture.given(twoProposals())
                .when(rank(OTHER_PROPOSAL, PROPOSAL))
                .expectEvents(new ProposalsRanked(WORKSHOP, List.of(OTHER_PROPOSAL, PROPOSAL), AT));
    }

    @Test
    void theSameOrderAgainRecordsNothing() {
        fixture.given(twoProposals(new ProposalsRanked(WORKSHOP, List.of(OTHER_PROPOSAL, PROPOSAL), AT)))
                .when(rank(OTHER_PROPOSAL, PROPOSAL))
                .expectNoEvents();
    }

    @Test
    void anOrderMayRankSomeProposalsOnly() {
        fixture.given(twoProposals())
                .when(rank(PROPOSAL))
                .expectEvents(new ProposalsRanked(WORKSHOP, List.of(PROPOSAL), AT));
    }

    @Test
    void cannotRankAProposalOfAnotherWorkshop() {
        fixture.given(twoProposals())
                .when(rank(PROPOSAL, new ProposalId("elsewhere")))
                .expectException(UnknownRankedProposal.class)
                .expectNoEvents();
    }

    @Test
    void cannotRankAProposalTwice() {
        fixture.given(twoProposals())
                .when(rank(PROPOSAL, OTHER_PROPOSAL, PROPOSAL))
                .expectException(invalidInputOn("proposalIds"))
                .expectNoEvents();
    }

    @Test
    void cannotRankAWithdrawnProposal() {
        fixture.given(twoProposals(new ProposalWithdrawn(WORKSHOP, OTHER_PROPOSAL, BOB, AT)))
                .when(rank(PROPOSAL, OTHER_PROPOSAL))
                .expectException(ProposalIsWithdrawn.class)
                .expectNoEvents();
    }

    @Test
    void cannotRankOnceTheWorkshopIsClosed() {
        fixture.given(twoProposals(phaseAdvanced(Phase.REALIZATION), new WorkshopClosed(WORKSHOP, AT)))
                .when(rank(PROPOSAL))
                .expectException(NotRealizing.class)
                .expectNoEvents();
    }
}
