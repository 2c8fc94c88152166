package org.atelier.web.live;

import java.util.List;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /ws}: screens subscribe to {@code /topic/workshops/{id}}. Spring's
 * simple broker keeps the subscriptions and answers them; the workshops' changes go to the screens
 * by {@link LiveBridge}. A slow or stalled screen cannot hold the others back ({@link LiveSessions}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer, DisposableBean {

    private final LiveBridge bridge;
    private final LiveSessions sessions;
    private final MessageChannel clientOutboundChannel;
    private final List<String> allowedOrigins;
    private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();

    LiveConfiguration(LiveBridge bridge, LiveSessions sessions,
                      @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutboundChannel,
                      @Value("${atelier.live.allowed-origins:}") List<String> allowedOrigins) {
        this.bridge = bridge;
        this.sessions = sessions;
        this.clientOutboundChannel = clientOutboundChannel;
        this.allowedOrigins = allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // With no origins configured, Spring accepts only same-origin browsers (and clients that send none).
        registry.addEndpoint("/ws").setAllowedOriginPatterns(allowedOrigins.toArray(String[]::new))
                .addInterceptors(new ClientAddress());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
        registry.enableSimpleBroker("/topic")
                .setHeartbeatValue(new long[] {10_000, 10_000})
                .setTaskScheduler(heartbeats);
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        // Spring Security's rules (LiveSecurityConfiguration) have let the frame through when these run.
        registration.interceptors(new BridgeOpener(bridge), new SubscriptionReceipts(clientOutboundChannel));
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.addDecoratorFactory(sessions)
                .setMessageSizeLimit(64 * 1024)
                .setSendBufferSizeLimit(sessions.sendBufferBytes())
                .setSendTimeLimit(sessions.sendTimeMillis());
    }

    @Override
    public void destroy() {
        heartbeats.shutdown();
    }
}
