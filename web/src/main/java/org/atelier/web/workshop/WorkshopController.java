package org.atelier.web.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.atelier.query.board.BoardHistory;
import org.atelier.query.board.BoardView;
import org.atelier.query.board.BoardView.PhaseSettingsView;
import org.atelier.query.board.WorkshopView;
import org.atelier.shared.Rejection;
import org.atelier.shared.RejectionDetails;
import org.atelier.shared.moderation.ModeratePhase;
import org.atelier.shared.vote.Criterion;
import org.atelier.shared.vote.VotingMode;
import org.atelier.shared.workshop.AdvancePhase;
import org.atelier.shared.workshop.AdvanceStep;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.ConfigurePhase;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.MarkReady;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseBack;
import org.atelier.shared.workshop.RevealIdeas;
import org.atelier.shared.workshop.ScheduleWorkshop;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepBack;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ForOrganiser;
import org.atelier.web.security.ParticipatesInWorkshop;
import org.atelier.web.security.ReadsWorkshop;
import org.atelier.web.security.RunsWorkshop;
import org.atelier.web.security.Tokens;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Creating, reading and running workshops. */
@RestController
@RequestMapping("/api/workshops")
class WorkshopController {

    private static final int DEFAULT_VOTES = 5;
    private static final int JOIN_CODE_ATTEMPTS = 5;

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final Tokens tokens;
    private final JoinCodeGenerator joinCodes;
    private final BoardHistory boardHistory;
    private final Clock clock;

    WorkshopController(Dispatcher dispatcher, QueryGateway queryGateway, Tokens tokens, JoinCodeGenerator joinCodes,
                       BoardHistory boardHistory, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.tokens = tokens;
        this.joinCodes = joinCodes;
        this.boardHistory = boardHistory;
        this.clock = clock;
    }

    record ScheduleRequest(String title, String theme, String programme, List<SessionRequest> sessions,
                           Integer votesPerParticipant, Integer maxVotesPerIdea) {
    }

    record SessionRequest(Phase phase, Instant start, Instant end) {
    }

    record Scheduled(String workshopId, String joinCode, String facilitatorToken, String evaluatorToken) {
    }

    record AdvanceRequest(Phase expectedPhase) {
    }

    record PhaseAnswer(String phase) {
    }

    record AdvanceStepRequest(Step expectedStep) {
    }

    record StepAnswer(String phase, String step) {
    }

    @ForOrganiser
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Scheduled schedule(Caller caller, @RequestBody ScheduleRequest request) {
        WorkshopId workshopId = new WorkshopId(UUID.randomUUID().toString());
        List<Session> sessions = request.sessions() == null ? List.of()
                : request.sessions().stream()
                        .map(s -> s == null ? null : new Session(s.phase(), s.start(), s.end()))
                        .toList();
        int votes = request.votesPerParticipant() == null ? DEFAULT_VOTES : request.votesPerParticipant();
        String joinCode = scheduleWithFreeJoinCode(caller, workshopId, request, sessions, votes);
        Instant lastSessionEnd = sessions.stream().filter(Objects::nonNull).map(Session::end).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Scheduled(workshopId.value(), joinCode, tokens.issue(Caller.facilitator(workshopId), lastSessionEnd),
                tokens.issue(Caller.evaluator(workshopId), lastSessionEnd));
    }

    private String scheduleWithFreeJoinCode(Caller caller, WorkshopId workshopId, ScheduleRequest request,
                                            List<Session> sessions, int votes) {
        for (int attempt = 1; ; attempt++) {
            String joinCode = joinCodes.next();
            try {
                dispatcher.sendToWorkshop(workshopId, new ScheduleWorkshop(workshopId, request.title(),
                        request.theme(), request.programme(), sessions, votes,
                        request.maxVotesPerIdea() == null ? 0 : request.maxVotesPerIdea(), joinCode, clock.instant()),
                        caller);
                return joinCode;
            } catch (CommandExecutionException failure) {
                if (attempt == JOIN_CODE_ATTEMPTS || !isJoinCodeTaken(failure)) {
                    throw failure;
                }
            }
        }
    }

    private static boolean isJoinCodeTaken(CommandExecutionException failure) {
        return failure.<RejectionDetails>getDetails()
                .filter(details -> details.rejection() == Rejection.CONFLICT && "joinCode".equals(details.field()))
                .isPresent();
    }

    @ReadsWorkshop
    @GetMapping("/{workshopId}")
    WorkshopView workshop(Caller caller, @PathVariable WorkshopId workshopId) {
        return found(queryGateway.query(new FindWorkshop(workshopId), WorkshopView.class).join(), workshopId);
    }

    @ReadsWorkshop
    @GetMapping("/{workshopId}/board")
    BoardView board(Caller caller, @PathVariable WorkshopId workshopId, @RequestParam(required = false) String at) {
        Instant now = clock.instant();
        if (at != null) {
            try {
                return boardHistory.boardAt(workshopId, at, caller.audience(), caller.participantId()).readAt(now);
            } catch (IllegalArgumentException invalid) {
                throw ApiException.invalid("at", invalid.getMessage());
            } catch (BoardHistory.UnknownWorkshop unknown) {
                throw ApiException.notFound(unknown.getMessage());
            }
        }
        return found(queryGateway.query(new FindBoard(workshopId, caller.audience(), caller.participantId()),
                BoardView.class).join(), workshopId).readAt(now);
    }

