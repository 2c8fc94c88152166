package org.atelier.web.suggestion;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.query.board.BoardView;
import org.atelier.query.board.BoardView.ClusterView;
import org.atelier.query.suggestion.Suggester;
import org.atelier.query.suggestion.Suggestions;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.RunsWorkshop;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Near-duplicates and a proposed clustering of a phase's ideas, for the facilitator to accept, edit
 * or dismiss. The ideas are the board's as the facilitator sees it (private ones not yet revealed
 * are not there), also when the organiser asks.
 */
@RestController
class SuggestionController {

    private final QueryGateway queryGateway;
    private final Suggester suggester;

    SuggestionController(QueryGateway queryGateway, Suggester suggester) {
        this.queryGateway = queryGateway;
        this.suggester = suggester;
    }

    /** For {@code phase}, by default the phase now open. */
    @RunsWorkshop
    @GetMapping("/api/workshops/{workshopId}/suggestions")
    Suggestions suggestions(Caller caller, @PathVariable WorkshopId workshopId,
                            @RequestParam(required = false) String phase) {
        BoardView board = queryGateway.query(new FindBoard(workshopId, Audience.FACILITATOR, null), BoardView.class)
                .join();
        if (board == null) {
            throw ApiException.notFound("No workshop " + workshopId + ".");
        }
        String asked = phase == null ? board.phase() : phaseWithIdeas(phase).name();
        Set<String> clusters = board.clusters().stream().map(ClusterView::clusterId).collect(Collectors.toSet());
        List<Suggester.Idea> ideas = board.ideas().stream()
                .filter(idea -> asked.equals(idea.phase()))
                // Ideas waiting for approval or rejected are not the room's: nothing to group yet.
                .filter(idea -> "APPROVED".equals(idea.moderation()))
                .map(idea -> new Suggester.Idea(idea.ideaId(), idea.text(), clusters.contains(idea.clusterId())))
                .toList();
        return suggester.suggest(ideas);
    }

    private static Phase phaseWithIdeas(String phase) {
        return Arrays.stream(Phase.values())
                .filter(candidate -> candidate.isOpen() && candidate.name().equals(phase))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid("phase", "phase must be CRITIQUE, UTOPIA or REALIZATION,"
                        + " the phases ideas are posted in; without it, the phase now open."));
    }
}
