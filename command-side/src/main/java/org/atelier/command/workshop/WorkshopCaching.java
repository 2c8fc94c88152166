package org.atelier.command.workshop;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkshopCaching {

    /**
     * Keeps loaded workshops in memory between commands instead of replaying their whole stream
     * each time; entries go when memory is needed. Safe with several instances because Axon routes
     * all commands of one aggregate to the same instance.
     */
    @Bean
    Cache workshopCache() {
        return new WeakReferenceCache();
    }
}
