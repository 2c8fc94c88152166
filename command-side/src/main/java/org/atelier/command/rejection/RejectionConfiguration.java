package org.atelier.command.rejection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RejectionConfiguration {

    @Bean
    ConfigurerModule rejectionsAsTypedDetails() {
        return configurer -> configurer.onInitialize(config -> config.onStart(
                Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> config.commandBus().registerHandlerInterceptor(new RejectionInterceptor())));
    }
}
