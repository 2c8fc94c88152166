package org.atelier.query.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.atelier.query.InMemoryMongo;
import org.atelier.query.ProcessorBatch;
import org.atelier.query.StoppingStore;
import org.atelier.query.network.NetworkView.Edge;
import org.atelier.query.network.NetworkView.Node;
import org.atelier.query.network.NetworkView.WorkshopLinks;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.network.FindNetwork;
import org.atelier.shared.network.NetworkScope;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The network's link facts and the figures aggregated from them, on small graphs whose
 * components and density are counted by hand.
 */
class NetworkProjectionTest {

    private static final Instant START = Instant.parse("2026-09-24T12:00:00Z");
    private static final String A = "org-a";
    private static final String B = "org-b";
    private static final String C = "org-c";
    private static final String D = "org-d";
    private static final String E = "org-e";
    private static final String F = "org-f";

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final List<EventMessage<?>> delivered = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private MongoTemplate mongo;
    private NetworkProjection projection;
    private AnnotationEventHandlerAdapter handlers;
    private NetworkQueries queries;
    private Instant clock = START;

    @BeforeEach
    void freshReadModel() {
        mongo = MONGO.freshDatabase();
        projection = new NetworkProjection(mongo);
        handlers = new AnnotationEventHandlerAdapter(projection);
        queries = new NetworkQueries(new NetworkFacts(mongo));
        for (String organisation : List.of(A, B, C, D, E, F)) {
            deliver(new OrganisationRegistered(new OrganisationId(organisation), "Name of " + organisation,
                    "Saint-Étienne", true, true, clock));
        }
    }

    @Test
    void participantsOfTwoOrganisationsInOneWorkshopMeetOnceWhateverHowManyCame() {
        WorkshopId first = scheduled("first", "PROCESS", "digital");
        joined(first, A, "ana");
        joined(first, B, "ben");
        joined(first, A, "annie");

        NetworkView network = network(NetworkScope.everything(), null);

        assertThat(edges(network)).containsExactly(tuple(A, B, Map.of("MET", 1)));
        assertThat(network.nodes()).extracting(Node::organisationId, Node::name, Node::degree, Node::workshops)
                .containsExactly(tuple(A, "Name of org-a", 1, 1), tuple(B, "Name of org-b", 1, 1));
    }

    @Test
    void aModeratedIdeaBuildsOnAnotherOnlyOnceApproved() {
        WorkshopId workshop = scheduled("moderated", "PROCESS", "digital");
        joined(workshop, A, "ana");
        joined(workshop, B, "ben");
        posted(workshop, "a-idea", A, "ana");
        deliver(new IdeaSubmitted(workshop, new IdeaId("b-idea"), new ParticipantId("ben"), new OrganisationId(B),
                Phase.CRITIQUE, "Inspired", List.of(new IdeaId("a-idea")), clock));
        deliver(new IdeaSubmitted(workshop, new IdeaId("b-refused"), new ParticipantId("ben"), new OrganisationId(B),
                Phase.CRITIQUE, "Refused", List.of(new IdeaId("a-idea")), clock));
        deliver(new IdeaRejected(workshop, new IdeaId("b-refused"), "Off topic", clock));

        assertThat(edges(network(NetworkScope.everything(), null))).containsExactly(tuple(A, B, Map.of("MET", 1)));

        deliver(new IdeaApproved(workshop, new IdeaId("b-idea"), new ParticipantId("ben"), new OrganisationId(B),
                Phase.CRITIQUE, "Inspired", List.of(new IdeaId("a-idea")), clock));

        assertThat(edges(network(NetworkScope.everything(), null)))
                .containsExactly(tuple(A, B, Map.of("MET", 1, "BUILT_ON", 1)));
    }

