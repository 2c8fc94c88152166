package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** Screens as real STOMP clients over real WebSockets, following a workshop while it changes. */
class LiveTest extends ApiTest {

    @Autowired
    private LiveBridge bridge;

    private Workshop workshop;
    private Participant ana;

    @BeforeEach
    void aWorkshopInCritique() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
    }

    @Test
    void everyScreenReceivesTheSameChangesInOrderAtTheBoardsPositions() throws Exception {
        try (Screen first = Screen.connect(port(), ana.token(), null);
             Screen second = Screen.connect(port(), workshop.facilitatorToken(), null)) {
            first.follow(workshop.id());
            second.follow(workshop.id());

            for (int i = 0; i < 10; i++) {
                postIdea(workshop, ana, "live-" + i, "Idée " + i);
            }
            api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                    Map.of("expectedStep", "COLLECT"));

            List<JsonNode> seenByFirst = first.take(11, 10_000);
            List<JsonNode> seenBySecond = second.take(11, 10_000);
            assertThat(seenBySecond).isEqualTo(seenByFirst);
            assertThat(first.contentTypes).hasSize(11).containsOnly("application/json");
            long version = board().path("version").asLong();
            assertThat(positions(seenByFirst)).isEqualTo(range(version - 10, version));
            JsonNode posted = seenByFirst.get(0);
            assertThat(posted.path("type").asText()).isEqualTo("IdeaPosted");
            assertThat(posted.path("workshopId").asText()).isEqualTo(workshop.id());
            assertThat(posted.path("at").asText()).isNotBlank();
            assertThat(posted.path("payload").path("ideaId").asText()).isEqualTo("live-0");
            assertThat(posted.path("payload").path("text").asText()).isEqualTo("Idée 0");
            assertThat(posted.path("payload").path("author").asText()).isEqualTo(ana.id());
            assertThat(seenByFirst.get(10).path("type").asText()).isEqualTo("StepAdvanced");
            assertThat(seenByFirst.get(10).path("payload").path("to").asText()).isEqualTo("CLUSTER");
        }
    }

    @Test
    void aScreenThatSubscribesWhileIdeasPourInMissesNothingAndAppliesNothingTwice() throws Exception {
        CompletableFuture<Void> pouring = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 40; i++) {
                postIdea(workshop, ana, "pour-" + i, "Idée " + i);
            }
        });
        Thread.sleep(300);
        try (Screen screen = Screen.connect(port(), ana.token(), null)) {
            screen.follow(workshop.id());
            JsonNode board = board();
            pouring.get(60, TimeUnit.SECONDS);
            long last = board().path("version").asLong();

            List<JsonNode> applied = new ArrayList<>();
            long version = board.path("version").asLong();
            while (version < last) {
                JsonNode message = screen.take(1, 10_000).get(0);
                if (message.path("position").asLong() > version) {
                    assertThat(message.path("position").asLong()).as("no gap").isEqualTo(version + 1);
                    applied.add(message);
                    version = message.path("position").asLong();
                }
            }
            List<String> ideas = new ArrayList<>(board.path("ideas").findValuesAsText("ideaId"));
            applied.forEach(message -> ideas.add(message.path("payload").path("ideaId").asText()));
            assertThat(ideas).doesNotHaveDuplicates().hasSize(40);
        }
    }

    @Test
    void aScreenThatComesBackCatchesUpFromTheBoardAndThenFollows() throws Exception {
        try (Screen screen = Screen.connect(port(), ana.token(), null)) {
            screen.follow(workshop.id());
            postIdea(workshop, ana, "before", "Avant la coupure");
            screen.take(1, 10_000);
        }
        postIdea(workshop, ana, "while-away-1", "Pendant la coupure");
        postIdea(workshop, ana, "while-away-2", "Toujours pendant");

        try (Screen back = Screen.connect(port(), ana.token(), null)) {
            back.follow(workshop.id());
            JsonNode board = board();
            postIdea(workshop, ana, "after", "Après le retour");

            assertThat(board.path("ideas").findValuesAsText("ideaId")).containsExactly("before", "while-away-1", "while-away-2");
            JsonNode next = back.take(1, 10_000).get(0);
            assertThat(next.path("position").asLong()).isEqualTo(board.path("version").asLong() + 1);
            assertThat(next.path("payload").path("ideaId").asText()).isEqualTo("after");
        }
    }

    @Test
    void aConnectWithoutTokenIsRefused() {
        assertThatThrownBy(() -> Screen.connect(port(), null, null).close()).isInstanceOf(Exception.class);
    }

    @Test
    void aConnectWithAForgedTokenIsRefused() {
        String forged = ana.token().substring(0, ana.token().length() - 2) + "xx";

        assertThatThrownBy(() -> Screen.connect(port(), forged, null).close()).isInstanceOf(Exception.class);
    }

    @Test
    void aHandshakeFromAForeignOriginIsRefused() {
        assertThatThrownBy(() -> Screen.connect(port(), ana.token(), "http://elsewhere.example").close())
                .isInstanceOf(Exception.class);
    }

    @Test
    void aParticipantCannotFollowAnotherWorkshop() throws Exception {
        Workshop other = scheduleWorkshop();
        try (Screen intruder = Screen.connect(port(), ana.token(), null)) {
            intruder.subscribeOnly("/topic/workshops/" + other.id());

            assertThat(intruder.errors.poll(10, TimeUnit.SECONDS)).isNotNull();
            advanceTo(other, "CRITIQUE");
            assertThat(intruder.messages.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void onlyWorkshopTopicsCanBeFollowed() throws Exception {
        try (Screen screen = Screen.connect(port(), ORGANISER, null)) {
            screen.subscribeOnly("/topic/everything");

            assertThat(screen.errors.poll(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void theOrganiserAndTheEvaluatorFollowAWorkshop() throws Exception {
        try (Screen organiser = Screen.connect(port(), ORGANISER, null);
             Screen evaluator = Screen.connect(port(), workshop.evaluatorToken(), null)) {
            organiser.follow(workshop.id());
            evaluator.follow(workshop.id());

            postIdea(workshop, ana, "watched", "Observée");

            assertThat(organiser.take(1, 10_000).get(0).path("type").asText()).isEqualTo("IdeaPosted");
            assertThat(evaluator.take(1, 10_000).get(0).path("type").asText()).isEqualTo("IdeaPosted");
        }
    }

    @Test
    void screensCannotSendToATopic() throws Exception {
        try (Screen sender = Screen.connect(port(), ana.token(), null);
             Screen listener = Screen.connect(port(), workshop.facilitatorToken(), null)) {
            listener.follow(workshop.id());

            sender.send("/topic/workshops/" + workshop.id(), "{\"type\":\"PhaseAdvanced\",\"position\":999}");

            assertThat(sender.errors.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(listener.messages.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void theLastScreenLeavingClosesTheWorkshopsSubscription() throws Exception {
        int before = bridge.openBridges();
        Screen screen = Screen.connect(port(), ana.token(), null);
        screen.follow(workshop.id());
        assertThat(bridge.openBridges()).isEqualTo(before + 1);

        screen.close();

        long deadline = System.currentTimeMillis() + 10_000;
        while (bridge.openBridges() != before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bridge.openBridges()).isEqualTo(before);
    }

    private JsonNode board() {
        return api.get("/api/workshops/" + workshop.id() + "/board", ana.token()).body();
    }

    private static List<Long> positions(List<JsonNode> messages) {
        return messages.stream().map(message -> message.path("position").asLong()).toList();
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long value = from; value <= to; value++) {
            values.add(value);
        }
        return values;
    }
}
