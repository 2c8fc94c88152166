package org.atelier.web.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.atelier.query.board.WorkshopView;
import org.atelier.query.board.WorkshopView.SessionView;
import org.atelier.shared.workshop.AttendanceSource;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.RecordAttendance;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Records a participant present at a dated half-day when a screen of theirs is connected to the
 * room during it: as the screen subscribes, and every {@code atelier.attendance.check-every} for
 * screens opened before the half-day began. Each instance looks at its own screens; the workshop
 * records one presence per person and half-day, so several instances (or a second tab) add nothing.
 */
@Component
class AttendanceWatch {

    private static final Logger LOG = LoggerFactory.getLogger(AttendanceWatch.class);

    private final LiveSessions sessions;
    private final QueryGateway queryGateway;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "attendance-watch");
        thread.setDaemon(true);
        return thread;
    });
    /** Presences this instance already had recorded, so that a connected screen costs one command per half-day. */
    private final Cache<String, Boolean> recorded = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();

    AttendanceWatch(LiveSessions sessions, QueryGateway queryGateway, Dispatcher dispatcher, Clock clock,
                    @Value("${atelier.attendance.check-every:60s}") Duration checkEvery) {
        this.sessions = sessions;
        this.queryGateway = queryGateway;
        this.dispatcher = dispatcher;
        this.clock = clock;
        long period = Math.max(1, checkEvery.toMillis());
        worker.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    /** A screen subscribing may be someone arriving: looked at off the message thread. */
    @EventListener
    void on(SessionSubscribeEvent subscribed) {
        String sessionId = StompHeaderAccessor.wrap(subscribed.getMessage()).getSessionId();
        Caller caller = sessionId == null ? null : sessions.callerOf(sessionId);
        if (caller != null && caller.participantId() != null) {
            worker.execute(() -> look(caller));
        }
    }

    private void sweep() {
        sessions.connectedParticipants().forEach(this::look);
    }

    private void look(Caller participant) {
        try {
            Instant now = clock.instant();
            WorkshopView workshop = queryGateway.query(new FindWorkshop(participant.workshopId()), WorkshopView.class)
                    .join();
            int session = workshop == null ? 0 : halfDayAt(workshop.sessions(), now);
            String key = session + "|" + participant.participantId().value();
            if (session == 0 || recorded.getIfPresent(key) != null) {
                return;
            }
            dispatcher.sendToWorkshop(participant.workshopId(), new RecordAttendance(participant.workshopId(),
                    participant.participantId(), session, AttendanceSource.CONNECTED, participant.actor(), now),
                    participant);
            recorded.put(key, Boolean.TRUE);
        } catch (RuntimeException refused) {
            // Removed meanwhile, or the half-day ended between the look and the record: nothing to record.
            LOG.debug("No presence recorded for {}", participant.participantId(), refused);
        }
    }

    /** The number (from 1) of the dated half-day under way at that instant; 0 when none is. */
    static int halfDayAt(List<SessionView> halfDays, Instant at) {
        for (int index = 0; halfDays != null && index < halfDays.size(); index++) {
            SessionView halfDay = halfDays.get(index);
            if (halfDay != null && Objects.nonNull(halfDay.start()) && Objects.nonNull(halfDay.end())
                    && !at.isBefore(halfDay.start()) && !at.isAfter(halfDay.end())) {
                return index + 1;
            }
        }
        return 0;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
