package org.atelier.query.processing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Which processors are in error, since when and why: a processor whose store is out of reach
 * retries with back-off and applies nothing meanwhile, so nobody's screen moves; this says it
 * instead of leaving it to the logs.
 */
@Component
public class ProcessorErrors {

    private final EventProcessingConfiguration processing;
    private final Map<String, Instant> inErrorSince = new ConcurrentHashMap<>();

    ProcessorErrors(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** A processor in error: {@code since} is when it was first seen so, {@code error} the failure's type. */
    public record InError(String processor, Instant since, String error) {
    }

    /** Looks at every processor now, noting when each went into error or out of it. */
    public List<InError> observe() {
        List<InError> inError = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                return;
            }
            Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
            if (segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
                Instant since = inErrorSince.computeIfAbsent(name, failing -> Instant.now());
                inError.add(new InError(name, since, errorOf(segments)));
            } else {
                inErrorSince.remove(name);
            }
        });
        inError.sort(Comparator.comparing(InError::processor));
        return inError;
    }

    private static String errorOf(Collection<EventTrackerStatus> segments) {
        return segments.stream()
                .map(EventTrackerStatus::getError)
                .filter(Objects::nonNull)
                .findFirst()
                .map(error -> error.getClass().getSimpleName())
                .orElse(null);
    }
}
