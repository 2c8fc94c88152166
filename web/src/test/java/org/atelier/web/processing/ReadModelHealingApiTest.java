package org.atelier.web.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.atelier.query.processing.ProcessorTokens;
import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.atelier.web.dispatch.ReadModelCatchUp;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Read models that lost documents, that are ahead of their tokens, or that cannot take an event
 * heal without anyone repairing them, and what cannot heal by itself is shown to the organiser.
 * Parked events are retried by hand here (the automatic retry waits an hour), and a write whose
 * board cannot show it answers after a short read-your-writes wait.
 */
@TestPropertySource(properties = {"atelier.read-your-writes-timeout=1s", "atelier.dead-letters.retry-every=1h"})
class ReadModelHealingApiTest extends ApiTest {

    private static final String DEAD_LETTERS = "/api/admin/dead-letters";
    private static final List<String> PROCESSORS = List.of("board", "organisations", "partnerships", "network");

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private TokenStore tokens;

    /** Read without claiming: a claim taken and released here would take it from a running processor. */
    @Autowired
    private ProcessorTokens progress;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private List<RebuildableReadModel> readModels;

    /** The boards are written behind their changes: a document is tampered with once written. */
    @Autowired
    private ReadModelCatchUp catchUp;

    @Test
    void aBoardThatLostItsDocumentIsFoldedAgainAtTheWorkshopsNextChange() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        assertThat(postIdea(workshop, ana, "before", "Trop peu de bus").status()).isEqualTo(201);
        long version = board(workshop).path("version").asLong();
        boardsWritten();
        mongo.remove(query(where("_id").is(workshop.id())), "boards");

        Response posted = postIdea(workshop, ana, "after", "Pas de pistes cyclables");

