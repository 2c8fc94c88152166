package org.atelier.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tomcat.websocket.server.WsSci;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The floor: the same server stack as Atelier (embedded Tomcat, Spring's WebSocket support) with
 * nothing on top. A text from the publisher goes as it is to every other session, one after the
 * other, on the thread that received it: no STOMP, no broker, no command, no event store, no
 * projection.
 *
 * <p>It is a bare context, not a {@code SpringApplication}: a second Spring Boot application in
 * the JVM would load Atelier's {@code application.yml} and take over the logging that Atelier set
 * up. Nothing here is a {@code @Component}, so Atelier's scan of {@code org.atelier} ignores it.
 */
final class BareBroadcast implements AutoCloseable {

    static final String PATH = "/bare";
    static final String PUBLISHER = "publisher";

    private final AnnotationConfigServletWebServerApplicationContext context;

    private BareBroadcast(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
    }

    static BareBroadcast start() {
        return new BareBroadcast(new AnnotationConfigServletWebServerApplicationContext(Server.class));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    int receivers() {
        return context.getBean(Broadcaster.class).receivers.size();
    }

    int failedSends() {
        return context.getBean(Broadcaster.class).failedSends.get();
    }

    @Override
    public void close() {
        context.close();
    }

    @EnableWebSocket
    static class Server implements WebSocketConfigurer {

        // Not a @Configuration class, so @Bean methods are not proxied: one instance, shared by hand.
        private final Broadcaster broadcaster = new Broadcaster();

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(InetAddress.getLoopbackAddress());
            factory.addContextCustomizers(context -> context.addServletContainerInitializer(new WsSci(), null));
            return factory;
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        Broadcaster broadcaster() {
            return broadcaster;
        }

        @Override
        public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
            registry.addHandler(broadcaster, PATH);
        }
    }

    static final class Broadcaster extends TextWebSocketHandler {

        private final Set<WebSocketSession> receivers = ConcurrentHashMap.newKeySet();
        private final AtomicInteger failedSends = new AtomicInteger();

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            if (!isPublisher(session)) {
                receivers.add(session);
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            receivers.remove(session);
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) {
            if (!isPublisher(session)) {
                return;
            }
            for (WebSocketSession receiver : receivers) {
                try {
                    receiver.sendMessage(message);
                } catch (IOException | IllegalStateException failed) {
                    failedSends.incrementAndGet();
                }
            }
        }

        private static boolean isPublisher(WebSocketSession session) {
            return session.getUri() != null && PUBLISHER.equals(session.getUri().getQuery());
        }
    }
}
