package org.atelier.command.routing;

import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /** Axon's configuration takes this bean for every aggregate's command handlers. */
    @Bean
    CommandTargetResolver commandTargets() {
        return new CommandTargets();
    }
}
