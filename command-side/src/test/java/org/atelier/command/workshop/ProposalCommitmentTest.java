package org.atelier.command.workshop;

import static org.atelier.command.workshop.ProposalStory.CAROL;
import static org.atelier.command.workshop.ProposalStory.DAVID;
import static org.atelier.command.workshop.ProposalStory.IN_REALIZATION;
import static org.atelier.command.workshop.ProposalStory.NEXT_PARTNERSHIP;
import static org.atelier.command.workshop.ProposalStory.PARTNERSHIP;
import static org.atelier.command.workshop.ProposalStory.PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.TIERS_LIEU;
import static org.atelier.command.workshop.ProposalStory.aliceProposed;
import static org.atelier.command.workshop.ProposalStory.closed;
import static org.atelier.command.workshop.ProposalStory.commit;
import static org.atelier.command.workshop.ProposalStory.committed;
import static org.atelier.command.workshop.ProposalStory.kaleidoAndEntraidePartners;
import static org.atelier.command.workshop.ProposalStory.realization;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;

import java.util.List;

import org.atelier.command.workshop.ProposalRejections.NotRealizing;
import org.atelier.command.workshop.ProposalRejections.NotYourOrganisation;
import org.atelier.command.workshop.ProposalRejections.ProposalIsWithdrawn;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.shared.proposal.CommitOrganisation;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.DissolutionReason;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.WithdrawCommitment;
import org.atelier.shared.workshop.Outcome;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.Step;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commitments: a participant commits their own organisation, once; the second distinct organisation
 * forms the partnership, later ones extend it, and below two it is dissolved.
 */
class ProposalCommitmentTest {

