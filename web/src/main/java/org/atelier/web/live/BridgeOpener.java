package org.atelier.web.live;

import org.atelier.shared.workshop.WorkshopId;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/** Opens the workshop's bridge before an allowed SUBSCRIBE reaches the broker, so no change slips by. */
class BridgeOpener implements ChannelInterceptor {

    private final LiveBridge bridge;

    BridgeOpener(LiveBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp != null && stomp.getCommand() == StompCommand.SUBSCRIBE) {
            WorkshopId workshopId = WorkshopTopic.parse(stomp.getDestination()).orElseThrow(() ->
                    new MessageDeliveryException("Only /topic/workshops/{workshopId} can be subscribed to."));
            bridge.open(workshopId, stomp.getSessionId(), stomp.getSubscriptionId());
        }
        return message;
    }
}
