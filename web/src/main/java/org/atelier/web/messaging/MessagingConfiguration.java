package org.atelier.web.messaging;

import java.time.Clock;

import org.atelier.web.dispatch.Dispatcher;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Events carry who caused them in their metadata, for the history; never a token. */
    @Bean
    CorrelationDataProvider actorOfCommand() {
        return new SimpleCorrelationDataProvider(Dispatcher.ACTOR);
    }
}
