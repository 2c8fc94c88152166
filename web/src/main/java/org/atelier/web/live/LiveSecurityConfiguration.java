package org.atelier.web.live;

import static org.springframework.messaging.simp.SimpMessageType.CONNECT;
import static org.springframework.messaging.simp.SimpMessageType.DISCONNECT;
import static org.springframework.messaging.simp.SimpMessageType.HEARTBEAT;
import static org.springframework.messaging.simp.SimpMessageType.UNSUBSCRIBE;

import java.util.function.Supplier;

import org.atelier.command.workshop.RemovedParticipants;
import org.atelier.web.security.Caller;
import org.atelier.web.security.CallerAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.messaging.access.intercept.MessageAuthorizationContext;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Spring Security's rules for STOMP frames: CONNECT (authenticated by {@link LiveGuard}, which
 * runs first), DISCONNECT, UNSUBSCRIBE and heart-beats pass; SUBSCRIBE only to
 * {@code /topic/workshops/{workshopId}} of the token's workshop (the organiser's to any), and not
 * once a participant has been removed; anything else, SEND included, is refused: screens only
 * listen. A refused frame is answered with an ERROR frame and the session closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketSecurity
@Order(Ordered.HIGHEST_PRECEDENCE + 99)
class LiveSecurityConfiguration implements WebSocketMessageBrokerConfigurer {

    private final LiveGuard guard;

    LiveSecurityConfiguration(LiveGuard guard) {
        this.guard = guard;
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(guard);
    }

    @Bean
    AuthorizationManager<Message<?>> messageAuthorizationManager(
            MessageMatcherDelegatingAuthorizationManager.Builder messages, RemovedParticipants removedParticipants) {
        return messages
                .simpTypeMatchers(CONNECT, DISCONNECT, UNSUBSCRIBE, HEARTBEAT).permitAll()
                .simpSubscribeDestMatchers(WorkshopTopic.PATTERN).access((authentication, context) ->
                        new AuthorizationDecision(mayFollow(authentication, context, removedParticipants)))
                .anyMessage().denyAll()
                .build();
    }

    /**
     * Screens authenticate with their bearer token, never with a cookie, so a page of another site
     * cannot open a session in someone's name: no CSRF token is needed on CONNECT.
     */
    @Bean
    ChannelInterceptor csrfChannelInterceptor() {
        return new ChannelInterceptor() {
        };
    }

    private static boolean mayFollow(Supplier<? extends Authentication> authentication,
                                     MessageAuthorizationContext<?> context, RemovedParticipants removedParticipants) {
        if (!(authentication.get() instanceof CallerAuthentication caller)) {
            return false;
        }
        Caller who = caller.caller();
        if (who.participantId() != null && removedParticipants.isRemoved(who.participantId())) {
            return false;
        }
        String scope = "workshop:" + context.getVariables().get("workshopId");
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals("ROLE_ORGANISER") || authority.equals(scope));
    }
}
