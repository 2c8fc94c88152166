package org.atelier.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.atelier.shared.workshop.Phase.CLOSED;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;
import static org.atelier.shared.workshop.Phase.REALIZATION;
import static org.atelier.shared.workshop.Phase.UTOPIA;
import static org.atelier.shared.workshop.Step.COLLECT;
import static org.atelier.shared.workshop.Step.VOTE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

class WorkshopHistoryTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final WorkshopHistory history = new WorkshopHistory(eventStore, JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build());
    private final RecordedWorkshop workshop = new RecordedWorkshop("workshop-1").scheduled()
            .joined("ada", "org-velo")
            .joined("bob", "org-bus");

    @AfterEach
    void stopEventStore() {
        eventStore.shutDown();
    }

    private List<HistoryEvent> everything() {
        eventStore.publish(workshop.events());
        return history.page(workshop.id(), 0, 1000, HistoryFilter.EVERYTHING).events();
    }

    @Test
    void eachEventCarriesThePhaseAndStepTheRoomWasInOnceItHappened() {
        workshop.advanced(PREPARATION, CRITIQUE).stepped(CRITIQUE, COLLECT, VOTE);

        assertThat(everything()).extracting(HistoryEvent::position, HistoryEvent::type, HistoryEvent::phase,
                        HistoryEvent::step)
                .containsExactly(
                        tuple(1L, "WorkshopScheduled", "PREPARATION", null),
                        tuple(2L, "ParticipantJoined", "PREPARATION", null),
                        tuple(3L, "ParticipantJoined", "PREPARATION", null),
                        tuple(4L, "PhaseAdvanced", "CRITIQUE", "COLLECT"),
                        tuple(5L, "StepAdvanced", "CRITIQUE", "VOTE"));
    }

    @Test
    void eachEventSaysWhoDidItWhenAndForWhichOrganisation() {
        workshop.advanced(PREPARATION, CRITIQUE).posted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses");

        HistoryEvent posted = everything().get(4);

        assertThat(posted.actor()).isEqualTo("participant:ada");
        assertThat(posted.organisationId()).isEqualTo("org-velo");
        assertThat(posted.at()).isEqualTo(RecordedWorkshop.START.plusSeconds(4 * 60).toString());
        assertThat(everything().get(0)).extracting(HistoryEvent::actor, HistoryEvent::organisationId)
                .containsExactly("organiser", null);
    }

    @Test
    void thePayloadIsTheStoredEventWithTypedIdsAsText() {
        workshop.advanced(PREPARATION, CRITIQUE).posted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses");

        HistoryEvent posted = everything().get(4);

        assertThat(posted.payload().get("ideaId").textValue()).isEqualTo("idea-1");
        assertThat(posted.payload().get("author").textValue()).isEqualTo("ada");
        assertThat(posted.payload().get("text").textValue()).isEqualTo("Too few buses");
        assertThat(posted.payload().get("at").textValue()).isEqualTo(posted.at());
    }

    @Test
    void inAnAnonymousPhaseThePersonIsLeftOutButTheOrganisationKept() {
        workshop.configured(CRITIQUE, true).advanced(PREPARATION, CRITIQUE)
                .posted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses")
                .stepped(CRITIQUE, COLLECT, VOTE)
                .voted("bob", "idea-1", CRITIQUE);

        List<HistoryEvent> events = everything();
        HistoryEvent posted = events.get(5);
        HistoryEvent voted = events.get(7);

        assertThat(posted.actor()).isEqualTo("participant");
        assertThat(posted.organisationId()).isEqualTo("org-velo");
        assertThat(posted.payload().has("author")).isFalse();
        assertThat(posted.payload().get("organisationId").textValue()).isEqualTo("org-velo");
        assertThat(voted.actor()).isEqualTo("participant");
        assertThat(voted.organisationId()).isEqualTo("org-bus");
        assertThat(voted.payload().has("voter")).isFalse();
        assertThat(voted.payload().get("ideaId").textValue()).isEqualTo("idea-1");
    }

    @Test
    void editingOrWithdrawingAnIdeaOfAnAnonymousPhaseStaysAnonymousInTheNextPhase() {
        workshop.configured(CRITIQUE, true).advanced(PREPARATION, CRITIQUE)
                .posted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses")
                .advanced(CRITIQUE, UTOPIA)
                .edited("idea-1", "ada", "Too few buses on Sundays")
                .withdrawn("idea-1", "ada");

        List<HistoryEvent> events = everything();

        assertThat(events.subList(7, 9)).extracting(HistoryEvent::type, HistoryEvent::phase, HistoryEvent::actor,
                        HistoryEvent::organisationId)
                .containsExactly(tuple("IdeaEdited", "UTOPIA", "participant", "org-velo"),
                        tuple("IdeaWithdrawn", "UTOPIA", "participant", "org-velo"));
    }

    @Test
    void committingToAProposalOfAnAnonymousRealizationLeavesThePersonOutEvenOnceClosed() {
        workshop.configured(REALIZATION, true).advanced(PREPARATION, CRITIQUE).advanced(CRITIQUE, UTOPIA)
                .advanced(UTOPIA, REALIZATION)
                .proposed("tram", "ada", "org-velo")
                .advanced(REALIZATION, CLOSED)
                .committed("tram", "bob", "org-bus");

        List<HistoryEvent> events = everything();
        HistoryEvent proposed = events.get(7);
        HistoryEvent committed = events.get(9);

        assertThat(proposed.payload().has("proposer")).isFalse();
        assertThat(proposed.payload().get("proposerOrganisationId").textValue()).isEqualTo("org-velo");
        assertThat(committed).extracting(HistoryEvent::phase, HistoryEvent::actor, HistoryEvent::organisationId)
                .containsExactly("CLOSED", "participant", "org-bus");
        assertThat(committed.payload().has("participantId")).isFalse();
        assertThat(committed.payload().get("organisationId").textValue()).isEqualTo("org-bus");
    }

    @Test
    void anonymityIsThePhasesSettingWhenTheEventHappened() {
        workshop.advanced(PREPARATION, CRITIQUE)
                .posted("idea-1", "ada", "org-velo", CRITIQUE, "Before")
                .configured(CRITIQUE, true)
                .posted("idea-2", "ada", "org-velo", CRITIQUE, "During")
                .configured(CRITIQUE, false)
                .posted("idea-3", "ada", "org-velo", CRITIQUE, "After");

        assertThat(everything()).filteredOn(event -> event.type().equals("IdeaPosted"))
                .extracting(HistoryEvent::actor)
                .containsExactly("participant:ada", "participant", "participant:ada");
    }

    @Test
    void whoJoinedIsNotAnonymous() {
        workshop.configured(CRITIQUE, true).advanced(PREPARATION, CRITIQUE).joined("cyd", "org-velo");

        HistoryEvent joined = everything().get(5);

        assertThat(joined.actor()).isEqualTo("participant:cyd");
        assertThat(joined.payload().get("participantId").textValue()).isEqualTo("cyd");
    }

    @Test
    void eachEventsHashLinksToThePreviousOne() {
        workshop.advanced(PREPARATION, CRITIQUE).posted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses");

        List<HistoryEvent> events = everything();

        assertThat(events.get(0).previousHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).previousHash()).isEqualTo(events.get(i - 1).hash());
        }
        assertThat(events).extracting(HistoryEvent::hash).doesNotHaveDuplicates()
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void theHashIsTheSameEachTimeItIsRead() {
        workshop.advanced(PREPARATION, CRITIQUE).posted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses");

        List<HistoryEvent> first = everything();

        assertThat(history.page(workshop.id(), 0, 1000, HistoryFilter.EVERYTHING).events())
                .extracting(HistoryEvent::hash)
                .containsExactlyElementsOf(first.stream().map(HistoryEvent::hash).toList());
    }

    @Test
    void pagesFollowOneAnotherWithNextUntilTheEnd() {
        workshop.advanced(PREPARATION, CRITIQUE).stepped(CRITIQUE, COLLECT, VOTE);
        eventStore.publish(workshop.events());

        HistoryPage first = history.page(workshop.id(), 0, 2, HistoryFilter.EVERYTHING);
        HistoryPage second = history.page(workshop.id(), first.next(), 2, HistoryFilter.EVERYTHING);
        HistoryPage third = history.page(workshop.id(), second.next(), 2, HistoryFilter.EVERYTHING);

        assertThat(first.events()).extracting(HistoryEvent::position).containsExactly(1L, 2L);
        assertThat(first.next()).isEqualTo(2L);
        assertThat(second.events()).extracting(HistoryEvent::position).containsExactly(3L, 4L);
        assertThat(third.events()).extracting(HistoryEvent::position).containsExactly(5L);
        assertThat(third.next()).isNull();
    }

    @Test
    void aPageThatEndsWithTheLastEventHasNoNext() {
        eventStore.publish(workshop.events());

        assertThat(history.page(workshop.id(), 0, 3, HistoryFilter.EVERYTHING).next()).isNull();
    }

    @Test
    void filtersKeepTheEventsOfTheGivenTypesOrganisationAndPhase() {
        workshop.advanced(PREPARATION, CRITIQUE)
                .posted("idea-1", "ada", "org-velo", CRITIQUE, "One")
                .posted("idea-2", "bob", "org-bus", CRITIQUE, "Two")
                .advanced(CRITIQUE, UTOPIA)
                .posted("idea-3", "ada", "org-velo", UTOPIA, "Three");
        eventStore.publish(workshop.events());

        assertThat(history.page(workshop.id(), 0, 100,
                new HistoryFilter(Set.of("IdeaPosted"), "org-velo", Set.of("CRITIQUE"))).events())
                .extracting(HistoryEvent::position).containsExactly(5L);
        assertThat(history.page(workshop.id(), 0, 100,
                new HistoryFilter(Set.of("IdeaPosted", "PhaseAdvanced"), null, Set.of())).events())
                .extracting(HistoryEvent::position).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(history.page(workshop.id(), 0, 1,
                new HistoryFilter(Set.of(), "org-velo", Set.of())).next()).isEqualTo(2L);
    }

    @Test
    void theIntegrityHeadIsTheHashOfTheEventAtThatPosition() {
        workshop.advanced(PREPARATION, CRITIQUE);
        List<HistoryEvent> events = everything();

        assertThat(history.integrity(workshop.id(), Long.MAX_VALUE))
                .isEqualTo(new WorkshopHistory.Integrity("workshop-1", 4, HashChain.ALGORITHM, events.get(3).hash()));
        assertThat(history.integrity(workshop.id(), 2).head()).isEqualTo(events.get(1).hash());
    }

    private WorkshopHistory coldHistory() {
        return new WorkshopHistory(eventStore, JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build());
    }

    /** Ideas and votes in an anonymous CRITIQUE until the stream has {@code events} events. */
    private void aLongCritique(int events) {
        workshop.configured(CRITIQUE, true).advanced(PREPARATION, CRITIQUE).posted("idea-0", "ada", "org-velo",
                CRITIQUE, "First");
        for (int i = 1; workshop.events().size() < events; i++) {
            if (i % 2 == 0) {
                workshop.posted("idea-" + i, i % 4 == 0 ? "ada" : "bob", i % 4 == 0 ? "org-velo" : "org-bus",
                        CRITIQUE, "Idea " + i);
            } else {
                workshop.voted("bob", "idea-" + (i - 1), CRITIQUE);
            }
        }
        eventStore.publish(workshop.events());
    }

    @Test
    void aPageReadFromACheckpointIsThePageReadFromTheFirstEvent() {
        aLongCritique(3 * WorkshopHistory.CHECKPOINT_EVERY);
        history.read(workshop.id(), event -> true);
        long after = 2L * WorkshopHistory.CHECKPOINT_EVERY + 10;

        HistoryPage resumed = history.page(workshop.id(), after, 50, HistoryFilter.EVERYTHING);

        assertThat(resumed).isEqualTo(coldHistory().page(workshop.id(), after, 50, HistoryFilter.EVERYTHING));
        assertThat(resumed.events().get(0).position()).isEqualTo(after + 1);
        assertThat(resumed.events()).filteredOn(event -> event.type().equals("IdeaPosted"))
                .allSatisfy(event -> assertThat(event.actor()).isEqualTo("participant"));
    }

    @Test
    void theHeadAtTheEndOfAStreamThatEndsOnACheckpointIsItsLastHash() {
        aLongCritique(2 * WorkshopHistory.CHECKPOINT_EVERY);
        List<HistoryEvent> all = history.page(workshop.id(), 0, 1000, HistoryFilter.EVERYTHING).events();

        assertThat(history.integrity(workshop.id(), Long.MAX_VALUE).head()).isEqualTo(all.get(all.size() - 1).hash());
        assertThat(history.integrity(workshop.id(), Long.MAX_VALUE).events()).isEqualTo(all.size());
        assertThat(history.page(workshop.id(), all.size(), 10, HistoryFilter.EVERYTHING).events()).isEmpty();
    }

    @Test
    void aWorkshopWithNoEventIsUnknown() {
        assertThatExceptionOfType(WorkshopHistory.UnknownWorkshop.class)
                .isThrownBy(() -> history.page(new WorkshopId("nothing"), 0, 10, HistoryFilter.EVERYTHING));
    }

    @Test
    void anotherAggregatesStreamIsNoWorkshop() {
        eventStore.publish(new GenericDomainEventMessage<>("Organisation", "org-velo", 0,
                new OrganisationRegistered(new OrganisationId("org-velo"), "Vélo", "Firminy", true, true, null),
                MetaData.emptyInstance()));

        assertThatExceptionOfType(WorkshopHistory.UnknownWorkshop.class)
                .isThrownBy(() -> history.page(new WorkshopId("org-velo"), 0, 10, HistoryFilter.EVERYTHING));
    }

    @Test
    void readingStopsAsSoonAsTheReaderHasEnough() {
        workshop.advanced(PREPARATION, CRITIQUE);
        eventStore.publish(workshop.events());
        List<Long> read = new ArrayList<>();

        history.read(workshop.id(), event -> {
            read.add(event.position());
            return event.position() < 2;
        });

        assertThat(read).containsExactly(1L, 2L);
    }

}