    @Test
    void everyKindOfLinkIsCountedWithItsWeight() {
        aWorkshopWhereThreeOrganisationsWork();

        NetworkView network = network(NetworkScope.everything(), null);

        assertThat(edges(network)).containsExactly(
                tuple(A, B, Map.of("MET", 1, "BUILT_ON", 1, "CO_COMMITTED", 1, "PARTNERSHIP", 1)),
                tuple(A, C, Map.of("MET", 1, "BUILT_ON", 1)),
                tuple(B, C, Map.of("MET", 1)));
        assertThat(network.edges()).extracting(Edge::weight).containsExactly(4, 2, 1);
        assertThat(network.edges().get(0).kinds()).containsExactly("MET", "BUILT_ON", "CO_COMMITTED", "PARTNERSHIP");
    }

    @Test
    void componentsAndDensityOfAProgrammeAreThoseCountedByHand() {
        aWorkshopWhereThreeOrganisationsWork();
        WorkshopId culture = scheduled("culture", "PROCESS", "culture");
        joined(culture, D, "dora");
        joined(culture, E, "emil");

        NetworkView network = network(new NetworkScope("PROCESS", null, null), null);

        // A-B, A-C, B-C and D-E among A, B, C, D, E: two components, 2 * 4 / (5 * 4).
        assertThat(network.nodes()).hasSize(5);
        assertThat(network.links()).isEqualTo(4);
        assertThat(network.components()).isEqualTo(2);
        assertThat(network.largestComponent()).isEqualTo(3);
        assertThat(network.density()).isEqualTo(0.4);
        assertThat(network.registeredOutside()).isEqualTo(1);
        assertThat(network.nodes()).filteredOn(node -> node.organisationId().equals(D))
                .extracting(Node::component).containsExactly(1);
    }

    @Test
    void aLaterWorkshopJoinsTheNetworksIntoOneAndItsNewLinksAreTheFirstOfTheirPairs() {
        aWorkshopWhereThreeOrganisationsWork();
        WorkshopId culture = scheduled("culture", "PROCESS", "culture");
        joined(culture, D, "dora");
        joined(culture, E, "emil");
        WorkshopId seniors = scheduled("seniors", "PROCESS", "seniors");
        joined(seniors, A, "ana");
        joined(seniors, C, "carl");
        joined(seniors, D, "dora");

        NetworkView network = network(new NetworkScope("PROCESS", null, null), null);

        // A-C again; A-D and C-D are new: 6 links among 5 organisations, one component.
        assertThat(network.components()).isEqualTo(1);
        assertThat(network.density()).isEqualTo(2.0 * 6 / (5 * 4));
        assertThat(network.newLinks()).extracting(WorkshopLinks::workshopId, WorkshopLinks::links,
                        WorkshopLinks::newLinks)
                .containsExactly(tuple("three", 3, 3), tuple("culture", 1, 1), tuple("seniors", 3, 2));
        assertThat(network.newLinks().get(2).pairs()).containsExactly(List.of(A, D), List.of(C, D));
        assertThat(network.edges()).filteredOn(edge -> edge.source().equals(A) && edge.target().equals(C))
                .extracting(Edge::weight).containsExactly(3);
    }

    @Test
    void atAMomentOnlyTheLinksMadeUpToThenCount() {
        aWorkshopWhereThreeOrganisationsWork();
        Instant beforeCulture = clock.minusSeconds(1);
        WorkshopId culture = scheduled("culture", "PROCESS", "culture");
        joined(culture, D, "dora");
        joined(culture, E, "emil");
        Instant beforeSeniors = clock.minusSeconds(1);
        WorkshopId seniors = scheduled("seniors", "PROCESS", "seniors");
        joined(seniors, A, "ana");
        joined(seniors, D, "dora");

        NetworkView then = network(new NetworkScope("PROCESS", null, null), beforeSeniors);
        NetworkView earlier = network(new NetworkScope("PROCESS", null, null), beforeCulture);

        assertThat(then.at()).isEqualTo(beforeSeniors);
        assertThat(then.components()).isEqualTo(2);
        assertThat(then.nodes()).hasSize(5);
        assertThat(then.newLinks()).extracting(WorkshopLinks::workshopId).containsExactly("three", "culture");
        assertThat(earlier.nodes()).extracting(Node::organisationId).containsExactly(A, B, C);
        assertThat(earlier.components()).isEqualTo(1);
        assertThat(network(new NetworkScope("PROCESS", null, null), null).components()).isEqualTo(1);
    }

