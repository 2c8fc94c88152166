package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.ProposalStory.CLUSTER;
import static org.atelier.command.workshop.ProposalStory.CONDITIONS;
import static org.atelier.command.workshop.ProposalStory.DAVID;
import static org.atelier.command.workshop.ProposalStory.DESCRIPTION;
import static org.atelier.command.workshop.ProposalStory.IN_REALIZATION;
import static org.atelier.command.workshop.ProposalStory.OTHER_PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.PARTNERSHIP;
import static org.atelier.command.workshop.ProposalStory.PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.TITLE;
import static org.atelier.command.workshop.ProposalStory.aliceProposed;
import static org.atelier.command.workshop.ProposalStory.closed;
import static org.atelier.command.workshop.ProposalStory.kaleidoAndEntraidePartners;
import static org.atelier.command.workshop.ProposalStory.realization;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;

import java.util.List;

import org.atelier.command.workshop.ProposalRejections.NotAnAuthor;
import org.atelier.command.workshop.ProposalRejections.NotRealizing;
import org.atelier.command.workshop.ProposalRejections.ProposalIsWithdrawn;
import org.atelier.command.workshop.ProposalRejections.UnknownDerivedIdea;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.proposal.AmendProposal;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.DissolutionReason;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.WithdrawProposal;
import org.atelier.shared.workshop.ParticipantId;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Amending and withdrawing a proposal: by its authors or the facilitator, during REALIZATION. */
class ProposalChangeTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(new InMemoryProposalIds());
    }

    private static List<Object> aliceProposedInRealization() {
        List<Object> history = realization();
        history.add(aliceProposed());
        return history;
    }

    private static AmendProposal retitle(ParticipantId amender, String title) {
        return new AmendProposal(WORKSHOP, PROPOSAL, amender, title, null, null, null, null, null, AT);
    }

    private static ProposalAmended retitled(ParticipantId amender, String title) {
        return new ProposalAmended(WORKSHOP, PROPOSAL, title, DESCRIPTION, List.of(IDEA), List.of(CLUSTER), KALEIDO,
                CONDITIONS, amender, AT);
    }

    @Test
    void proposerAmendsTheirProposal() {
        fixture.given(aliceProposedInRealization())
                .when(retitle(ALICE, "A shared kitchen every day"))
                .expectEvents(retitled(ALICE, "A shared kitchen every day"))
                .expectResultMessagePayload(IN_REALIZATION + 2);
    }

    @Test
    void aParticipantOfTheLeadOrganisationAmendsIt() {
        fixture.given(aliceProposedInRealization())
                .when(retitle(DAVID, "Renamed by a colleague"))
                .expectEvents(retitled(DAVID, "Renamed by a colleague"));
    }

    @Test
    void theFacilitatorAmendsAnyProposal() {
        fixture.given(aliceProposedInRealization())
                .when(retitle(null, "Renamed by the facilitator"))
                .expectEvents(retitled(null, "Renamed by the facilitator"));
    }

    @Test
    void othersCannotAmendAProposal() {
        fixture.given(aliceProposedInRealization())
                .when(retitle(BOB, "Taken over"))
                .expectException(NotAnAuthor.class)
                .expectNoEvents();
    }

    @Test
    void anAmendmentChangesOnlyWhatItNames() {
        fixture.given(aliceProposedInRealization())
                .when(new AmendProposal(WORKSHOP, PROPOSAL, ALICE, null, null, List.of(), null, ENTRAIDE,
                        new Conditions(null, "None left", null, null), AT))
                .expectEvents(new ProposalAmended(WORKSHOP, PROPOSAL, TITLE, DESCRIPTION, List.of(), List.of(CLUSTER),
                        ENTRAIDE, new Conditions("A kitchen, two cooks", "None left", "Ask the town hall", "Spring"),
                        ALICE, AT));
    }

    @Test
    void amendingToTheSameContentRecordsNothing() {
        fixture.given(aliceProposedInRealization())
                .when(retitle(ALICE, "  " + TITLE))
                .expectNoEvents()
                .expectResultMessagePayload(IN_REALIZATION + 1);
    }

    @Test
    void amendedIdeasMustBeIdeasOfTheWorkshop() {
        fixture.given(aliceProposedInRealization())
                .when(new AmendProposal(WORKSHOP, PROPOSAL, ALICE, null, null, List.of(IDEA, OTHER_IDEA), null, null,
                        null, AT))
                .expectException(UnknownDerivedIdea.class)
                .expectNoEvents();
    }

    @Test
    void anIdeaWithdrawnSinceDoesNotBlockOtherChanges() {
        List<Object> history = aliceProposedInRealization();
        history.add(new IdeaWithdrawn(WORKSHOP, IDEA, AT));
        fixture.given(history)
                .when(retitle(ALICE, "Still derived from the first idea"))
                .expectEvents(retitled(ALICE, "Still derived from the first idea"));
    }

    @Test
    void anAmendedTitleCannotBeBlank() {
        fixture.given(aliceProposedInRealization())
                .when(retitle(ALICE, ""))
                .expectException(invalidInputOn("title"))
                .expectNoEvents();
    }

    @Test
    void cannotAmendOnceTheWorkshopIsClosed() {
        List<Object> history = closed();
        history.add(10, aliceProposed());
        fixture.given(history)
                .when(retitle(ALICE, "Too late"))
                .expectException(NotRealizing.class)
                .expectNoEvents();
    }

    @Test
    void cannotAmendAnUnknownProposal() {
        fixture.given(aliceProposedInRealization())
                .when(new AmendProposal(WORKSHOP, OTHER_PROPOSAL, ALICE, "Who?", null, null, null, null, null, AT))
                .expectException(AggregateEntityNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void proposerWithdrawsTheirProposal() {
        fixture.given(aliceProposedInRealization())
                .when(new WithdrawProposal(WORKSHOP, PROPOSAL, ALICE, AT))
                .expectEvents(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT));
    }

    @Test
    void theFacilitatorWithdrawsAnyProposal() {
        fixture.given(aliceProposedInRealization())
                .when(new WithdrawProposal(WORKSHOP, PROPOSAL, null, AT))
                .expectEvents(new ProposalWithdrawn(WORKSHOP, PROPOSAL, null, AT));
    }

    @Test
    void othersCannotWithdrawAProposal() {
        fixture.given(aliceProposedInRealization())
                .when(new WithdrawProposal(WORKSHOP, PROPOSAL, BOB, AT))
                .expectException(NotAnAuthor.class)
                .expectNoEvents();
    }

    @Test
    void withdrawingTwiceRecordsNothing() {
        List<Object> history = aliceProposedInRealization();
        history.add(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT));
        fixture.given(history)
                .when(new WithdrawProposal(WORKSHOP, PROPOSAL, ALICE, AT))
                .expectNoEvents()
                .expectResultMessagePayload(IN_REALIZATION + 2);
    }

    @Test
    void cannotAmendAWithdrawnProposal() {
        List<Object> history = aliceProposedInRealization();
        history.add(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT));
        fixture.given(history)
                .when(retitle(ALICE, "Back again"))
                .expectException(ProposalIsWithdrawn.class)
                .expectNoEvents();
    }

    @Test
    void withdrawnProposalDissolvesItsPartnership() {
        List<Object> history = realization();
        history.addAll(kaleidoAndEntraidePartners());
        fixture.given(history)
                .when(new WithdrawProposal(WORKSHOP, PROPOSAL, ALICE, AT))
                .expectEvents(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT),
                        new PartnershipDissolved(WORKSHOP, PARTNERSHIP, PROPOSAL, List.of(KALEIDO, ENTRAIDE),
                                DissolutionReason.PROPOSAL_WITHDRAWN, AT))
                .expectResultMessagePayload(IN_REALIZATION + 6);
    }
}
