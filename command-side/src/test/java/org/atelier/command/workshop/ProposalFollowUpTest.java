package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.ProposalStory.CAROL;
import static org.atelier.command.workshop.ProposalStory.IN_REALIZATION;
import static org.atelier.command.workshop.ProposalStory.PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.TIERS_LIEU;
import static org.atelier.command.workshop.ProposalStory.kaleidoAndEntraidePartners;
import static org.atelier.command.workshop.ProposalStory.realization;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;

import java.time.LocalDate;
import java.util.List;

import org.atelier.command.workshop.ProposalRejections.ActionIdTaken;
import org.atelier.command.workshop.ProposalRejections.FollowUpNotOpen;
import org.atelier.command.workshop.ProposalRejections.NotCommitted;
import org.atelier.command.workshop.ProposalRejections.OrganisationNotCommitted;
import org.atelier.command.workshop.ProposalRejections.ProposalIsWithdrawn;
import org.atelier.command.workshop.ProposalRejections.UnknownAction;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionId;
import org.atelier.shared.proposal.ActionStatus;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.AgreeAction;
import org.atelier.shared.proposal.DissolutionReason;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.UpdateAction;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopClosed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-up actions ("atelier permanent"): agreed and updated by the committed organisations'
 * participants and the facilitator, during REALIZATION and after the workshop closed.
 */
class ProposalFollowUpTest {