    @Test
    void aWorkshopsNetworkHoldsWhatHappenedThereAndItsNewLinksAgainstTheProgramme() {
        aWorkshopWhereThreeOrganisationsWork();
        WorkshopId seniors = scheduled("seniors", "PROCESS", "seniors");
        joined(seniors, A, "ana");
        joined(seniors, B, "ben");
        joined(seniors, D, "dora");

        NetworkView network = network(new NetworkScope("PROCESS", seniors, null), null);

        assertThat(network.nodes()).extracting(Node::organisationId).containsExactly(A, B, D);
        assertThat(network.edges()).extracting(Edge::weight).containsOnly(1);
        assertThat(network.newLinks()).extracting(WorkshopLinks::newLinks).containsExactly(2);
    }

    @Test
    void aThemeOrAnotherProgrammeIsAScopeOfItsOwn() {
        aWorkshopWhereThreeOrganisationsWork();
        WorkshopId elsewhere = scheduled("elsewhere", "Another programme", "digital");
        joined(elsewhere, D, "dora");
        joined(elsewhere, E, "emil");
        WorkshopId culture = scheduled("culture", "PROCESS", "Culture ");
        joined(culture, E, "emil");
        joined(culture, F, "fred");

        assertThat(network(new NetworkScope("PROCESS", null, "DIGITAL"), null).nodes())
                .extracting(Node::organisationId).containsExactly(A, B, C);
        assertThat(network(new NetworkScope("PROCESS", null, "culture"), null).newLinks())
                .extracting(WorkshopLinks::newLinks).containsExactly(1);
        assertThat(edges(network(new NetworkScope("Another programme", null, null), null)))
                .containsExactly(tuple(D, E, Map.of("MET", 1)));
        assertThat(network(NetworkScope.everything(), null).components()).isEqualTo(2);
    }

    @Test
    void workshopsWithoutProgrammeFormOneProgramme() {
        WorkshopId first = scheduled("first", null, "digital");
        joined(first, A, "ana");
        joined(first, B, "ben");

        assertThat(network(new NetworkScope(NetworkScope.NO_PROGRAMME, null, null), null).links()).isEqualTo(1);
        assertThat(network(new NetworkScope("PROCESS", null, null), null).nodes()).isEmpty();
    }

    @Test
    void aProposalBuildsOnTheIdeasNowInItsClustersNotOnThoseMovedOut() {
        aProposalOnClustersReshaped();

        assertThat(builtOn()).containsExactly(List.of(A, B), List.of(A, D));
    }

    @Test
    void aDissolvedClusterGivesNothingToBuildOnAndAnAmendmentAddsWhatItNames() {
        WorkshopId workshop = scheduled("w", "PROCESS", "digital");
        joined(workshop, A, "ana");
        joined(workshop, B, "ben");
        joined(workshop, C, "carl");
        posted(workshop, "b-idea", B, "ben");
        posted(workshop, "c-idea", C, "carl");
        clustered(workshop, "b-idea", "gone");
        deliver(new ClusterDissolved(workshop, new ClusterId("gone"), clock));
        proposed(workshop, "p", A, List.of(), List.of("gone"));
        assertThat(builtOn()).isEmpty();

        deliver(new ProposalAmended(workshop, new ProposalId("p"), "Title", "", List.of(new IdeaId("c-idea")),
                List.of(), new OrganisationId(A), Conditions.NONE, null, clock));

        assertThat(builtOn()).containsExactly(List.of(A, C));
    }

