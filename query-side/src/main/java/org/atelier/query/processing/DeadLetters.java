package org.atelier.query.processing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.atelier.shared.PublicNames;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The events the projections could not apply, per processor and workshop. They are tried again on
 * their own ({@link ProcessingWatch}), up to {@code atelier.dead-letters.automatic-retries}
 * times (a read model fixed by a new version takes them as it starts); past that they wait for the
 * organiser, who sees them and retries a workshop's sequence once the cause is fixed.
 */
@Component
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final int automaticRetries;

    DeadLetters(EventProcessingConfiguration processing,
                @Value("${atelier.dead-letters.automatic-retries:5}") int automaticRetries) {
        this.processing = processing;
        this.automaticRetries = automaticRetries;
    }

    /** One workshop's events waiting in one processor, oldest first. */
    public record Sequence(String processingGroup, String sequence, List<Letter> letters) {
    }

    /** {@code position} is the event's position in its workshop, when it belongs to one. */
    public record Letter(String eventType, Long position, String causeType, String causeMessage, Instant enqueuedAt,
                         Instant lastTouched, int retries) {
    }

    /** What a retry did: whether some letters were applied, and how many of the sequence still wait. */
    public record Retried(boolean processed, long waiting) {
    }

    public List<Sequence> all() {
        List<Sequence> sequences = new ArrayList<>();
        for (String group : processing.eventProcessors().keySet()) {
            processing.deadLetterQueue(group).ifPresent(queue -> queue.deadLetters().forEach(sequence -> {
                List<Letter> letters = new ArrayList<>();
                String id = null;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    id = id == null ? sequenceOf(letter.message()) : id;
                    letters.add(letterOf(letter));
                }
                if (id != null) {
                    sequences.add(new Sequence(group, id, letters));
                }
            }));
        }
        return sequences;
    }

    public long count() {
        return processing.eventProcessors().keySet().stream()
                .map(processing::deadLetterQueue)
                .flatMap(Optional::stream)
                .mapToLong(SequencedDeadLetterQueue::size)
                .sum();
    }

    /**
     * Applies the sequence's letters again, in order, whatever their count of tries.
     *
     * @throws UnknownSequence when that processor has no such sequence waiting
     */
    public Retried retry(String processingGroup, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processingGroup)
                .filter(candidate -> candidate.contains(sequence))
                .orElseThrow(() -> new UnknownSequence(processingGroup, sequence));
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(processingGroup).orElseThrow();
        boolean processed = processor.process(letter -> sequence.equals(sequenceOf(letter.message())));
        return new Retried(processed, queue.contains(sequence) ? queue.sequenceSize(sequence) : 0);
    }

    /** Every sequence whose first letter has been tried fewer times than the automatic retries, once. */
    void retryAutomatically() {
        for (String group : processing.eventProcessors().keySet()) {
            processing.sequencedDeadLetterProcessor(group).ifPresent(processor -> {
                Predicate<DeadLetter<? extends EventMessage<?>>> stillAutomatic =
                        letter -> DeadLetterPolicy.retriesOf(letter) < automaticRetries;
                int sequences = 0;
                while (sequences++ < 100 && processor.process(stillAutomatic)) {
                    LOG.info("A workshop's events parked by the processor {} were applied on a retry", group);
                }
            });
        }
    }

    /** The sequence a dead letter belongs to: its workshop for a workshop's event, else the event itself. */
    static String sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : message.getIdentifier();
    }

    private static Letter letterOf(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Long position = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() + 1 : null;
        return new Letter(PublicNames.of(message.getPayloadType()), position,
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), Math.max(0, DeadLetterPolicy.retriesOf(letter)));
    }

    /** No such sequence waits in that processor. */
    public static class UnknownSequence extends RuntimeException {
        UnknownSequence(String processingGroup, String sequence) {
            super("No events of " + sequence + " wait in " + processingGroup + ".", null, false, false);
        }
    }
}
