package org.atelier.query.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;

import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One workshop's stream as the event store holds it: each call records the next event, with
 * sequence numbers from 0 and one minute between events.
 */
final class WorkshopStream {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final WorkshopId workshopId;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    WorkshopStream(String workshopId) {
        this.workshopId = new WorkshopId(workshopId);
    }

    /** A board history over an empty event store: for projections whose tests never leave a board behind. */
    static BoardHistory noHistory(MongoTemplate mongo) {
        return new BoardHistory(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build(),
                mongo.getConverter());
    }

    /** The board projection as the application wires it, its boards written at once outside a processor's batch. */
    static BoardProjection projection(MongoTemplate mongo, QueryUpdateEmitter emitter, BoardHistory history,
                                      OpenBoards boards) {
        return new BoardProjection(mongo, emitter, history, boards,
                new BoardWriting(boards, mongo, new InMemoryTokenStore(), Duration.ofMillis(50)),
                new BoardProgress(new Boards(boards, mongo)));
    }

    WorkshopId id() {
        return workshopId;
    }

    List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    /** When the event at this position (sequence number + 1) was recorded. */
    static Instant timeOfPosition(long position) {
        return START.plusSeconds(60 * (position - 1));
    }

    static DomainEventMessage<?> message(String aggregateType, String aggregateId, long sequenceNumber,
                                         Object payload) {
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequenceNumber, payload,
                MetaData.emptyInstance(), UUID.randomUUID().toString(), timeOfPosition(sequenceNumber + 1));
    }

    DomainEventMessage<?> scheduled() {
        return append(new WorkshopScheduled(workshopId, "Getting around the valley", "Mobility",
                "Territoire 2026",
                List.of(new Session(Phase.CRITIQUE, START.plusSeconds(3600), START.plusSeconds(4 * 3600))),
                5, 0, "JOIN-42", now()));
    }

    DomainEventMessage<?> participantJoined(String participantId, String displayName, String organisationId) {
        return append(new ParticipantJoined(workshopId, new ParticipantId(participantId), displayName,
                new OrganisationId(organisationId), now()));
    }

    DomainEventMessage<?> participantRemoved(String participantId, String organisationId) {
        return append(new ParticipantRemoved(workshopId, new ParticipantId(participantId),
                new OrganisationId(organisationId), "facilitator", "", now()));
    }

    DomainEventMessage<?> phaseAdvanced(Phase from, Phase to, Step step) {
        return append(new PhaseAdvanced(workshopId, from, to, step, now()));
    }

    DomainEventMessage<?> stepAdvanced(Phase phase, Step from, Step to) {
        return append(new StepAdvanced(workshopId, phase, from, to, now()));
    }

    DomainEventMessage<?> ideaPosted(String ideaId, String author, String organisationId, Phase phase, String text,
                                     String... inspiredBy) {
        return append(new IdeaPosted(workshopId, new IdeaId(ideaId), new ParticipantId(author),
                new OrganisationId(organisationId), phase, text,
                Arrays.stream(inspiredBy).map(IdeaId::new).toList(), now()));
    }

    DomainEventMessage<?> ideaEdited(String ideaId, String text) {
        return append(new IdeaEdited(workshopId, new IdeaId(ideaId), text, now()));
    }

    DomainEventMessage<?> ideaWithdrawn(String ideaId) {
        return append(new IdeaWithdrawn(workshopId, new IdeaId(ideaId), now()));
    }

    DomainEventMessage<?> ideaHidden(String ideaId, String reason) {
        return append(new IdeaHidden(workshopId, new IdeaId(ideaId), reason, now()));
    }

    DomainEventMessage<?> clusterCreated(String clusterId, Phase phase, String title) {
        return append(new ClusterCreated(workshopId, new ClusterId(clusterId), phase, title, now()));
    }

    DomainEventMessage<?> ideaClustered(String ideaId, String clusterId) {
        return append(new IdeaClustered(workshopId, new IdeaId(ideaId), clusterId == null ? null : new ClusterId(clusterId),
                now()));
    }

    DomainEventMessage<?> voteCast(String voter, String ideaId, Phase phase) {
        return append(new VoteCast(workshopId, new ParticipantId(voter), new IdeaId(ideaId), phase, now()));
    }

    DomainEventMessage<?> voteRetracted(String voter, String ideaId, Phase phase) {
        return append(new VoteRetracted(workshopId, new ParticipantId(voter), new IdeaId(ideaId), phase, now()));
    }

    DomainEventMessage<?> clusterVoteCast(String voter, String clusterId, Phase phase) {
        return append(new ClusterVoteCast(workshopId, new ParticipantId(voter), new ClusterId(clusterId), phase, now()));
    }

    DomainEventMessage<?> clusterVoteRetracted(String voter, String clusterId, Phase phase) {
        return append(new ClusterVoteRetracted(workshopId, new ParticipantId(voter), new ClusterId(clusterId), phase,
                now()));
    }

    /** Any other event of this workshop, given the time it is recorded at. */
    DomainEventMessage<?> event(Function<Instant, Object> payloadAt) {
        return append(payloadAt.apply(now()));
    }

    private Instant now() {
        return timeOfPosition(events.size() + 1);
    }

    private DomainEventMessage<?> append(Object payload) {
        DomainEventMessage<?> message = message(BoardProjection.WORKSHOP_AGGREGATE, workshopId.value(), events.size(),
                payload);
        events.add(message);
        return message;
    }
}