    @Test
    void aReplayInMemoryWritesTheDocumentsTheLiveProjectionKept() {
        aWorkshopWhereThreeOrganisationsWork();
        aProposalOnClustersReshaped();
        WorkshopId seniors = scheduled("seniors", "PROCESS", "seniors");
        joined(seniors, A, "ana");
        joined(seniors, D, "dora");
        deliver(new PartnershipExtended(new WorkshopId("three"), new PartnershipId("p-1"), new ProposalId("bikes"),
                new OrganisationId(C), organisations(A, B, C), clock));
        deliver(new WorkshopClosed(new WorkshopId("w"), clock));
        MongoTemplate rebuilt = MONGO.freshDatabase();
        NetworkReplay replay = new NetworkProjection(rebuilt).replayInto(rebuilt);

        delivered.forEach(replay::apply);
        replay.finish();

        assertThat(everything(rebuilt)).isEqualTo(everything());
    }

    /**
     * A processor's batches: the batch's workshops' documents read at once before its first event,
     * its changes written after its last; the documents end as one event at a time leaves them,
     * whatever the batches' size (a batch may end anywhere in a workshop, or hold two).
     */
    @Test
    void batchesReadingTheirWorkshopsAtOnceWriteWhatEventsOneByOneWrite() {
        aWorkshopWhereThreeOrganisationsWork();
        aProposalOnClustersReshaped();
        WorkshopId seniors = scheduled("seniors", "PROCESS", "seniors");
        joined(seniors, A, "ana");
        joined(seniors, D, "dora");
        posted(seniors, "s-idea", A, "ana");
        deliver(new ClusterCreated(seniors, new ClusterId("s-cluster"), Phase.CRITIQUE, "Issues", clock));
        clustered(seniors, "s-idea", "s-cluster");
        for (int i = 0; i < NetworkProjection.READ_AHEAD_FROM; i++) {
            posted(seniors, "s-idea-" + i, i % 2 == 0 ? A : D, i % 2 == 0 ? "ana" : "dora");
            clustered(seniors, "s-idea-" + i, i % 3 == 0 ? "s-cluster" : null);
        }
        deliver(new WorkshopClosed(new WorkshopId("w"), clock));

        for (int size : List.of(1, 7, NetworkProjection.READ_AHEAD_FROM, NetworkProjection.READ_AHEAD_FROM + 33,
                delivered.size())) {
            MongoTemplate batched = MONGO.freshDatabase();
            NetworkProjection inBatches = new NetworkProjection(batched);
            for (int from = 0; from < delivered.size(); from += size) {
                ProcessorBatch.handle(inBatches, delivered.subList(from, Math.min(delivered.size(), from + size)));
            }

            assertThat(everything(batched)).as("batches of %d", size).isEqualTo(everything());
        }
    }

    @Test
    void heldForTheWriterTheChangesOfSeveralBatchesAreWrittenTogetherThenTheTokenThatWaitedForThem() {
        aWorkshopWhereThreeOrganisationsWork();
        MongoTemplate heldBack = MONGO.freshDatabase();
        NetworkProjection held = new NetworkProjection(heldBack);
        List<String> tokensStored = new ArrayList<>();
        NetworkWriting writing = new NetworkWriting(held, tokensRecorded(tokensStored, heldBack), Duration.ofSeconds(1));
        int half = delivered.size() / 2;

        ProcessorBatch.handle(held, delivered.subList(0, half));
        writing.tokens().storeToken(new GlobalSequenceTrackingToken(half), NetworkProjection.PROCESSING_GROUP, 0);
        ProcessorBatch.handle(held, delivered.subList(half, delivered.size()));
        writing.tokens().storeToken(new GlobalSequenceTrackingToken(delivered.size()),
                NetworkProjection.PROCESSING_GROUP, 0);

        assertThat(everything(heldBack)).as("held in memory").isEmpty();
        assertThat(tokensStored).as("the tokens wait").isEmpty();

        writing.write();

        assertThat(everything(heldBack)).isEqualTo(everything());
        assertThat(tokensStored).containsExactly(delivered.size() + " after " + everything().size() + " documents");
    }

