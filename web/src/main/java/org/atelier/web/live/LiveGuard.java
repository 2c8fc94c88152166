package org.atelier.web.live;

import java.util.Optional;

import org.atelier.web.security.BearerTokens;
import org.atelier.web.security.CallerAuthentication;
import org.atelier.web.security.Throttle;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Authenticates a screen's CONNECT from its {@code Authorization: Bearer <token>} header, as HTTP
 * calls are, before Spring Security's message rules ({@link LiveSecurityConfiguration}) look at any
 * frame; the session keeps that caller for its later frames. A refused CONNECT is answered with
 * an ERROR frame, and counts against its address's allowance of refused tokens as on HTTP.
 */
@Component
class LiveGuard implements ChannelInterceptor {

    private static final String BEARER = "Bearer ";

    /** The session attribute holding the client's address, set at the handshake. */
    static final String ADDRESS = LiveGuard.class.getName() + ".address";

    private final BearerTokens bearerTokens;
    private final LiveSessions sessions;
    private final Throttle throttle;

    LiveGuard(BearerTokens bearerTokens, LiveSessions sessions, Throttle throttle) {
        this.bearerTokens = bearerTokens;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp != null && (stomp.getCommand() == StompCommand.CONNECT || stomp.getCommand() == StompCommand.STOMP)) {
            CallerAuthentication caller = authenticate(stomp);
            stomp.setUser(caller);
            sessions.connected(stomp.getSessionId(), caller.caller());
        }
        return message;
    }

    private CallerAuthentication authenticate(StompHeaderAccessor stomp) {
        String token = Optional.ofNullable(stomp.getFirstNativeHeader("Authorization"))
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip())
                .filter(value -> !value.isEmpty())
                .orElseThrow(() -> new MessageDeliveryException(
                        "CONNECT needs an Authorization: Bearer <token> header with a valid token."));
        try {
            return (CallerAuthentication) bearerTokens.authenticate(new BearerTokenAuthenticationToken(token));
        } catch (AuthenticationException refused) {
            Object address = stomp.getSessionAttributes() == null ? null : stomp.getSessionAttributes().get(ADDRESS);
            Throttle.Verdict verdict = throttle.take(Throttle.Kind.FAILED_AUTHENTICATION, String.valueOf(address));
            throw new MessageDeliveryException(verdict.allowed() ? refused.getMessage()
                    : "Too many refused tokens from this address; wait " + verdict.retryAfterSeconds()
                            + " seconds before trying again.");
        }
    }
}
