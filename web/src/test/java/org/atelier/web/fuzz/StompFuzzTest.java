package org.atelier.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every kind of STOMP frame, generated, sent by one screen while another follows the workshop:
 * whatever the frame, at most its own session is closed, the other screen keeps receiving the
 * room's changes and the server keeps answering.
 */
class StompFuzzTest {

    private static final List<String> COMMANDS = List.of("CONNECT", "STOMP", "SUBSCRIBE", "UNSUBSCRIBE", "SEND", "ACK",
            "NACK", "BEGIN", "COMMIT", "ABORT", "DISCONNECT", "MESSAGE", "RECEIPT", "ERROR", "CONNECTED");
    private static final List<String> HEADERS = List.of("destination", "id", "receipt", "Authorization",
            "content-length", "content-type", "accept-version", "heart-beat", "host", "transaction", "ack", "login",
            "passcode", "subscription", "message-id");

    private static int port;
    private static FuzzClient api;
    private static String workshopId;
    private static String participantToken;
    private static RawStomp follower;

    record Frame(boolean connectFirst, String text) {

        @Override
        public String toString() {
            String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
            return (connectFirst ? "after CONNECT: " : "first: ") + shown.replace("\0", "^@");
        }
    }

    @BeforeContainer
    static void aWorkshopInCritiqueFollowedByOneScreen() throws Exception {
        port = FuzzedServer.port();
        api = new FuzzClient(port);
        String organisationId = api.json("POST", "/api/organisations", FuzzedServer.ORGANISER,
                Map.of("name", "Stomp " + UUID.randomUUID(), "commune", "Firminy", "ess", true)).path("organisationId").asText();
        var workshop = api.json("POST", "/api/workshops", FuzzedServer.ORGANISER, Map.of("title", "Stomp", "theme", "t"));
        workshopId = workshop.path("workshopId").asText();
        participantToken = api.json("POST", "/api/join", null, Map.of("joinCode", workshop.path("joinCode").asText(),
                "displayName", "Ana", "organisationId", organisationId)).path("token").asText();
        api.json("POST", "/api/workshops/" + workshopId + "/advance", FuzzedServer.ORGANISER,
                Map.of("expectedPhase", "PREPARATION"));
        follower = RawStomp.connected(port, workshop.path("evaluatorToken").asText());
        follower.follow(workshopId);
    }

    @AfterContainer
    static void closeTheFollower() {
        follower.close();
    }

    @Property(tries = 50)
    void anyFrameClosesAtMostItsOwnSession(@ForAll("frames") Frame frame) throws Exception {
        try (RawStomp fuzzed = frame.connectFirst() ? RawStomp.connected(port, participantToken) : RawStomp.open(port)) {
            fuzzed.send(frame.text());
            fuzzed.closed.completeOnTimeout(0, 200, TimeUnit.MILLISECONDS).join();
        }

        theFollowerStillReceivesTheRoomsChanges(frame.toString());
    }

    @Example
    void anOversizedFrameClosesThatSessionOnly() throws Exception {
        try (RawStomp fuzzed = RawStomp.connected(port, participantToken)) {
            fuzzed.send("SEND\ndestination:/topic/workshops/" + workshopId + "\n\n" + "x".repeat(70_000) + "\0");

            assertThat(fuzzed.closed.get(10, TimeUnit.SECONDS)).isNotZero();
        }
        theFollowerStillReceivesTheRoomsChanges("an oversized frame");
    }

    private static void theFollowerStillReceivesTheRoomsChanges(String after) throws Exception {
        assertThat(follower.isOpen()).as("the follower after " + after).isTrue();
        follower.frames.clear();
        String ideaId = UUID.randomUUID().toString();
        FuzzClient.Answer posted = api.send("POST", "/api/workshops/" + workshopId + "/ideas", participantToken,
                "{\"ideaId\":\"" + ideaId + "\",\"text\":\"Still live\"}");
        assertThat(posted.status()).as("posting after " + after + ": " + posted.body()).isEqualTo(201);
        long deadline = System.currentTimeMillis() + 10_000;
        for (String received = ""; !received.contains(ideaId); ) {
            String next = follower.frames.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            assertThat(next).as("the follower's next message after " + after).isNotNull();
            received = next;
        }
    }

    @Provide
    Arbitrary<Frame> frames() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(30);
        Arbitrary<String> command = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(COMMANDS)),
                Tuple.of(1, Arbitraries.of(COMMANDS).map(String::toLowerCase)), Tuple.of(1, text));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("/topic/workshops/" + workshopId, "/topic/workshops/other", "/topic/**",
                        "/app/x", "/user/queue/errors", "/queue/x", "", "Bearer " + participantToken, "Bearer forged",
                        "1.2", "0,0", "10,10", "-1", "99999999999", "0", "text/plain", "client")),
                Tuple.of(2, text),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(5000)));
        Arbitrary<String> header = Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(HEADERS)), Tuple.of(1, text)), value)
                .as((name, headerValue) -> name + ":" + headerValue);
        Arbitrary<String> body = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")), Tuple.of(3, text),
                Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1000).ofMaxLength(20_000)));
        Arbitrary<String> end = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("\0")), Tuple.of(1, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.just("\0\n\nSEND\ndestination:/topic/x\n\n\0")));
        Arbitrary<String> frame = Combinators.combine(command, header.list().ofMaxSize(6), body, end)
                .as((verb, headers, content, terminator) ->
                        verb + "\n" + String.join("\n", headers) + "\n\n" + content + terminator);
        Arbitrary<String> garbage = Arbitraries.frequencyOf(Tuple.of(1, text),
                Tuple.of(1, Arbitraries.of("\n", "\0", "\r\n\r\n", "CONNECT", "SUBSCRIBE\n\n\0")));
        return Combinators.combine(Arbitraries.of(true, true, true, false),
                        Arbitraries.frequencyOf(Tuple.of(9, frame), Tuple.of(1, garbage)))
                .as(Frame::new);
    }
}