    @RunsWorkshop
    @PostMapping("/{workshopId}/advance")
    PhaseAnswer advance(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody AdvanceRequest request) {
        if (request.expectedPhase() == null) {
            throw ApiException.invalid("expectedPhase", "expectedPhase is required: the phase you see now.");
        }
        dispatcher.sendToWorkshop(workshopId, new AdvancePhase(workshopId, request.expectedPhase(), clock.instant()),
                caller);
        return new PhaseAnswer(current(workshopId).phase());
    }

    @RunsWorkshop
    @PostMapping("/{workshopId}/advance-step")
    StepAnswer advanceStep(Caller caller, @PathVariable WorkshopId workshopId,
                           @RequestBody AdvanceStepRequest request) {
        if (request.expectedStep() == null) {
            throw ApiException.invalid("expectedStep", "expectedStep is required: the step you see now.");
        }
        dispatcher.sendToWorkshop(workshopId, new AdvanceStep(workshopId, request.expectedStep(), clock.instant()),
                caller);
        WorkshopView workshop = current(workshopId);
        return new StepAnswer(workshop.phase(), workshop.step());
    }

    /** Back one step (a compensating event: what the later step recorded stays). */
    @RunsWorkshop
    @PostMapping("/{workshopId}/step-back")
    StepAnswer stepBack(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody AdvanceStepRequest request) {
        if (request.expectedStep() == null) {
            throw ApiException.invalid("expectedStep", "expectedStep is required: the step you see now.");
        }
        dispatcher.sendToWorkshop(workshopId, new StepBack(workshopId, request.expectedStep(), clock.instant()), caller);
        WorkshopView workshop = current(workshopId);
        return new StepAnswer(workshop.phase(), workshop.step());
    }

    /** Back one phase, to its last step; its ideas, clusters and votes are as they were left. */
    @RunsWorkshop
    @PostMapping("/{workshopId}/phase-back")
    StepAnswer phaseBack(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody AdvanceRequest request) {
        if (request.expectedPhase() == null) {
            throw ApiException.invalid("expectedPhase", "expectedPhase is required: the phase you see now.");
        }
        dispatcher.sendToWorkshop(workshopId, new PhaseBack(workshopId, request.expectedPhase(), clock.instant()),
                caller);
        WorkshopView workshop = current(workshopId);
        return new StepAnswer(workshop.phase(), workshop.step());
    }

    record SettingsRequest(Boolean privateWriting, Boolean anonymous, Boolean hiddenTallies, VotingMode votingMode,
                           List<Criterion> criteria, Boolean moderated) {
    }

    record SettingsAnswer(String phase, boolean privateWriting, boolean anonymous, boolean hiddenTallies,
                          String votingMode, List<?> criteria, boolean moderated) {
    }

    /** Private writing (until revealed), anonymity, hidden tallies and moderation for a phase not yet over. */
    @RunsWorkshop
    @PutMapping("/{workshopId}/phases/{phase}/settings")
    SettingsAnswer configure(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable Phase phase,
                             @RequestBody SettingsRequest request) {
        boolean privateWriting = Boolean.TRUE.equals(request.privateWriting());
        boolean anonymous = Boolean.TRUE.equals(request.anonymous());
        boolean hiddenTallies = Boolean.TRUE.equals(request.hiddenTallies());
        boolean moderated = Boolean.TRUE.equals(request.moderated());
        dispatcher.sendToWorkshop(workshopId, new ConfigurePhase(workshopId, phase, privateWriting, anonymous,
                hiddenTallies, request.votingMode(), request.criteria(), clock.instant()), caller);
        dispatcher.sendToWorkshop(workshopId, new ModeratePhase(workshopId, phase, moderated, clock.instant()), caller);
        // The workshop numbers criteria given without an id: the board says how it recorded them.
        PhaseSettingsView recorded = board(workshopId).settings().stream()
                .filter(settings -> settings.phase().equals(phase.name())).findFirst()
                .orElse(new PhaseSettingsView(phase.name(), privateWriting, anonymous, hiddenTallies, false));
        return new SettingsAnswer(phase.name(), privateWriting, anonymous, hiddenTallies, recorded.votingMode(),
                recorded.criteria(), moderated);
    }

    private BoardView board(WorkshopId workshopId) {
        return found(queryGateway.query(new FindBoard(workshopId, Audience.FACILITATOR, null), BoardView.class).join(),
                workshopId);
    }

    /** Ends private writing in the phase now open: every idea appears to everyone at once. */
    @RunsWorkshop
    @PostMapping("/{workshopId}/reveal")
    PhaseAnswer reveal(Caller caller, @PathVariable WorkshopId workshopId) {
        dispatcher.sendToWorkshop(workshopId, new RevealIdeas(workshopId, clock.instant()), caller);
        return new PhaseAnswer(current(workshopId).phase());
    }

    /** A participant is done with the current step; the facilitator sees how many are. */
    @ParticipatesInWorkshop
    @PostMapping("/{workshopId}/ready")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ready(Caller caller, @PathVariable WorkshopId workshopId) {
        dispatcher.sendToWorkshop(workshopId, new MarkReady(workshopId, caller.participantId(), clock.instant()), caller);
    }

    private WorkshopView current(WorkshopId workshopId) {
        return found(queryGateway.query(new FindWorkshop(workshopId), WorkshopView.class).join(), workshopId);
    }

    private static <T> T found(T view, WorkshopId workshopId) {
        if (view == null) {
            throw ApiException.notFound("No workshop " + workshopId + ".");
        }
        return view;
    }
}
