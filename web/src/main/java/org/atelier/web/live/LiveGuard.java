package org.atelier.web.live;

import java.util.Optional;

import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.security.Caller;
import org.atelier.web.security.Tokens;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Checks every frame a screen sends: CONNECT needs a valid bearer token; SUBSCRIBE only to the
 * workshop of that token (the organiser to any); SEND is refused, screens only listen. A refused
 * frame is answered with an ERROR frame.
 */
@Component
class LiveGuard implements ChannelInterceptor {

    private static final String BEARER = "Bearer ";

    private final Tokens tokens;
    private final LiveBridge bridge;

    LiveGuard(Tokens tokens, LiveBridge bridge) {
        this.tokens = tokens;
        this.bridge = bridge;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        switch (stomp.getCommand()) {
            case CONNECT, STOMP -> stomp.setUser(new CallerPrincipal(authenticate(stomp)));
            case SUBSCRIBE -> bridge.open(authorise(stomp), stomp.getSessionId(), stomp.getSubscriptionId());
            case SEND -> throw new MessageDeliveryException("Screens only listen: SEND is not accepted.");
            default -> {
                // UNSUBSCRIBE, DISCONNECT, ACK and heart-beats need no check
            }
        }
        return message;
    }

    private Caller authenticate(StompHeaderAccessor stomp) {
        String header = stomp.getFirstNativeHeader("Authorization");
        return Optional.ofNullable(header)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip())
                .flatMap(tokens::verify)
                .orElseThrow(() -> new MessageDeliveryException(
                        "CONNECT needs an Authorization: Bearer <token> header with a valid token."));
    }

    private WorkshopId authorise(StompHeaderAccessor stomp) {
        if (!(stomp.getUser() instanceof CallerPrincipal principal)) {
            throw new MessageDeliveryException("SUBSCRIBE before an authenticated CONNECT.");
        }
        WorkshopId workshopId = WorkshopTopic.parse(stomp.getDestination()).orElseThrow(() ->
                new MessageDeliveryException("Only /topic/workshops/{workshopId} can be subscribed to."));
        if (!principal.caller().mayRead(workshopId)) {
            throw new MessageDeliveryException("This token does not give access to workshop " + workshopId + ".");
        }
        return workshopId;
    }
}
