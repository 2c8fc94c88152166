package org.atelier.web.storage;

import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class ReadModelHealth {

    /**
     * Replaces Boot's Mongo indicator, whose "hello" command the embedded server does not know;
     * "ping" is answered by MongoDB and by the embedded server alike.
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                mongo.executeCommand(new Document("ping", 1));
                return Health.up().withDetail("database", mongo.getDb().getName()).build();
            } catch (RuntimeException unreachable) {
                return Health.down(unreachable).build();
            }
        };
    }
}