    private static final ActionId ACTION = new ActionId("action-1");
    private static final LocalDate DUE = LocalDate.parse("2026-06-30");
    private static final String WHAT = "Visit the kitchen with the town hall";

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(new InMemoryProposalIds());
    }

    private static List<Object> partners(Object... then) {
        List<Object> history = realization();
        history.addAll(kaleidoAndEntraidePartners());
        history.addAll(List.of(then));
        return history;
    }

    private static List<Object> partnersAfterClosing(Object... then) {
        List<Object> history = partners(phaseAdvanced(Phase.REALIZATION), new WorkshopClosed(WORKSHOP, AT));
        history.addAll(List.of(then));
        return history;
    }

    private static AgreeAction agree(ParticipantId by) {
        return new AgreeAction(WORKSHOP, PROPOSAL, ACTION, by, ENTRAIDE, WHAT, DUE, AT);
    }

    private static ActionAgreed agreed(ParticipantId by) {
        return new ActionAgreed(WORKSHOP, PROPOSAL, ACTION, ENTRAIDE, WHAT, DUE, ActionStatus.PLANNED, by, AT);
    }

    @Test
    void participantOfACommittedOrganisationAgreesAnAction() {
        fixture.given(partners())
                .when(agree(ALICE))
                .expectEvents(agreed(ALICE))
                .expectResultMessagePayload(IN_REALIZATION + 5);
    }

    @Test
    void theFacilitatorAgreesAnAction() {
        fixture.given(partners())
                .when(agree(null))
                .expectEvents(agreed(null));
    }

    @Test
    void participantsOfUncommittedOrganisationsCannotAgreeActions() {
        fixture.given(partners())
                .when(agree(CAROL))
                .expectException(NotCommitted.class)
                .expectNoEvents();
    }

    @Test
    void anActionIsCarriedByACommittedOrganisation() {
        fixture.given(partners())
                .when(new AgreeAction(WORKSHOP, PROPOSAL, ACTION, ALICE, TIERS_LIEU, WHAT, DUE, AT))
                .expectException(OrganisationNotCommitted.class)
                .expectNoEvents();
    }

    @Test
    void anActionSaysWhat() {
        fixture.given(partners())
                .when(new AgreeAction(WORKSHOP, PROPOSAL, ACTION, ALICE, ENTRAIDE, " ", DUE, AT))
                .expectException(invalidInputOn("what"))
                .expectNoEvents();
    }

    @Test
    void anActionMayHaveNoDueDate() {
        fixture.given(partners())
                .when(new AgreeAction(WORKSHOP, PROPOSAL, ACTION, ALICE, KALEIDO, WHAT, null, AT))
                .expectEvents(new ActionAgreed(WORKSHOP, PROPOSAL, ACTION, KALEIDO, WHAT, null, ActionStatus.PLANNED,
                        ALICE, AT));
    }

    @Test
    void actionsAreAgreedAfterTheWorkshopClosed() {
        fixture.given(partnersAfterClosing())
                .when(agree(BOB))
                .expectEvents(agreed(BOB));
    }

    @Test
    void actionsAreUpdatedAfterTheWorkshopClosed() {
        fixture.given(partnersAfterClosing(agreed(BOB)))
                .when(new UpdateAction(WORKSHOP, PROPOSAL, ACTION, ALICE, ActionStatus.UNDER_WAY, null, null, AT))
                .expectEvents(new ActionUpdated(WORKSHOP, PROPOSAL, ACTION, ActionStatus.UNDER_WAY, WHAT, DUE, ALICE,
                        AT));
    }

    @Test
    void noActionsWhileTheRoomIsBackBeforeRealization() {
        fixture.given(partners(new PhaseReverted(WORKSHOP, Phase.REALIZATION, Phase.UTOPIA, Step.DISCUSS, AT)))
                .when(agree(ALICE))
                .expectException(FollowUpNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void retriedAgreementRecordsNothingAndReturnsItsPosition() {
        fixture.given(partners(agreed(ALICE),
                        new ActionUpdated(WORKSHOP, PROPOSAL, ACTION, ActionStatus.DONE, WHAT, DUE, BOB, AT)))
                .when(agree(BOB))
                .expectNoEvents()
                .expectResultMessagePayload(IN_REALIZATION + 5);
    }

    @Test
    void cannotReuseAnActionIdWithOtherContent() {
        fixture.given(partners(agreed(ALICE)))
                .when(new AgreeAction(WORKSHOP, PROPOSAL, ACTION, ALICE, ENTRAIDE, "Something else", DUE, AT))
                .expectException(ActionIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void updateRecordsTheActionAsItNowStands() {
        LocalDate later = DUE.plusMonths(1);
        fixture.given(partners(agreed(ALICE)))
                .when(new UpdateAction(WORKSHOP, PROPOSAL, ACTION, null, ActionStatus.DROPPED, "Visit cancelled", later,
                        AT))
                .expectEvents(new ActionUpdated(WORKSHOP, PROPOSAL, ACTION, ActionStatus.DROPPED, "Visit cancelled",
                        later, null, AT));
    }

    @Test
    void updateThatChangesNothingRecordsNothing() {
        fixture.given(partners(agreed(ALICE)))
                .when(new UpdateAction(WORKSHOP, PROPOSAL, ACTION, BOB, ActionStatus.PLANNED, WHAT, null, AT))
                .expectNoEvents();
    }

    @Test
    void cannotUpdateAnUnknownAction() {
        fixture.given(partners())
                .when(new UpdateAction(WORKSHOP, PROPOSAL, ACTION, BOB, ActionStatus.DONE, null, null, AT))
                .expectException(UnknownAction.class)
                .expectNoEvents();
    }

    @Test
    void participantsOfUncommittedOrganisationsCannotUpdateActions() {
        fixture.given(partners(agreed(ALICE)))
                .when(new UpdateAction(WORKSHOP, PROPOSAL, ACTION, CAROL, ActionStatus.DONE, null, null, AT))
                .expectException(NotCommitted.class)
                .expectNoEvents();
    }

    @Test
    void noActionsOnAWithdrawnProposal() {
        fixture.given(partners(new ProposalWithdrawn(WORKSHOP, PROPOSAL, ALICE, AT),
                        new PartnershipDissolved(WORKSHOP, ProposalStory.PARTNERSHIP, PROPOSAL,
                                List.of(KALEIDO, ENTRAIDE), DissolutionReason.PROPOSAL_WITHDRAWN, AT)))
                .when(agree(null))
                .expectException(ProposalIsWithdrawn.class)
                .expectNoEvents();
    }
}