    private static final long PROPOSED = IN_REALIZATION + 1;

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(new InMemoryProposalIds());
    }

    private static List<Object> proposed(Object... then) {
        List<Object> history = realization();
        history.add(aliceProposed());
        history.addAll(List.of(then));
        return history;
    }

    private static List<Object> partners(Object... then) {
        List<Object> history = realization();
        history.addAll(kaleidoAndEntraidePartners());
        history.addAll(List.of(then));
        return history;
    }

    private static WithdrawCommitment withdraw(ParticipantId participant) {
        return new WithdrawCommitment(WORKSHOP, PROPOSAL, participant, null, AT);
    }

    @Test
    void participantCommitsTheirOwnOrganisation() {
        fixture.given(proposed())
                .when(commit(BOB))
                .expectEvents(committed(ENTRAIDE, BOB))
                .expectResultMessagePayload(new Outcome(PROPOSED + 1, true));
    }

    @Test
    void cannotCommitAnotherOrganisation() {
        fixture.given(proposed())
                .when(new CommitOrganisation(WORKSHOP, PROPOSAL, BOB, KALEIDO, PARTNERSHIP, AT))
                .expectException(NotYourOrganisation.class)
                .expectNoEvents();
    }

    @Test
    void participantMayNameTheirOwnOrganisation() {
        fixture.given(proposed())
                .when(new CommitOrganisation(WORKSHOP, PROPOSAL, BOB, ENTRAIDE, PARTNERSHIP, AT))
                .expectEvents(committed(ENTRAIDE, BOB));
    }

    @Test
    void onlyParticipantsCommit() {
        fixture.given(proposed())
                .when(commit(STRANGER))
                .expectException(NotAParticipant.class)
                .expectNoEvents();
    }

    @Test
    void committingAgainRecordsNothingAndSaysSo() {
        fixture.given(proposed(committed(ENTRAIDE, BOB)))
                .when(commit(BOB))
                .expectNoEvents()
                .expectResultMessagePayload(new Outcome(PROPOSED + 1, false));
    }

    @Test
    void anOrganisationCommitsOnceWhoeverRepresentsIt() {
        fixture.given(proposed(committed(KALEIDO, ALICE)))
                .when(commit(DAVID))
                .expectNoEvents()
                .expectResultMessagePayload(new Outcome(PROPOSED + 1, false));
    }

    @Test
    void secondDistinctOrganisationFormsThePartnership() {
        fixture.given(proposed(committed(KALEIDO, ALICE)))
                .when(commit(BOB))
                .expectEvents(committed(ENTRAIDE, BOB),
                        new PartnershipFormed(WORKSHOP, PARTNERSHIP, PROPOSAL, List.of(KALEIDO, ENTRAIDE), AT))
                .expectResultMessagePayload(new Outcome(PROPOSED + 3, true));
    }

    @Test
    void oneOrganisationAloneFormsNoPartnership() {
        fixture.given(proposed(committed(KALEIDO, ALICE)))
                .when(commit(DAVID))
                .expectNoEvents();
    }

    @Test
    void partnershipIsFormedOnceAndLaterCommitmentsExtendIt() {
        fixture.given(partners())
                .when(new CommitOrganisation(WORKSHOP, PROPOSAL, CAROL, null, NEXT_PARTNERSHIP, AT))
                .expectEvents(committed(TIERS_LIEU, CAROL),
                        new PartnershipExtended(WORKSHOP, PARTNERSHIP, PROPOSAL, TIERS_LIEU,
                                List.of(KALEIDO, ENTRAIDE, TIERS_LIEU), AT));
    }

    @Test
    void participantWithdrawsTheirOrganisationsCommitment() {
        fixture.given(proposed(committed(KALEIDO, ALICE)))
                .when(withdraw(DAVID))
                .expectEvents(new CommitmentWithdrawn(WORKSHOP, PROPOSAL, KALEIDO, DAVID, AT))
                .expectResultMessagePayload(PROPOSED + 2);
    }

    @Test
    void cannotWithdrawAnotherOrganisationsCommitment() {
        fixture.given(proposed(committed(KALEIDO, ALICE)))
                .when(new WithdrawCommitment(WORKSHOP, PROPOSAL, BOB, KALEIDO, AT))
                .expectException(NotYourOrganisation.class)
                .expectNoEvents();
    }

    @Test
    void withdrawingACommitmentNeverMadeRecordsNothing() {
        fixture.given(proposed(committed(KALEIDO, ALICE)))
                .when(withdraw(BOB))
                .expectNoEvents()
                .expectResultMessagePayload(PROPOSED + 1);
    }

    @Test
    void partnershipBelowTwoOrganisationsIsDissolved() {
        fixture.given(partners())
                .when(withdraw(BOB))
                .expectEvents(new CommitmentWithdrawn(WORKSHOP, PROPOSAL, ENTRAIDE, BOB, AT),
                        new PartnershipDissolved(WORKSHOP, PARTNERSHIP, PROPOSAL, List.of(KALEIDO, ENTRAIDE),
                                DissolutionReason.FEWER_THAN_TWO_ORGANISATIONS, AT));
    }

    @Test
    void partnershipOfThreeLosingOneIsReduced() {
        fixture.given(partners(committed(TIERS_LIEU, CAROL), new PartnershipExtended(WORKSHOP, PARTNERSHIP, PROPOSAL,
                        TIERS_LIEU, List.of(KALEIDO, ENTRAIDE, TIERS_LIEU), AT)))
                .when(withdraw(ALICE))
                .expectEvents(new CommitmentWithdrawn(WORKSHOP, PROPOSAL, KALEIDO, ALICE, AT),
                        new PartnershipReduced(WORKSHOP, PARTNERSHIP, PROPOSAL, KALEIDO, List.of(ENTRAIDE, TIERS_LIEU),
                                AT));
    }

    @Test
    void recommittingAfterDissolutionFormsANewPartnership() {
        fixture.given(partners(new CommitmentWithdrawn(WORKSHOP, PROPOSAL, ENTRAIDE, BOB, AT),
                        new PartnershipDissolved(WORKSHOP, PARTNERSHIP, PROPOSAL, List.of(KALEIDO, ENTRAIDE),
                                DissolutionReason.FEWER_THAN_TWO_ORGANISATIONS, AT)))
                .when(new CommitOrganisation(WORKSHOP, PROPOSAL, BOB, null, NEXT_PARTNERSHIP, AT))
                .expectEvents(committed(ENTRAIDE, BOB),
                        new PartnershipFormed(WORKSHOP, NEXT_PARTNERSHIP, PROPOSAL, List.of(KALEIDO, ENTRAIDE), AT));
    }

    @Test
    void cannotCommitBeforeRealization() {
        fixture.given(proposed(new PhaseReverted(WORKSHOP, Phase.REALIZATION, Phase.UTOPIA, Step.DISCUSS, AT)))
                .when(commit(BOB))
                .expectException(NotRealizing.class)
                .expectNoEvents();
    }

    @Test
    void cannotCommitOnceTheWorkshopIsClosed() {
        List<Object> history = closed();
        history.add(10, aliceProposed());
        fixture.given(history)
                .when(commit(BOB))
                .expectException(NotRealizing.class)
                .expectNoEvents();
    }

    @Test
    void cannotCommitToAWithdrawnProposal() {
        fixture.given(proposed(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT)))
                .when(commit(BOB))
                .expectException(ProposalIsWithdrawn.class)
                .expectNoEvents();
    }
}
