package org.atelier.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

class ExportCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final WorkshopHistory history = new WorkshopHistory(eventStore, JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build());
    private static final String HEAD_BEFORE_RFC_8785_NUMBERS =
            "1b2fadacb29d67e64300e2175819b78aec9cad7a2957ee43d0cda66462218c66";

    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void anExportWithAnAnonymousPhase() throws Exception {
        RecordedWorkshop workshop = new RecordedWorkshop("workshop-1").scheduled()
                .joined("ada", "org-velo")
                .configured(CRITIQUE, true)
                .advanced(PREPARATION, CRITIQUE)
                .posted("idea-1", "ada", "org-velo", CRITIQUE, "Trop peu de bus le dimanche")
                .posted("idea-2", "ada", "org-velo", CRITIQUE, "Pas de piste \"cyclable\"\nvers Firminy");
        eventStore.publish(workshop.events());
        history.read(workshop.id(), event -> lines.add(line(event)));
    }

    @AfterEach
    void stopEventStore() {
        eventStore.shutDown();
    }

    private static String line(HistoryEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ExportCheck.Result check(List<String> export) {
        ExportCheck check = new ExportCheck();
        export.forEach(check::accept);
        return check.result();
    }

    @Test
    void anUnalteredExportIsValidAndItsHeadIsTheLastHash() throws Exception {
        ExportCheck.Result result = check(lines);

        assertThat(result.valid()).isTrue();
        assertThat(result.events()).isEqualTo(6);
        assertThat(result.head()).isEqualTo(JSON.readTree(lines.get(5)).get("hash").textValue());
        assertThat(result.firstInvalidPosition()).isNull();
    }

    /**
     * The head this export had when the canonical JSON was still written by our own code, before it
     * followed RFC 8785's number rule: exports made then still verify, with the same hashes.
     */
    @Test
    void anExportHashedBeforeTheCanonicalJsonFollowedTheRfcKeepsItsHead() {
        assertThat(check(lines).head()).isEqualTo(HEAD_BEFORE_RFC_8785_NUMBERS);
    }

    @Test
    void theSameContentWrittenWithOtherSpacingAndOrderIsStillValid() throws Exception {
        List<String> rewritten = new ArrayList<>();
        for (String line : lines) {
            rewritten.add(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(line))
                    .replace("\n", " "));
        }

        assertThat(check(rewritten).valid()).isTrue();
    }

    @Test
    void anAlteredLineFailsAtItsPosition() {
        List<String> altered = new ArrayList<>(lines);
        altered.set(4, altered.get(4).replace("Trop peu", "Assez"));

        ExportCheck.Result result = check(altered);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidPosition()).isEqualTo(5);
        assertThat(result.head()).isNull();
        assertThat(result.events()).isEqualTo(6);
    }

    @Test
    void aRemovedLineFailsWhereItWas() {
        List<String> shortened = new ArrayList<>(lines);
        shortened.remove(2);

        assertThat(check(shortened).firstInvalidPosition()).isEqualTo(3);
    }

    @Test
    void anOrganisationChangedInAnAnonymousLineFails() {
        List<String> altered = new ArrayList<>(lines);
        altered.set(5, altered.get(5).replace("org-velo", "org-bus"));

        assertThat(check(altered).firstInvalidPosition()).isEqualTo(6);
    }

    @Test
    void aTruncatedExportIsAValidPrefixWithItsOwnHead() throws Exception {
        ExportCheck.Result result = check(lines.subList(0, 3));

        assertThat(result.valid()).isTrue();
        assertThat(result.head()).isEqualTo(JSON.readTree(lines.get(2)).get("hash").textValue());
    }

    @Test
    void aLineThatIsNotJsonFailsAtItsPosition() {
        List<String> broken = new ArrayList<>(lines);
        broken.set(1, "{not json");

        assertThat(check(broken).firstInvalidPosition()).isEqualTo(2);
    }

    @Test
    void anEmptyExportIsNotValid() {
        assertThat(check(List.of("", " ")).valid()).isFalse();
    }

    @Test
    void theFirstLineNamesTheWorkshop() {
        ExportCheck check = new ExportCheck();
        check.accept(lines.get(0));

        assertThat(check.workshopId()).isEqualTo("workshop-1");
    }
}
