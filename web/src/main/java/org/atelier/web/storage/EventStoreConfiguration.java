package org.atelier.web.storage;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded event store's upkeep, for an H2 file database only (the embedded default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedDefault.ON_AN_H2_FILE)
class EventStoreConfiguration {

    /** Stopped before the connection pool closes, since it depends on it. */
    @Bean(initMethod = "start", destroyMethod = "close")
    EventStoreCompaction eventStoreCompaction(DataSource dataSource) {
        return new EventStoreCompaction(dataSource);
    }

    /** Every connection to the event store commits through {@link GroupCommit}. */
    @Bean
    static BeanPostProcessor groupCommits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof GroupCommittingDataSource)
                        ? new GroupCommittingDataSource(pool) : bean;
            }
        };
    }
}
