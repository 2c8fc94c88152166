package org.atelier.web.storage;

import jakarta.persistence.EntityManager;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Axon's JPA parts (the embedded event store's engine, the token store, the dead-letter queues)
 * reach Hibernate: through the application's shared {@code EntityManager}, given by constructor, as
 * the command side's look-ups are. Axon's own provider has it put into a field by
 * {@code @PersistenceContext}, which a start from the bean definitions made at build time
 * ({@link org.atelier.AheadOfTimeStart}) leaves empty: the build sees the provider only as the
 * interface its factory method returns, and makes no injection for it.
 */
@Configuration(proxyBeanMethods = false)
class EntityManagers {

    @Bean
    EntityManagerProvider entityManagerProvider(EntityManager sharedEntityManager) {
        return new SimpleEntityManagerProvider(sharedEntityManager);
    }
}
