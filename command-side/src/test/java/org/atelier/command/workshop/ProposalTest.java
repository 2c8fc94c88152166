package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.ProposalStory.CAROL;
import static org.atelier.command.workshop.ProposalStory.CLUSTER;
import static org.atelier.command.workshop.ProposalStory.CONDITIONS;
import static org.atelier.command.workshop.ProposalStory.DESCRIPTION;
import static org.atelier.command.workshop.ProposalStory.IN_REALIZATION;
import static org.atelier.command.workshop.ProposalStory.PROPOSAL;
import static org.atelier.command.workshop.ProposalStory.TIERS_LIEU;
import static org.atelier.command.workshop.ProposalStory.TITLE;
import static org.atelier.command.workshop.ProposalStory.aliceProposed;
import static org.atelier.command.workshop.ProposalStory.aliceProposes;
import static org.atelier.command.workshop.ProposalStory.closed;
import static org.atelier.command.workshop.ProposalStory.realization;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.posted;

import java.util.List;

import org.atelier.command.workshop.ProposalRejections.DerivedIdeaOffBoard;
import org.atelier.command.workshop.ProposalRejections.LeadNotInTheRoom;
import org.atelier.command.workshop.ProposalRejections.NotRealizing;
import org.atelier.command.workshop.ProposalRejections.ProposalIdTaken;
import org.atelier.command.workshop.ProposalRejections.UnknownDerivedCluster;
import org.atelier.command.workshop.ProposalRejections.UnknownDerivedIdea;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposeProject;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proposing a project: only in REALIZATION, from ideas and clusters of the workshop, retries harmless. */
class ProposalTest {

