package org.atelier.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.ProcessorBatch;
import org.atelier.query.StoppingStore;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.DissolutionReason;
import org.atelier.shared.proposal.FindPartnershipProgress;
import org.atelier.shared.proposal.FindPartnerships;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Partnerships across a programme: new, or strengthening links that existed before (an earlier
 * partnership, or commitments to the same earlier proposal), and which pairs.
 */
class PartnershipProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final String VELO = "org-velo";
    private static final String CAFE = "org-cafe";
    private static final String JARDIN = "org-jardin";

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private final Map<WorkshopId, Long> sequences = new HashMap<>();
    private final List<Runnable> delivered = new ArrayList<>();
    /** The same deliveries as a processor's events, for another instance of the projection. */
    private final List<EventMessage<?>> messages = new ArrayList<>();
    private MongoTemplate mongo;
    private PartnershipProjection projection;

    @BeforeEach
    void freshReadModel() {
        mongo = MONGO.freshDatabase();
        projection = new PartnershipProjection(mongo, updateEmitter);
    }

    @Test
    void organisationsNeverLinkedBeforeFormANewPartnership() {
        WorkshopId first = scheduled("first", "PROCESS");
        partnership(first, "kitchen", "p-1", VELO, CAFE);

        assertThat(partnerships(first)).containsExactly(new PartnershipView("p-1", "first", "kitchen",
                List.of(VELO, CAFE), AT, false, List.of(), "ACTIVE", null));
    }

    @Test
    void anEarlierPartnershipInTheProgrammeMakesItStrengthened() {
        WorkshopId first = scheduled("first", "PROCESS");
        WorkshopId second = scheduled("second", "PROCESS");
        partnership(first, "kitchen", "p-1", VELO, CAFE);

        partnership(second, "bikes", "p-2", CAFE, JARDIN, VELO);

        PartnershipView bikes = partnerships(second).get(0);
        assertThat(bikes.strengthened()).isTrue();
        assertThat(bikes.strengthenedPairs()).containsExactly(List.of(CAFE, VELO));
    }

    @Test
    void commitmentsToTheSameEarlierProposalMakeItStrengthened() {
        WorkshopId first = scheduled("first", "PROCESS");
        proposed(first, "kitchen");
        committed(first, "kitchen", VELO);
        withdrawn(first, "kitchen", VELO);
        committed(first, "kitchen", CAFE);

        partnership(first, "bikes", "p-2", VELO, CAFE);

        assertThat(partnerships(first).get(0).strengthenedPairs()).containsExactly(List.of(VELO, CAFE));
    }

    @Test
    void theProposalsOwnCommitmentsDoNotMakeItStrengthened() {
        WorkshopId first = scheduled("first", "PROCESS");
        proposed(first, "kitchen");
        committed(first, "kitchen", VELO);
        withdrawn(first, "kitchen", VELO);
        committed(first, "kitchen", CAFE);
        committed(first, "kitchen", VELO);
        formed(first, "kitchen", "p-1", VELO, CAFE);

        assertThat(partnerships(first).get(0).strengthened()).isFalse();
    }

    @Test
    void linksInAnotherProgrammeDoNotCount() {
        WorkshopId elsewhere = scheduled("elsewhere", "Another programme");
        WorkshopId here = scheduled("here", "PROCESS");
        partnership(elsewhere, "kitchen", "p-1", VELO, CAFE);

        partnership(here, "bikes", "p-2", VELO, CAFE);

        assertThat(partnerships(here).get(0).strengthened()).isFalse();
    }

    @Test
    void aNewcomerAlreadyLinkedStrengthensThePartnershipItJoins() {
        WorkshopId first = scheduled("first", "PROCESS");
        partnership(first, "kitchen", "p-1", VELO, JARDIN);
        partnership(first, "bikes", "p-2", VELO, CAFE);
        assertThat(partnershipById(first, "p-2").strengthened()).isFalse();

        committed(first, "bikes", JARDIN);
        deliver(first, new PartnershipExtended(first, new PartnershipId("p-2"), new ProposalId("bikes"),
                new OrganisationId(JARDIN), organisations(VELO, CAFE, JARDIN), AT), projection::on);

        PartnershipView bikes = partnershipById(first, "p-2");
        assertThat(bikes.organisationIds()).containsExactly(VELO, CAFE, JARDIN);
        assertThat(bikes.strengthened()).isTrue();
        assertThat(bikes.strengthenedPairs()).containsExactly(List.of(VELO, JARDIN));
    }

    @Test
    void aPartnershipFormedAgainOnTheSameProposalIsStrengthened() {
        WorkshopId first = scheduled("first", "PROCESS");
        partnership(first, "kitchen", "p-1", VELO, CAFE);
        withdrawn(first, "kitchen", CAFE);
        deliver(first, new PartnershipDissolved(first, new PartnershipId("p-1"), new ProposalId("kitchen"),
                organisations(VELO, CAFE), DissolutionReason.FEWER_THAN_TWO_ORGANISATIONS, AT), projection::on);
        committed(first, "kitchen", CAFE);
        formed(first, "kitchen", "p-2", VELO, CAFE);

        assertThat(partnerships(first)).extracting(PartnershipView::partnershipId, PartnershipView::status,
                        PartnershipView::strengthened)
                .containsExactly(tuple("p-1", "DISSOLVED", false),
                        tuple("p-2", "ACTIVE", true));
        assertThat(partnershipById(first, "p-1").organisationIds()).containsExactly(VELO, CAFE);
    }

    @Test
    void aReducedPartnershipListsWhoRemains() {
        WorkshopId first = scheduled("first", "PROCESS");
        partnership(first, "kitchen", "p-1", VELO, CAFE, JARDIN);
        withdrawn(first, "kitchen", VELO);
        deliver(first, new PartnershipReduced(first, new PartnershipId("p-1"), new ProposalId("kitchen"),
                new OrganisationId(VELO), organisations(CAFE, JARDIN), AT), projection::on);

        assertThat(partnershipById(first, "p-1").organisationIds()).containsExactly(CAFE, JARDIN);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        WorkshopId first = scheduled("first", "PROCESS");
        WorkshopId second = scheduled("second", "PROCESS");
        partnership(first, "kitchen", "p-1", VELO, CAFE);
        partnership(second, "bikes", "p-2", CAFE, VELO);
        committed(second, "bikes", JARDIN);
        deliver(second, new PartnershipExtended(second, new PartnershipId("p-2"), new ProposalId("bikes"),
                new OrganisationId(JARDIN), organisations(CAFE, VELO, JARDIN), AT), projection::on);
        List<Document> once = everything();

        List.copyOf(delivered).forEach(Runnable::run);

        assertThat(everything()).isEqualTo(once);
    }

    /**
     * A kill between two collections of one batch's write: the link of the two organisations names
     * both partnerships, neither partnership's document is written. Made again on that link, the
     * first partnership would be strengthened by the second.
     */
    @Test
    void aWriteStoppedBetweenTwoCollectionsIsMadeWholeBeforeTheEventsAfterTheTokenComeAgain() {
        WorkshopId first = scheduled("first", "PROCESS");
        int token = messages.size();
        partnership(first, "kitchen", "p-1", VELO, CAFE);
        partnership(first, "bikes", "p-2", VELO, CAFE);
        StoppingStore killed = new StoppingStore(MONGO.freshDatabase());
        ProcessorBatch.handle(new PartnershipProjection(killed, updateEmitter), messages.subList(0, token));

        killed.stopsAtTheNextWriteOf("partnerships");
        assertThatThrownBy(() -> ProcessorBatch.handle(new PartnershipProjection(killed, updateEmitter),
                messages.subList(token, messages.size()))).hasMessageContaining("Stopped");
        ProcessorBatch.handle(new PartnershipProjection(killed, updateEmitter), messages.subList(token, messages.size()));

        assertThat(everything(killed)).isEqualTo(everything());
        assertThat(partnershipById(first, "p-1").strengthened()).isFalse();
    }

    @Test
    void progressFollowsTheWorkshopsProposalFacts() {
        WorkshopId first = scheduled("first", "PROCESS");
        List<Long> updates = new ArrayList<>();
        updateEmitter.<Long>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindPartnershipProgress(first), ResponseTypes.instanceOf(Long.class),
                        ResponseTypes.instanceOf(Long.class)), 16)
                .getUpdates().map(Message::getPayload).subscribe(updates::add);

        proposed(first, "kitchen");
        committed(first, "kitchen", VELO);

        assertThat(projection.handle(new FindPartnershipProgress(first))).isEqualTo(3L);
        assertThat(updates).containsExactly(2L, 3L);
        assertThat(projection.handle(new FindPartnershipProgress(new WorkshopId("unknown")))).isZero();
    }

    @Test
    void resetDropsEveryCollection() {
        WorkshopId first = scheduled("first", "PROCESS");
        partnership(first, "kitchen", "p-1", VELO, CAFE);

        projection.reset();

        assertThat(everything()).isEmpty();
    }

    /** A proposal, its organisations' commitments, and the partnership they form. */
    private void partnership(WorkshopId workshop, String proposal, String partnershipId, String... organisations) {
        proposed(workshop, proposal);
        for (String organisation : organisations) {
            committed(workshop, proposal, organisation);
        }
        formed(workshop, proposal, partnershipId, organisations);
    }

    private WorkshopId scheduled(String id, String programme) {
        WorkshopId workshop = new WorkshopId(id);
        deliver(workshop, new WorkshopScheduled(workshop, "Title", "Theme", programme, List.of(), 5, 0, "CODE",
                AT), projection::on);
        return workshop;
    }

    private void proposed(WorkshopId workshop, String proposal) {
        deliver(workshop, new ProjectProposed(workshop, new ProposalId(proposal), "Title", "", List.of(),
                List.of(), null, Conditions.NONE, null, null, Phase.REALIZATION, AT), projection::on);
    }

    private void committed(WorkshopId workshop, String proposal, String organisation) {
        deliver(workshop, new OrganisationCommitted(workshop, new ProposalId(proposal),
                new OrganisationId(organisation), new ParticipantId("someone"), AT), projection::on);
    }

    private void withdrawn(WorkshopId workshop, String proposal, String organisation) {
        deliver(workshop, new CommitmentWithdrawn(workshop, new ProposalId(proposal),
                new OrganisationId(organisation), new ParticipantId("someone"), AT), projection::on);
    }

    private void formed(WorkshopId workshop, String proposal, String partnershipId, String... organisations) {
        deliver(workshop, new PartnershipFormed(workshop, new PartnershipId(partnershipId),
                new ProposalId(proposal), organisations(organisations), AT), projection::on);
    }

    /** Delivers the workshop's next event at its sequence number, as the processor would, and keeps it for redelivery. */
    private <E> void deliver(WorkshopId workshop, E event, BiConsumer<E, Long> handler) {
        long sequence = sequences.merge(workshop, 1L, Long::sum) - 1;
        Runnable delivery = () -> handler.accept(event, sequence);
        delivered.add(delivery);
        messages.add(new GenericDomainEventMessage<>("Workshop", workshop.value(), sequence, event));
        delivery.run();
    }

    private static List<OrganisationId> organisations(String... ids) {
        return Arrays.stream(ids).map(OrganisationId::new).toList();
    }

    private List<PartnershipView> partnerships(WorkshopId workshop) {
        return projection.handle(new FindPartnerships(workshop));
    }

    private PartnershipView partnershipById(WorkshopId workshop, String partnershipId) {
        return partnerships(workshop).stream().filter(view -> view.partnershipId().equals(partnershipId)).findFirst()
                .orElseThrow();
    }

    private List<Document> everything() {
        return everything(mongo);
    }

    private static List<Document> everything(MongoTemplate mongo) {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of("partnerships", "partnership_links", "partnership_commitments",
                "partnership_workshops")) {
            mongo.getCollection(collection).find().into(new ArrayList<>()).stream()
                    .sorted(Comparator.comparing(document -> document.get("_id").toString()))
                    .forEach(all::add);
        }
        return all;
    }
}