    @Test
    void theTokenOfChangesThatAFailedBatchForgotIsNeverStored() {
        aWorkshopWhereThreeOrganisationsWork();
        MongoTemplate heldBack = MONGO.freshDatabase();
        NetworkProjection held = new NetworkProjection(heldBack);
        List<String> tokensStored = new ArrayList<>();
        NetworkWriting writing = new NetworkWriting(held, tokensRecorded(tokensStored, heldBack), Duration.ofSeconds(1));
        ProcessorBatch.handle(held, delivered);
        writing.tokens().storeToken(new GlobalSequenceTrackingToken(delivered.size()),
                NetworkProjection.PROCESSING_GROUP, 0);

        held.discardPending();
        writing.write();

        assertThat(tokensStored).as("its events are folded again from the stored token").isEmpty();
        assertThat(everything(heldBack)).isEmpty();
    }

    private InMemoryTokenStore tokensRecorded(List<String> stored, MongoTemplate database) {
        return new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                stored.add(token.position().orElseThrow() + " after " + everything(database).size() + " documents");
            }
        };
    }

    @Test
    void theProjectionHandlesTheEventsTheFoldReads() {
        Set<Class<?>> handled = Arrays.stream(NetworkProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());

        assertThat(handled).isEqualTo(NetworkFold.HANDLED);
    }

    @Test
    void aClosedWorkshopKeepsItsLinksButNotWhatFoundThem() {
        aWorkshopWhereThreeOrganisationsWork();
        List<Document> links = mongo.getCollection("network_workshop_links").find().into(new ArrayList<>());

        deliver(new WorkshopClosed(new WorkshopId("three"), clock));

        assertThat(mongo.getCollection("network_ideas").countDocuments()).isZero();
        assertThat(mongo.getCollection("network_workshop_links").find().into(new ArrayList<>())).isEqualTo(links);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        aWorkshopWhereThreeOrganisationsWork();
        WorkshopId seniors = scheduled("seniors", "PROCESS", "seniors");
        joined(seniors, A, "ana");
        joined(seniors, D, "dora");
        List<Document> once = everything();

        List.copyOf(delivered).forEach(this::handle);

        assertThat(everything()).isEqualTo(once);
    }

    /**
     * After a crash the token can be behind the documents: the events after it come again, on
     * lookups that later events have changed already (here an idea put in the cluster after the
     * proposal named it).
     */
    @Test
    void aSuffixDeliveredAgainOnLaterLookupsChangesNothing() {
        WorkshopId workshop = scheduled("w", "PROCESS", "digital");
        joined(workshop, A, "ana");
        joined(workshop, B, "ben");
        posted(workshop, "a-idea", A, "ana");
        posted(workshop, "b-idea", B, "ben");
        deliver(new ClusterCreated(workshop, new ClusterId("issues"), Phase.CRITIQUE, "Issues", clock));
        clustered(workshop, "a-idea", "issues");
        int suffix = delivered.size();
        proposed(workshop, "p", A, List.of(), List.of("issues"));
        clustered(workshop, "b-idea", "issues");
        List<Document> once = everything();

        delivered.subList(suffix, delivered.size()).forEach(this::handle);

        assertThat(everything()).isEqualTo(once);
        assertThat(builtOn()).isEmpty();
    }

    /**
     * An idea's document written and its workshop's position not (no write leaves it so since writes
     * are journaled; a kill between two bulks of a write of an earlier version could): the events
     * after that position come again, the idea's posting among them, and end with the same documents.
     */
    @Test
    void anIdeaPostedAgainAfterItsDocumentWasWrittenButNotItsWorkshopsPositionEndsAsItWas() {
        WorkshopId workshop = scheduled("w", "PROCESS", "digital");
        joined(workshop, A, "ana");
        joined(workshop, B, "ben");
        long before = sequences.get(workshop.value());
        int suffix = delivered.size();
        deliver(new ClusterCreated(workshop, new ClusterId("issues"), Phase.CRITIQUE, "Issues", clock));
        posted(workshop, "a-idea", A, "ana");
        clustered(workshop, "a-idea", "issues");
        posted(workshop, "b-idea", B, "ben");
        List<Document> once = everything();
        assertThat(once).anySatisfy(document -> assertThat(document).containsEntry("clusterId", "issues"));

        mongo.getCollection(mongo.getCollectionName(NetworkWorkshop.class))
                .updateOne(Filters.eq("_id", workshop.value()), Updates.set("applied", before));
        delivered.subList(suffix, delivered.size()).forEach(this::handle);

        assertThat(everything()).isEqualTo(once);
    }

    /**
     * A kill between two collections of one write: the proposals' documents say both organisations
     * committed, the link between them is not written, nor the workshop's position. The events after
     * the token come again; made again on that half-made state, the first commitment would link the
     * two organisations at its own time instead of the second's.
     */
    @Test
    void aWriteStoppedBetweenTwoCollectionsIsMadeWholeBeforeTheEventsAfterTheTokenComeAgain() {
        WorkshopId workshop = scheduled("w", "PROCESS", "digital");
        joined(workshop, A, "ana");
        joined(workshop, B, "ben");
        int token = delivered.size();
        proposed(workshop, "bikes", A, List.of(), List.of());
        committed(workshop, "bikes", A);
        committed(workshop, "bikes", B);
        StoppingStore killed = new StoppingStore(MONGO.freshDatabase());
        ProcessorBatch.handle(new NetworkProjection(killed), delivered.subList(0, token));

        killed.stopsAtTheNextWriteOf(killed.getCollectionName(LinksMadeIn.class));
        assertThatThrownBy(() -> ProcessorBatch.handle(new NetworkProjection(killed), delivered.subList(token, delivered.size())))
                .hasMessageContaining("Stopped");
        NetworkProjection restarted = new NetworkProjection(killed);
        ProcessorBatch.handle(restarted, delivered.subList(token, delivered.size()));

        assertThat(everything(killed)).isEqualTo(everything());
    }

    @Test
    void resetDropsEveryCollection() {
        aWorkshopWhereThreeOrganisationsWork();

        projection.reset();

        assertThat(everything()).isEmpty();
    }

    /**
     * A, B and C meet; B's idea is inspired by A's; C proposes a project derived from A's idea; A and B
     * commit to A's other project and form a partnership.
     */
    private void aWorkshopWhereThreeOrganisationsWork() {
        WorkshopId workshop = scheduled("three", "PROCESS", "digital");
        joined(workshop, A, "ana");
        joined(workshop, B, "ben");
        joined(workshop, C, "carl");
        posted(workshop, "a-idea", A, "ana");
        deliver(new IdeaPosted(workshop, new IdeaId("b-idea"), new ParticipantId("ben"), new OrganisationId(B),
                Phase.UTOPIA, "Inspired", List.of(new IdeaId("a-idea")), clock));
        proposed(workshop, "kitchen", C, List.of("a-idea"), List.of());
        proposed(workshop, "bikes", A, List.of(), List.of());
        committed(workshop, "bikes", A);
        committed(workshop, "bikes", B);
        deliver(new PartnershipFormed(workshop, new PartnershipId("p-1"), new ProposalId("bikes"),
                organisations(A, B), clock));
    }

    /**
     * In CRITIQUE, B's and C's ideas go into "issues", C's leaves it, D's cluster is merged into it;
     * A proposes a project derived from "issues".
     */
    private void aProposalOnClustersReshaped() {
        WorkshopId workshop = scheduled("w", "PROCESS", "digital");
        joined(workshop, A, "ana");
        joined(workshop, B, "ben");
        joined(workshop, C, "carl");
        joined(workshop, D, "dora");
        posted(workshop, "b-idea", B, "ben");
        posted(workshop, "c-idea", C, "carl");
        posted(workshop, "d-idea", D, "dora");
        deliver(new ClusterCreated(workshop, new ClusterId("issues"), Phase.CRITIQUE, "Issues", clock));
        clustered(workshop, "b-idea", "issues");
        clustered(workshop, "c-idea", "issues");
        clustered(workshop, "c-idea", null);
        clustered(workshop, "d-idea", "other");
        deliver(new ClustersMerged(workshop, new ClusterId("other"), new ClusterId("issues"), clock));

        proposed(workshop, "p", A, List.of(), List.of("issues"));
    }

    private WorkshopId scheduled(String id, String programme, String theme) {
        WorkshopId workshop = new WorkshopId(id);
        deliver(new WorkshopScheduled(workshop, "Title of " + id, theme, programme, List.of(), 5, 0, "CODE", clock));
        return workshop;
    }

    private void joined(WorkshopId workshop, String organisation, String participant) {
        deliver(new ParticipantJoined(workshop, new ParticipantId(participant), participant,
                new OrganisationId(organisation), clock));
    }

    private void posted(WorkshopId workshop, String idea, String organisation, String participant) {
        deliver(new IdeaPosted(workshop, new IdeaId(idea), new ParticipantId(participant),
                new OrganisationId(organisation), Phase.CRITIQUE, "Text", List.of(), clock));
    }

    private void clustered(WorkshopId workshop, String idea, String cluster) {
        deliver(new IdeaClustered(workshop, new IdeaId(idea), cluster == null ? null : new ClusterId(cluster), clock));
    }

    private void proposed(WorkshopId workshop, String proposal, String organisation, List<String> ideas,
                          List<String> clusters) {
        deliver(new ProjectProposed(workshop, new ProposalId(proposal), "Title", "",
                ideas.stream().map(IdeaId::new).toList(), clusters.stream().map(ClusterId::new).toList(),
                new OrganisationId(organisation), Conditions.NONE, new ParticipantId("someone"),
                new OrganisationId(organisation), Phase.REALIZATION, clock));
    }

    private void committed(WorkshopId workshop, String proposal, String organisation) {
        deliver(new OrganisationCommitted(workshop, new ProposalId(proposal), new OrganisationId(organisation),
                new ParticipantId("someone"), clock));
    }

    /**
     * Delivers the next event a minute after the previous one, as the processor would (a workshop's
     * events numbered in its stream), and keeps it for redelivery.
     */
    private void deliver(Object event) {
        EventMessage<?> message = workshopOf(event)
                .<EventMessage<?>>map(workshop -> new GenericDomainEventMessage<>("Workshop", workshop,
                        sequences.merge(workshop, 1L, Long::sum) - 1, event, MetaData.emptyInstance(),
                        UUID.randomUUID().toString(), clock))
                .orElseGet(() -> new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(), clock));
        delivered.add(message);
        handle(message);
        clock = clock.plusSeconds(60);
    }

    private static Optional<String> workshopOf(Object event) {
        try {
            return Optional.of(((WorkshopId) event.getClass().getMethod("workshopId").invoke(event)).value());
        } catch (ReflectiveOperationException notOfAWorkshop) {
            return Optional.empty();
        }
    }

    private void handle(EventMessage<?> message) {
        try {
            handlers.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private NetworkView network(NetworkScope scope, Instant at) {
        return queries.handle(new FindNetwork(scope, at));
    }

    private List<List<String>> builtOn() {
        return network(NetworkScope.everything(), null).edges().stream()
                .filter(edge -> edge.kinds().contains("BUILT_ON"))
                .map(edge -> List.of(edge.source(), edge.target()))
                .toList();
    }

    private static List<Tuple> edges(NetworkView network) {
        return network.edges().stream().map(edge -> tuple(edge.source(), edge.target(), edge.weights())).toList();
    }

    private static List<OrganisationId> organisations(String... ids) {
        return Arrays.stream(ids).map(OrganisationId::new).toList();
    }

    private List<Document> everything() {
        return everything(mongo);
    }

    private List<Document> everything(MongoTemplate database) {
        List<Document> all = new ArrayList<>();
        for (String collection : projection.collections()) {
            database.getCollection(collection).find().into(new ArrayList<>()).stream()
                    .sorted(Comparator.comparing(document -> document.get("_id").toString()))
                    .forEach(all::add);
        }
        return all;
    }
}
