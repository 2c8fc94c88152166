package org.atelier.web.storage;

import java.util.List;

import org.atelier.query.processing.DeadLetters;
import org.atelier.query.processing.ProcessorErrors;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code processing}: out of service while a processor is in error
 * (which one, since when, what failed), and how many events wait as dead letters for the
 * organiser ({@code GET /api/admin/dead-letters}); those hold back one workshop each, not the
 * service.
 */
@Component("processing")
class ProcessingHealth implements HealthIndicator {

    private final ProcessorErrors errors;
    private final DeadLetters deadLetters;

    ProcessingHealth(ProcessorErrors errors, DeadLetters deadLetters) {
        this.errors = errors;
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        List<ProcessorErrors.InError> inError = errors.observe();
        Health.Builder health = inError.isEmpty() ? Health.up() : Health.outOfService();
        return health.withDetail("inError", inError).withDetail("deadLetters", deadLetters.count()).build();
    }
}
