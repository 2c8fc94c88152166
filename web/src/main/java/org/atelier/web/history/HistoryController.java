package org.atelier.web.history;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.query.history.HistoryFilter;
import org.atelier.query.history.HistoryPage;
import org.atelier.query.history.WorkshopHistory;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.AuditsWorkshop;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** A workshop's history, read from the event store, for its facilitator, its evaluators and the organiser. */
@RestController
class HistoryController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final String EVENT_NAME = "[A-Z][A-Za-z0-9]{0,99}";

    private final WorkshopHistory history;

    HistoryController(WorkshopHistory history) {
        this.history = history;
    }

    @Operation(summary = "Every event of the workshop, oldest first, paged",
            description = "Each event has position, at, type, actor, organisationId (of the participant who did it), "
                    + "phase and step (the room's, once it happened), payload, and hash and previousHash (the "
                    + "integrity chain). Where the event's phase was anonymous the person is left out (actor "
                    + "`participant`, no author, voter or participant ids) and the organisation kept. `next` is the "
                    + "`after` of the next page, null at the end. Facilitator, evaluators, organiser.")
    @AuditsWorkshop
    @GetMapping("/api/workshops/{workshopId}/history")
    HistoryPage history(Caller caller, @PathVariable WorkshopId workshopId,
                        @Parameter(description = "Only events after this position (default 0: from the first)")
                        @RequestParam(required = false) Long after,
                        @Parameter(description = "At most this many events, 1 to 1000 (default 100)")
                        @RequestParam(required = false) Integer limit,
                        @Parameter(description = "Only these event names, comma-separated (IdeaPosted,VoteCast)")
                        @RequestParam(required = false) String type,
                        @Parameter(description = "Only what participants of this organisation did, and the "
                                + "partnerships it is part of")
                        @RequestParam(required = false) String organisationId,
                        @Parameter(description = "Only events that happened in these phases, comma-separated")
                        @RequestParam(required = false) String phase) {
        if (after != null && after < 0) {
            throw ApiException.invalid("after", "after is a position: 0 or more.");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ApiException.invalid("limit", "limit is from 1 to " + MAX_LIMIT + " events per page.");
        }
        HistoryFilter filter = new HistoryFilter(types(type), blankToNull(organisationId), phases(phase));
        try {
            return history.page(workshopId, after == null ? 0 : after, limit == null ? DEFAULT_LIMIT : limit, filter);
        } catch (WorkshopHistory.UnknownWorkshop unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
    }

    private static Set<String> types(String types) {
        Set<String> names = commaSeparated(types);
        names.stream().filter(name -> !name.matches(EVENT_NAME)).findFirst().ifPresent(name -> {
            throw ApiException.invalid("type", "type is a comma-separated list of event names such as "
                    + "IdeaPosted,VoteCast; \"" + name + "\" is not one.");
        });
        return names;
    }

    private static Set<String> phases(String phases) {
        Set<String> names = commaSeparated(phases);
        Set<String> known = Arrays.stream(Phase.values()).map(Phase::name).collect(Collectors.toSet());
        names.stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw ApiException.invalid("phase", "phase is a comma-separated list of phases among "
                    + Arrays.toString(Phase.values()) + "; \"" + name + "\" is not one.");
        });
        return names;
    }

    private static Set<String> commaSeparated(String values) {
        if (values == null || values.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(values.split(",")).map(String::strip).filter(value -> !value.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
