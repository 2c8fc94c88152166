package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.atelier.command.workshop.WorkshopRejections.NoPausedTimer;
import org.atelier.command.workshop.WorkshopRejections.NoRunningTimer;
import org.atelier.shared.timer.ExtendTimer;
import org.atelier.shared.timer.PauseTimer;
import org.atelier.shared.timer.ResumeTimer;
import org.atelier.shared.timer.StartTimer;
import org.atelier.shared.timer.StopTimer;
import org.atelier.shared.timer.TimerExtended;
import org.atelier.shared.timer.TimerPaused;
import org.atelier.shared.timer.TimerResumed;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.timer.TimerStopped;
import org.atelier.shared.workshop.MarkReady;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepReverted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The pace of the step now open: the facilitator's countdown (started, paused, resumed, extended,
 * stopped) and who has said they are done. Both start afresh with each step.
 */
class StepPace {

    private final Room room;
    private Countdown countdown;
    private final Set<ParticipantId> ready = new HashSet<>();

    StepPace(Room room) {
        this.room = room;
    }

    @CommandHandler
    long handle(StartTimer command) {
        room.mustBeOpenTo("start a timer");
        long seconds = TimerLength.of(command.seconds());
        apply(new TimerStarted(room.workshopId(), room.phase(), room.step(), seconds,
                command.at().plusSeconds(seconds), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(PauseTimer command) {
        if (!isRunning()) {
            throw new NoRunningTimer();
        }
        apply(new TimerPaused(room.workshopId(), countdown.remainingAt(command.at()), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(ResumeTimer command) {
        if (!isPaused()) {
            throw new NoPausedTimer();
        }
        apply(new TimerResumed(room.workshopId(), command.at().plusSeconds(countdown.pausedRemainingSeconds()),
                command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(ExtendTimer command) {
        if (countdown == null) {
            throw new NoRunningTimer();
        }
        long seconds = TimerLength.of(command.seconds());
        Instant endsAt = countdown.isRunning() ? countdown.endsAt().plusSeconds(seconds) : null;
        long remaining = countdown.remainingAt(command.at()) + seconds;
        apply(new TimerExtended(room.workshopId(), seconds, endsAt, remaining, command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(StopTimer command) {
        if (countdown != null) {
            apply(new TimerStopped(room.workshopId(), command.at()));
        }
        return Workshop.position();
    }

    @CommandHandler
    long handle(MarkReady command) {
        room.organisationOf(command.participantId());
        room.mustBeOpenTo("say you are done");
        if (!ready.contains(command.participantId())) {
            apply(new ParticipantReady(room.workshopId(), command.participantId(), room.phase(), room.step(),
                    command.at()));
        }
        return Workshop.position();
    }

    private boolean isRunning() {
        return countdown != null && countdown.isRunning();
    }

    private boolean isPaused() {
        return countdown != null && !countdown.isRunning();
    }

    @EventSourcingHandler
    void on(TimerStarted event) {
        countdown = Countdown.runningUntil(event.endsAt());
    }

    @EventSourcingHandler
    void on(TimerPaused event) {
        countdown = Countdown.pausedWith(event.remainingSeconds());
    }

    @EventSourcingHandler
    void on(TimerResumed event) {
        countdown = Countdown.runningUntil(event.endsAt());
    }

    @EventSourcingHandler
    void on(TimerExtended event) {
        countdown = countdown.isRunning() ? Countdown.runningUntil(event.endsAt())
                : Countdown.pausedWith(event.remainingSeconds());
    }

    @EventSourcingHandler
    void on(TimerStopped event) {
        countdown = null;
    }

    @EventSourcingHandler
    void on(ParticipantReady event) {
        ready.add(event.participantId());
    }

    @EventSourcingHandler
    void on(ParticipantRemoved event) {
        ready.remove(event.participantId());
    }

    @EventSourcingHandler
    void on(PhaseAdvanced event) {
        enterStep();
    }

    @EventSourcingHandler
    void on(PhaseReverted event) {
        enterStep();
    }

    @EventSourcingHandler
    void on(StepAdvanced event) {
        enterStep();
    }

    @EventSourcingHandler
    void on(StepReverted event) {
        enterStep();
    }

    /** A new step starts with no countdown and nobody done yet. */
    private void enterStep() {
        countdown = null;
        ready.clear();
    }
}
