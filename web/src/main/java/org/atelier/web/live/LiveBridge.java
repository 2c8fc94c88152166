package org.atelier.web.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;

import reactor.core.Disposable;

/**
 * Carries a workshop's changes from the board projection to the STOMP topic that screens on this
 * instance follow. While at least one screen here follows a workshop, one Axon subscription query
 * on {@link FindWorkshopChanges} brings its changes, from whichever instance projected them, in
 * the order the board applied them; the simple broker then fans them out. The subscription is
 * opened before a screen's SUBSCRIBE reaches the broker and closed when the last screen goes.
 */
@Component
class LiveBridge {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBridge.class);
    private static final int UPDATE_BUFFER = 4096;
    private static final String REMOVED = PublicNames.of(ParticipantRemoved.class);
    private static final String FACILITATOR_REMOVED = PublicNames.of(FacilitatorRemoved.class);

    private final QueryGateway queryGateway;
    private final SimpMessagingTemplate messaging;
    private final LiveSessions sessions;
    private final Map<WorkshopId, Bridge> bridges = new HashMap<>();
    private final Map<String, Map<String, WorkshopId>> subscriptionsBySession = new HashMap<>();

    /** The messaging template is built from the broker configuration that uses this bridge, hence lazy. */
    LiveBridge(QueryGateway queryGateway, @Lazy SimpMessagingTemplate messaging, LiveSessions sessions) {
        this.queryGateway = queryGateway;
        this.messaging = messaging;
        this.sessions = sessions;
    }

    /** A screen of this session is about to follow the workshop. */
    synchronized void open(WorkshopId workshopId, String sessionId, String subscriptionId) {
        subscriptionsBySession.computeIfAbsent(sessionId, id -> new HashMap<>()).put(subscriptionId, workshopId);
        bridges.computeIfAbsent(workshopId, this::bridge).followers.add(sessionId + "/" + subscriptionId);
    }

    @EventListener
    synchronized void on(SessionUnsubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        Map<String, WorkshopId> subscriptions = subscriptionsBySession.get(stomp.getSessionId());
        if (subscriptions != null) {
            WorkshopId workshopId = subscriptions.remove(stomp.getSubscriptionId());
            release(workshopId, stomp.getSessionId() + "/" + stomp.getSubscriptionId());
        }
    }

    @EventListener
    synchronized void on(SessionDisconnectEvent event) {
        Map<String, WorkshopId> subscriptions = subscriptionsBySession.remove(event.getSessionId());
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, workshopId) ->
                    release(workshopId, event.getSessionId() + "/" + subscriptionId));
        }
    }

    synchronized int openBridges() {
        return bridges.size();
    }

    private void release(WorkshopId workshopId, String follower) {
        Bridge bridge = workshopId == null ? null : bridges.get(workshopId);
        if (bridge != null && bridge.followers.remove(follower) && bridge.followers.isEmpty()) {
            bridges.remove(workshopId).close();
        }
    }

    private Bridge bridge(WorkshopId workshopId) {
        SubscriptionQueryResult<Long, WorkshopChange> changes = queryGateway.subscriptionQuery(
                FindWorkshopChanges.class.getName(), new FindWorkshopChanges(workshopId),
                ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(WorkshopChange.class), UPDATE_BUFFER);
        String topic = WorkshopTopic.of(workshopId.value());
        Disposable forwarding = changes.updates().subscribe(
                change -> {
                    messaging.convertAndSend(topic, change);
                    closeScreensOfRemoved(workshopId, change);
                },
                error -> LOG.warn("Live changes of workshop {} stopped; screens catch up when they reconnect",
                        workshopId, error));
        return new Bridge(changes, forwarding, new HashSet<>());
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

    private record Bridge(SubscriptionQueryResult<Long, WorkshopChange> changes, Disposable forwarding,
                          Set<String> followers) {

        void close() {
            forwarding.dispose();
            changes.close();
        }
    }
}