        assertThat(posted.status()).isEqualTo(201);
        JsonNode board = board(workshop);
        assertThat(board.path("version").asLong()).isEqualTo(version + 1);
        assertThat(board.path("ideas").findValuesAsText("ideaId")).containsExactly("before", "after");
    }

    @Test
    void readModelsAheadOfTheirTokensTakeTheEventsAgainAndEndAsARebuildMakesThem() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "CRITIQUE");
        long before = eventStore.createHeadToken().position().orElse(0);
        await(() -> PROCESSORS.stream().allMatch(name -> progress.hasReached(name, before)), "processors at the head");
        postIdea(workshop, ana, "a-1", "Trop peu de bus");
        postIdea(workshop, ben, "b-1", "Pas de pistes cyclables");
        api.post("/api/workshops/" + workshop.id() + "/ideas", ben.token(),
                Map.of("ideaId", "b-2", "text", "Des vélos partagés", "inspiredBy", List.of("a-1")));

        movedBack(before);

        long after = eventStore.createHeadToken().position().orElse(0);
        await(() -> PROCESSORS.stream().allMatch(name -> progress.hasReached(name, after)), "processors caught up");
        assertThat(board(workshop).path("ideas").findValuesAsText("ideaId")).containsExactly("a-1", "b-1", "b-2");
        Response rebuilt = rebuilt();
        assertThat(rebuilt.body().path("identical").asBoolean()).as(rebuilt.body().toString()).isTrue();
    }

    @Test
    void anEventOneBoardCannotTakeWaitsForTheOrganiserWhileOtherWorkshopsGoOn() {
        Workshop broken = scheduleWorkshop();
        Participant ana = joinNewOrganisation(broken, "Ana");
        advanceTo(broken, "CRITIQUE");
        Workshop other = scheduleWorkshop();
        Participant ben = joinNewOrganisation(other, "Ben");
        advanceTo(other, "CRITIQUE");
        boardsWritten();
        mongo.updateFirst(query(where("_id").is(broken.id())), new Update().set("ideas", List.of(42)), "boards");
        // As after a restart: the board processor no longer holds the board, so it reads the document.
        readModel("board").documentsReplaced();

        assertThat(postIdea(broken, ana, "parked-1", "Trop peu de bus").status()).isEqualTo(201);
        assertThat(postIdea(broken, ana, "parked-2", "Pas de pistes").status()).isEqualTo(201);
        long otherVersion = board(other).path("version").asLong();
        Instant sent = Instant.now();
        assertThat(postIdea(other, ben, "going-on", "Des vélos").status()).isEqualTo(201);

        assertThat(Duration.between(sent, Instant.now())).as("answered without the read-your-writes wait")
                .isLessThan(Duration.ofMillis(900));
        assertThat(board(other).path("version").asLong()).isEqualTo(otherVersion + 1);
        JsonNode parked = sequenceOf(api.get(DEAD_LETTERS, ORGANISER).body(), broken.id());
        assertThat(parked.path("processingGroup").asText()).isEqualTo("board");
        assertThat(parked.path("letters").findValuesAsText("eventType")).containsExactly("IdeaPosted", "IdeaPosted");
        assertThat(parked.path("letters").get(0).path("causeType").asText()).isNotBlank();
        assertThat(api.get("/actuator/health", null).body().path("components").path("processing")
                .path("details").path("deadLetters").asLong()).isPositive();
        assertThat(api.get(DEAD_LETTERS, broken.facilitatorToken()).status()).isEqualTo(403);

        mongo.remove(query(where("_id").is(broken.id())), "boards");
        Response retried = api.post(DEAD_LETTERS + "/board/" + broken.id() + "/retry", ORGANISER, Map.of());

        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        assertThat(retried.body().path("processed").asBoolean()).isTrue();
        assertThat(retried.body().path("waiting").asLong()).isZero();
        assertThat(board(broken).path("ideas").findValuesAsText("ideaId")).containsExactly("parked-1", "parked-2");
        assertThat(sequenceOf(api.get(DEAD_LETTERS, ORGANISER).body(), broken.id())).isNull();
        assertThat(api.post(DEAD_LETTERS + "/board/" + broken.id() + "/retry", ORGANISER, Map.of()).status())
                .isEqualTo(404);
    }

    /**
     * Every board written so far is in its document. The catch-up gives up after this test's short
     * read-your-writes wait, and a first test in a cold context can take longer than that: the
     * document then missing, a board read from it began from nothing (seen: a version of 4 where 1
     * was expected).
     */
    private void boardsWritten() {
        long head = eventStore.createHeadToken().position().orElse(0);
        await(() -> {
            catchUp.await("board");
            return progress.hasReached("board", head);
        }, "the boards written");
    }

    private RebuildableReadModel readModel(String processingGroup) {
        return readModels.stream().filter(model -> model.processingGroup().equals(processingGroup)).findFirst()
                .orElseThrow();
    }

    private JsonNode board(Workshop workshop) {
        return api.get("/api/workshops/" + workshop.id() + "/board", workshop.facilitatorToken()).body();
    }

    private static JsonNode sequenceOf(JsonNode deadLetters, String workshopId) {
        for (JsonNode sequence : deadLetters) {
            if (sequence.path("sequence").asText().equals(workshopId)) {
                return sequence;
            }
        }
        return null;
    }

    /** Every processor's token set back to {@code position}, its documents left as they are. */
    private void movedBack(long position) {
        List<StreamingEventProcessor> processors = PROCESSORS.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow())
                .toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        for (StreamingEventProcessor processor : processors) {
            int segment = tokens.fetchSegments(processor.getName())[0];
            tokens.fetchToken(processor.getName(), segment);
            tokens.storeToken(GapAwareTrackingToken.newInstance(position, Set.of()), processor.getName(), segment);
            tokens.releaseClaim(processor.getName(), segment);
        }
        processors.forEach(StreamingEventProcessor::start);
    }

    private Response rebuilt() {
        assertThat(api.post("/api/admin/rebuild", ORGANISER, Map.of()).status()).isEqualTo(202);
        Response[] status = new Response[1];
        await(() -> !"RUNNING".equals((status[0] = api.get("/api/admin/rebuild", ORGANISER)).text("state")),
                "the rebuild ended");
        return status[0];
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
