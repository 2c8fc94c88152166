package org.atelier.web.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.atelier.query.history.ExportCheck;
import org.atelier.query.history.WorkshopHistory;
import org.atelier.query.history.WorkshopHistory.Integrity;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.AuditsWorkshop;
import org.atelier.web.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The hash chain of a workshop's history: its head now or at a position, and the check of an
 * exported event log against it. The chain is computed from the event store when it is read.
 */
@RestController
class IntegrityController {

    private final WorkshopHistory history;

    IntegrityController(WorkshopHistory history) {
        this.history = history;
    }

    @Operation(summary = "The head of the workshop's hash chain",
            description = "The hash of the event at position `at` (default: the last), how many events the chain "
                    + "covers there, and the algorithm (see the README). Publish it with the report; compare it "
                    + "later with this call or with the head of a verified export. Facilitator, evaluators, organiser.")
    @AuditsWorkshop
    @GetMapping("/api/workshops/{workshopId}/integrity")
    Integrity integrity(Caller caller, @PathVariable WorkshopId workshopId,
                        @Parameter(description = "A position: the head as it was once that event was recorded")
                        @RequestParam(required = false) Long at) {
        if (at != null && at < 0) {
            throw ApiException.invalid("at", "at is a position: 0 or more.");
        }
        try {
            return history.integrity(workshopId, at == null ? Long.MAX_VALUE : at);
        } catch (WorkshopHistory.UnknownWorkshop unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
    }

    /**
     * @param problem           why the chain breaks at {@code firstInvalidPosition}, null when valid
     * @param workshopId        the workshop the export's first line names
     * @param matchesEventStore whether the event store gives the same head at the export's last position
     *                          today; null when the export is not valid
     */
    record Verification(boolean valid, long events, String head, Long firstInvalidPosition, String problem,
                        String workshopId, Boolean matchesEventStore) {
    }

    @Operation(summary = "Verify an exported event log (events.ndjson)",
            description = "The body is the export as downloaded, one event per line. Valid when positions follow "
                    + "one another from 1 and every line's hash is the one its content and the previous hash give; "
                    + "otherwise firstInvalidPosition says where it breaks. Any caller of the export's workshop, "
                    + "or the organiser.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))))
    @PostMapping("/api/integrity/verify")
    Verification verify(Caller caller, HttpServletRequest request) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(request.getInputStream(),
                StandardCharsets.UTF_8));
        ExportCheck check = new ExportCheck();
        String first = lines.readLine();
        while (first != null && stripByteOrderMark(first).isBlank()) {
            first = lines.readLine();
        }
        if (first == null) {
            throw ApiException.invalid(null, "The body must be an event log as exported by "
                    + "GET /api/workshops/{workshopId}/events.ndjson: one event per line.");
        }
        check.accept(stripByteOrderMark(first));
        if (check.workshopId() == null) {
            throw ApiException.invalid(null, "The first line is not the first event of an export: its "
                    + "payload.workshopId should name the workshop.");
        }
        WorkshopId workshopId = new WorkshopId(check.workshopId());
        // The workshop is known only from the export's first line, so this rule is checked here.
        caller.mustRead(workshopId);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            check.accept(line);
        }
        ExportCheck.Result result = check.result();
        return new Verification(result.valid(), result.events(), result.head(), result.firstInvalidPosition(),
                result.problem(), workshopId.value(), result.valid() ? matchesEventStore(workshopId, result) : null);
    }

    private boolean matchesEventStore(WorkshopId workshopId, ExportCheck.Result export) {
        try {
            Integrity recorded = history.integrity(workshopId, export.events());
            return recorded.events() == export.events() && recorded.head().equals(export.head());
        } catch (WorkshopHistory.UnknownWorkshop unknown) {
            return false;
        }
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
