package org.atelier.web.timer;

import java.time.Clock;
import java.time.Instant;

import org.atelier.query.board.BoardView;
import org.atelier.query.board.BoardView.TimerView;
import org.atelier.shared.timer.ExtendTimer;
import org.atelier.shared.timer.PauseTimer;
import org.atelier.shared.timer.ResumeTimer;
import org.atelier.shared.timer.StartTimer;
import org.atelier.shared.timer.StopTimer;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.RunsWorkshop;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The facilitator's countdown for the current step. Every answer carries the server's time, so a
 * screen shows the time left from the server's clock, not its own.
 */
@RestController
@RequestMapping("/api/workshops/{workshopId}/timer")
class TimerController {

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final Clock clock;

    TimerController(Dispatcher dispatcher, QueryGateway queryGateway, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    record LengthRequest(Long seconds) {
    }

    /** The timer as the board now shows it ({@code null} when stopped), and the server's time. */
    record TimerAnswer(TimerView timer, Instant serverTime) {
    }

    @RunsWorkshop
    @PostMapping("/start")
    TimerAnswer start(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody LengthRequest request) {
        dispatcher.sendToWorkshop(workshopId, new StartTimer(workshopId, seconds(request), clock.instant()), caller);
        return answer(workshopId);
    }

    @RunsWorkshop
    @PostMapping("/pause")
    TimerAnswer pause(Caller caller, @PathVariable WorkshopId workshopId) {
        dispatcher.sendToWorkshop(workshopId, new PauseTimer(workshopId, clock.instant()), caller);
        return answer(workshopId);
    }

    @RunsWorkshop
    @PostMapping("/resume")
    TimerAnswer resume(Caller caller, @PathVariable WorkshopId workshopId) {
        dispatcher.sendToWorkshop(workshopId, new ResumeTimer(workshopId, clock.instant()), caller);
        return answer(workshopId);
    }

    @RunsWorkshop
    @PostMapping("/extend")
    TimerAnswer extend(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody LengthRequest request) {
        dispatcher.sendToWorkshop(workshopId, new ExtendTimer(workshopId, seconds(request), clock.instant()), caller);
        return answer(workshopId);
    }

    @RunsWorkshop
    @PostMapping("/stop")
    TimerAnswer stop(Caller caller, @PathVariable WorkshopId workshopId) {
        dispatcher.sendToWorkshop(workshopId, new StopTimer(workshopId, clock.instant()), caller);
        return answer(workshopId);
    }

    private static long seconds(LengthRequest request) {
        if (request.seconds() == null) {
            throw ApiException.invalid("seconds", "seconds is required: how long the countdown runs.");
        }
        return request.seconds();
    }

    private TimerAnswer answer(WorkshopId workshopId) {
        BoardView board = queryGateway.query(new FindBoard(workshopId, Audience.FACILITATOR, null), BoardView.class)
                .join();
        return new TimerAnswer(board == null ? null : board.timer(), clock.instant());
    }
}
