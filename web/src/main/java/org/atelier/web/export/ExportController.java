package org.atelier.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.atelier.query.board.BoardExport;
import org.atelier.query.board.BoardHistory;
import org.atelier.query.history.HistoryEvent;
import org.atelier.query.history.WorkshopHistory;
import org.atelier.query.organisation.OrganisationView;
import org.atelier.query.partnership.PartnershipView;
import org.atelier.shared.organisation.FindOrganisations;
import org.atelier.shared.proposal.FindPartnerships;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.AuditsWorkshop;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** Downloads for evaluators: the raw event log, and the board as CSV or JSON tables. */
@RestController
class ExportController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final List<String> TABLES =
            List.of("ideas", "clusters", "votes", "scores", "proposals", "partnerships", "actions");
    /** Its own mapper, so that an export's lines never change with the application's JSON settings. */
    private static final ObjectMapper LINES = new ObjectMapper();

    private final WorkshopHistory history;
    private final BoardExport boardExport;
    private final QueryGateway queryGateway;

    ExportController(WorkshopHistory history, BoardExport boardExport, QueryGateway queryGateway) {
        this.history = history;
        this.boardExport = boardExport;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "The workshop's event log, one JSON object per line (NDJSON)",
            description = "Every event, oldest first, as the history gives it: position, at, type, actor, "
                    + "organisationId, phase, step, payload (persons left out where the phase was anonymous), hash, "
                    + "previousHash. POST it to /api/integrity/verify to check it. Facilitator, evaluators, organiser.")
    @AuditsWorkshop
    @GetMapping("/api/workshops/{workshopId}/events.ndjson")
    void events(Caller caller, @PathVariable WorkshopId workshopId, HttpServletResponse response) throws IOException {
        Writer[] out = {null};
        try {
            history.read(workshopId, event -> {
                if (out[0] == null) {
                    out[0] = start(response, workshopId);
                }
                write(out[0], event);
                return true;
            });
        } catch (WorkshopHistory.UnknownWorkshop unknown) {
            throw ApiException.notFound(unknown.getMessage());
        } catch (UncheckedIOException broken) {
            throw broken.getCause();
        }
        out[0].flush();
    }

    private static Writer start(HttpServletResponse response, WorkshopId workshopId) {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(NDJSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(workshopId, "events.ndjson"));
        try {
            return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer out, HistoryEvent event) {
        try {
            out.write(LINES.writeValueAsString(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "The board as a table, in CSV or JSON",
            description = "`{name}.{format}`. name: ideas, clusters, votes (who put how many dots on what: the "
                    + "organisation, and the person unless the phase is anonymous), scores (points and criteria results, "
                    + "ranked within each phase), proposals (withdrawn ones "
                    + "included), partnerships, actions (the follow-up actions). format: csv (UTF-8 with a byte order "
                    + "mark, `;` between cells, a header row, lists space-separated) or json (`{workshopId, version, "
                    + "<name>: [rows]}`). As the board shows it to the caller, folded from the event store at its "
                    + "latest position (`version`). Facilitator, evaluators, organiser.")
    @AuditsWorkshop
    @GetMapping("/api/workshops/{workshopId}/export/{name}.{format}")
    ResponseEntity<?> table(Caller caller, @PathVariable WorkshopId workshopId,
                            @Parameter(description = "ideas, clusters, votes, scores, proposals, partnerships or actions")
                            @PathVariable String name,
                            @Parameter(description = "csv or json") @PathVariable String format) {
        if (!TABLES.contains(name) || !(format.equals("csv") || format.equals("json"))) {
            throw ApiException.notFound("No export " + name + "." + format + ": exports are " + TABLES
                    + ", each as .csv or .json.");
        }
        BoardExport.Table table;
        try {
            table = switch (name) {
                case "ideas" -> boardExport.ideas(workshopId, caller.audience(), organisationNames());
                case "clusters" -> boardExport.clusters(workshopId, caller.audience());
                case "votes" -> boardExport.votes(workshopId, caller.audience(), organisationNames());
                case "scores" -> boardExport.scores(workshopId, caller.audience());
                case "proposals" -> boardExport.proposals(workshopId, caller.audience(), organisationNames());
                case "actions" -> boardExport.actions(workshopId, caller.audience(), organisationNames());
                default -> boardExport.partnerships(workshopId, queryGateway.query(new FindPartnerships(workshopId),
                        ResponseTypes.multipleInstancesOf(PartnershipView.class)).join(), organisationNames());
            };
        } catch (BoardHistory.UnknownWorkshop unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(workshopId, name + "." + format));
        if (format.equals("csv")) {
            return answer.contentType(CSV).body(Csv.of(table.columns(), table.rows()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workshopId", table.workshopId());
        body.put("version", table.version());
        body.put(name, table.rows());
        return answer.contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private Function<String, String> organisationNames() {
        Map<String, String> names = queryGateway.query(new FindOrganisations(),
                        ResponseTypes.multipleInstancesOf(OrganisationView.class)).join().stream()
                .collect(Collectors.toMap(OrganisationView::organisationId, OrganisationView::name, (a, b) -> a));
        return names::get;
    }

    private static String attachment(WorkshopId workshopId, String file) {
        return ContentDisposition.attachment().filename("workshop-" + workshopId + "-" + file).build().toString();
    }
}
