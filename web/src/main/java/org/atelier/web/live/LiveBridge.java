package org.atelier.web.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;

import org.atelier.query.board.WorkshopChange;
import org.atelier.shared.PublicNames;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;

import reactor.core.Disposable;

/**
 * Carries a workshop's changes from the board projection to the screens on this instance that
 * follow its STOMP topic. While at least one screen here follows a workshop, one Axon subscription
 * query on {@link FindWorkshopChanges} brings its changes, from whichever instance projected them,
 * in the order the board applied them. Each change is written once as JSON and as a STOMP frame
 * ({@link LiveFrame}) and handed to each follower's sender ({@link LiveScreen}): through
 * Spring's simple broker, each of a thousand screens cost the frame's headers built, encoded into
 * bytes and decoded back into text, twice the server's time of a bare WebSocket broadcast. The
 * subscription is opened before a screen's SUBSCRIBE reaches the broker, so the screen follows the
 * workshop before its RECEIPT is sent, and closed when the last screen goes.
 */
@Component
class LiveBridge {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBridge.class);
    private static final int UPDATE_BUFFER = 4096;
    private static final String REMOVED = PublicNames.of(ParticipantRemoved.class);
    private static final String FACILITATOR_REMOVED = PublicNames.of(FacilitatorRemoved.class);

    private final QueryGateway queryGateway;
    private final MessageConverter json;
    private final LiveSessions sessions;
    private final Map<WorkshopId, Bridge> bridges = new HashMap<>();
    private final Map<String, Map<String, WorkshopId>> subscriptionsBySession = new HashMap<>();
    private final AtomicLong messageIds = new AtomicLong();

    /** The broker's converter (the same JSON as before) is built from the configuration that uses this bridge, hence lazy. */
    LiveBridge(QueryGateway queryGateway, @Lazy @Qualifier("brokerMessageConverter") MessageConverter json,
               LiveSessions sessions) {
        this.queryGateway = queryGateway;
        this.json = json;
        this.sessions = sessions;
    }

    /** A screen of this session is about to follow the workshop. */
    synchronized void open(WorkshopId workshopId, String sessionId, String subscriptionId) {
        subscriptionsBySession.computeIfAbsent(sessionId, id -> new HashMap<>()).put(subscriptionId, workshopId);
        LiveScreen screen = sessions.screen(sessionId);
        if (screen != null) {
            bridges.computeIfAbsent(workshopId, this::bridge).followers.add(new Follower(sessionId, subscriptionId, screen));
        }
    }

    @EventListener
    synchronized void on(SessionUnsubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        Map<String, WorkshopId> subscriptions = subscriptionsBySession.get(stomp.getSessionId());
        if (subscriptions != null) {
            WorkshopId workshopId = subscriptions.remove(stomp.getSubscriptionId());
            release(workshopId, stomp.getSessionId(), stomp.getSubscriptionId());
        }
    }

    @EventListener
    synchronized void on(SessionDisconnectEvent event) {
        Map<String, WorkshopId> subscriptions = subscriptionsBySession.remove(event.getSessionId());
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, workshopId) ->
                    release(workshopId, event.getSessionId(), subscriptionId));
        }
    }

    synchronized int openBridges() {
        return bridges.size();
    }

    private void release(WorkshopId workshopId, String sessionId, String subscriptionId) {
        Bridge bridge = workshopId == null ? null : bridges.get(workshopId);
        if (bridge != null && bridge.followers.removeIf(follower -> follower.isOf(sessionId, subscriptionId))
                && bridge.followers.isEmpty()) {
            bridges.remove(workshopId).close();
        }
    }

    private Bridge bridge(WorkshopId workshopId) {
        SubscriptionQueryResult<Long, WorkshopChange> changes = queryGateway.subscriptionQuery(
                FindWorkshopChanges.class.getName(), new FindWorkshopChanges(workshopId),
                ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(WorkshopChange.class), UPDATE_BUFFER);
        String topic = WorkshopTopic.of(workshopId.value());
        // Read at every change, changed when a screen comes or goes.
        Set<Follower> followers = new CopyOnWriteArraySet<>();
        Disposable forwarding = changes.updates().subscribe(
                change -> {
                    send(topic, change, followers);
                    closeScreensOfRemoved(workshopId, change);
                },
                error -> LOG.warn("Live changes of workshop {} stopped; screens catch up when they reconnect",
                        workshopId, error));
        return new Bridge(changes, forwarding, followers);
    }

    /** The change to every follower, its frame written once for all those of one subscription id. */
    private void send(String topic, WorkshopChange change, Set<Follower> followers) {
        Message<?> converted = json.toMessage(change, null);
        if (converted == null || !(converted.getPayload() instanceof byte[] body)) {
            throw new IllegalStateException("The broker's converter did not write the change as bytes");
        }
        Object contentType = converted.getHeaders().get(MessageHeaders.CONTENT_TYPE);
        LiveFrame frame = new LiveFrame(topic, String.valueOf(contentType),
                String.valueOf(messageIds.incrementAndGet()), body);
        Map<String, TextMessage> bySubscription = new HashMap<>();
        for (Follower follower : followers) {
            follower.screen().send(bySubscription.computeIfAbsent(follower.subscriptionId(), frame::to));
        }
    }

    /** A removal made on another instance reaches this one as the room's change: its screens close here too. */
    private void closeScreensOfRemoved(WorkshopId workshopId, WorkshopChange change) {
        if (REMOVED.equals(change.type()) && change.payload().get("participantId") instanceof String participantId) {
            sessions.close(new ParticipantId(participantId));
        }
        if (FACILITATOR_REMOVED.equals(change.type())
                && change.payload().get("facilitatorId") instanceof String facilitatorId) {
            sessions.close(workshopId, new FacilitatorId(facilitatorId));
        }
    }

    /** A screen's subscription to a workshop: its session, the id it subscribed under, and its sender. */
    private record Follower(String sessionId, String subscriptionId, LiveScreen screen) {

        boolean isOf(String session, String subscription) {
            return sessionId.equals(session) && subscriptionId.equals(subscription);
        }
    }

    private record Bridge(SubscriptionQueryResult<Long, WorkshopChange> changes, Disposable forwarding,
                          Set<Follower> followers) {

        void close() {
            forwarding.dispose();
            changes.close();
        }
    }
}