    private FixtureConfiguration<Workshop> fixture;
    private InMemoryProposalIds proposalIds;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
        proposalIds = new InMemoryProposalIds();
        fixture.registerInjectableResource(proposalIds);
    }

    @Test
    void participantProposesAProjectLedByTheirOrganisation() {
        fixture.given(realization())
                .when(aliceProposes())
                .expectEvents(aliceProposed())
                .expectResultMessagePayload(IN_REALIZATION + 1);
    }

    @Test
    void facilitatorProposesAProjectWithoutLeadOrProposer() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, null, TITLE, DESCRIPTION, List.of(IDEA), List.of(), null,
                        null, AT))
                .expectEvents(new ProjectProposed(WORKSHOP, PROPOSAL, TITLE, DESCRIPTION, List.of(IDEA), List.of(), null,
                        Conditions.NONE, null, null, Phase.REALIZATION, AT));
    }

    @Test
    void proposalMayNameAnotherOrganisationOfTheRoomAsLead() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, TITLE, DESCRIPTION, List.of(), List.of(),
                        TIERS_LIEU, CONDITIONS, AT))
                .expectEvents(new ProjectProposed(WORKSHOP, PROPOSAL, TITLE, DESCRIPTION, List.of(), List.of(),
                        TIERS_LIEU, CONDITIONS, ALICE, KALEIDO, Phase.REALIZATION, AT));
    }

    @Test
    void leadMustBeAnOrganisationInTheRoom() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, TITLE, DESCRIPTION, List.of(), List.of(),
                        new OrganisationId("org-absent"), CONDITIONS, AT))
                .expectException(LeadNotInTheRoom.class)
                .expectNoEvents();
    }

    @Test
    void proposalMayDrawOnIdeasOfEveryPhase() {
        IdeaId dream = new IdeaId("dream");
        List<Object> history = realization();
        history.add(8, posted(dream, CAROL, TIERS_LIEU, Phase.UTOPIA));
        fixture.given(history)
                .when(new ProposeProject(WORKSHOP, PROPOSAL, CAROL, TITLE, "", List.of(IDEA, dream), List.of(), null,
                        null, AT))
                .expectEvents(new ProjectProposed(WORKSHOP, PROPOSAL, TITLE, "", List.of(IDEA, dream), List.of(),
                        TIERS_LIEU, Conditions.NONE, CAROL, TIERS_LIEU, Phase.REALIZATION, AT));
    }

    @Test
    void cannotProposeBeforeRealization() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, TITLE, DESCRIPTION, List.of(), List.of(), null,
                        null, AT))
                .expectException(NotRealizing.class)
                .expectNoEvents();
    }

    @Test
    void cannotProposeOnceTheWorkshopIsClosed() {
        fixture.given(closed())
                .when(aliceProposes())
                .expectException(NotRealizing.class)
                .expectNoEvents();
    }

    @Test
    void onlyParticipantsAndTheFacilitatorPropose() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, STRANGER, TITLE, DESCRIPTION, List.of(), List.of(), null,
                        null, AT))
                .expectException(NotAParticipant.class)
                .expectNoEvents();
    }

    @Test
    void derivedIdeasMustBeIdeasOfTheWorkshop() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, TITLE, DESCRIPTION, List.of(IDEA, OTHER_IDEA),
                        List.of(), null, null, AT))
                .expectException(UnknownDerivedIdea.class)
                .expectNoEvents();
    }

    @Test
    void cannotDeriveFromAWithdrawnIdea() {
        List<Object> history = realization();
        history.add(new IdeaWithdrawn(WORKSHOP, IDEA, AT));
        fixture.given(history)
                .when(aliceProposes())
                .expectException(DerivedIdeaOffBoard.class)
                .expectNoEvents();
    }

    @Test
    void cannotDeriveFromAHiddenIdea() {
        List<Object> history = realization();
        history.add(new IdeaHidden(WORKSHOP, IDEA, "off topic", AT));
        fixture.given(history)
                .when(aliceProposes())
                .expectException(DerivedIdeaOffBoard.class)
                .expectNoEvents();
    }

    @Test
    void derivedClustersMustBeClustersOfTheWorkshop() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, TITLE, DESCRIPTION, List.of(),
                        List.of(new ClusterId("elsewhere")), null, null, AT))
                .expectException(UnknownDerivedCluster.class)
                .expectNoEvents();
    }

    @Test
    void cannotDeriveFromADissolvedCluster() {
        List<Object> history = realization();
        history.add(8, new ClusterDissolved(WORKSHOP, CLUSTER, AT));
        fixture.given(history)
                .when(aliceProposes())
                .expectException(UnknownDerivedCluster.class)
                .expectNoEvents();
    }

    @Test
    void proposalNeedsATitle() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, "  ", DESCRIPTION, List.of(), List.of(), null, null,
                        AT))
                .expectException(invalidInputOn("title"))
                .expectNoEvents();
    }

    @Test
    void conditionsHaveALimit() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, TITLE, DESCRIPTION, List.of(), List.of(), null,
                        new Conditions("x".repeat(2_001), null, null, null), AT))
                .expectException(invalidInputOn("conditions.resources"))
                .expectNoEvents();
    }

    @Test
    void proposalTextsAreTrimmed() {
        fixture.given(realization())
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, "  " + TITLE + "\n", " " + DESCRIPTION,
                        List.of(IDEA, IDEA), List.of(CLUSTER), null,
                        new Conditions(" A kitchen, two cooks ", "Insurance", "Ask the town hall", "Spring "), AT))
                .expectEvents(aliceProposed());
    }

    @Test
    void retriedProposalRecordsNothingAndReturnsTheOriginalPosition() {
        List<Object> history = realization();
        history.add(aliceProposed());
        history.add(new ProposalAmended(WORKSHOP, PROPOSAL, "Renamed", DESCRIPTION, List.of(IDEA), List.of(CLUSTER),
                KALEIDO, CONDITIONS, ALICE, AT));
        fixture.given(history)
                .when(aliceProposes())
                .expectNoEvents()
                .expectResultMessagePayload(IN_REALIZATION + 1);
    }

    @Test
    void cannotReuseAProposalIdWithOtherContent() {
        List<Object> history = realization();
        history.add(aliceProposed());
        fixture.given(history)
                .when(new ProposeProject(WORKSHOP, PROPOSAL, ALICE, "Something else", DESCRIPTION, List.of(IDEA),
                        List.of(CLUSTER), null, CONDITIONS, AT))
                .expectException(ProposalIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void cannotReuseAnotherParticipantsProposalId() {
        List<Object> history = realization();
        history.add(aliceProposed());
        fixture.given(history)
                .when(new ProposeProject(WORKSHOP, PROPOSAL, BOB, TITLE, DESCRIPTION, List.of(IDEA), List.of(CLUSTER),
                        KALEIDO, CONDITIONS, AT))
                .expectException(ProposalIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void cannotReuseAProposalIdOfAnotherWorkshop() {
        proposalIds.claim(PROPOSAL, new WorkshopId("another-workshop"));

        fixture.given(realization())
                .when(aliceProposes())
                .expectException(ProposalIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void proposalsOfOneWorkshopHaveDistinctIds() {
        ProposalId second = new ProposalId("proposal-2");
        List<Object> history = realization();
        history.add(aliceProposed());
        fixture.given(history)
                .when(new ProposeProject(WORKSHOP, second, BOB, "Another", "", List.of(), List.of(), ENTRAIDE, null, AT))
                .expectEvents(new ProjectProposed(WORKSHOP, second, "Another", "", List.of(), List.of(), ENTRAIDE,
                        Conditions.NONE, BOB, ENTRAIDE, Phase.REALIZATION, AT))
                .expectResultMessagePayload(IN_REALIZATION + 2);
    }
}
