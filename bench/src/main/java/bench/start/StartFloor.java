package bench.start;

import java.util.Map;

import org.atelier.ClassArchiveTraining;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The start bench's floor: the stack Atelier starts on, with nothing of Atelier's. Spring Boot's
 * auto-configuration of Atelier's own class path and {@code application.yml} (the packaged
 * application's jar and libraries): Tomcat, Spring MVC, Spring Security, the actuator's health,
 * Hibernate on the H2 event store with Axon's entities, Axon Framework with its embedded event store,
 * the MongoDB driver's client, springdoc; plus what an application must declare to have a STOMP
 * broker and a health endpoint anyone may read. No bean, entity, handler or page of Atelier's.
 * Its package is outside {@code org.atelier}, so that no scan of Atelier's takes it, nor it Atelier's.
 *
 * <p>Atelier's health also counts its read-model store; the floor has no MongoDB server to ask,
 * so its client's health is left out.
 */
@SpringBootApplication
public class StartFloor {

    public static void main(String[] args) {
        // As Atelier does before it starts: Axon's update checker would call its vendor.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication floor = new SpringApplication(StartFloor.class);
        floor.setDefaultProperties(Map.of("management.health.mongo.enabled", "false"));
        // Trained as Atelier is: until its health answers UP.
        floor.addListeners(new ClassArchiveTraining());
        floor.run(args);
    }

    @Bean
    SecurityFilterChain healthForAnyone(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health").permitAll()
                .anyRequest().authenticated()).build();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSocketMessageBroker
    static class Stomp implements WebSocketMessageBrokerConfigurer {

        @Override
        public void registerStompEndpoints(StompEndpointRegistry registry) {
            registry.addEndpoint("/ws");
        }

        @Override
        public void configureMessageBroker(MessageBrokerRegistry registry) {
            registry.enableSimpleBroker("/topic");
        }
    }
}
