package org.atelier.command.workshop;

import java.util.OptionalLong;
import java.util.UUID;

import javax.cache.CacheManager;
import javax.cache.Caching;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;

@Configuration(proxyBeanMethods = false)
class WorkshopCaching {

    /**
     * Keeps loaded workshops in memory between commands instead of replaying their whole stream
     * each time: a command then reads nothing before it appends. The cache holds them strongly, up
     * to {@code atelier.workshops.most-cached} (Caffeine's eviction drops the least used beyond it): a weak one let the
     * collector drop a workshop between two commands, and each command of a busy room replayed its
     * stream. Safe with several instances because Axon routes all commands of one aggregate to the
     * same instance.
     */
    @Bean(destroyMethod = "close")
    WorkshopCache workshopCache(@Value("${atelier.workshops.most-cached:1000}") long mostCached) {
        CacheManager caches = Caching.getCachingProvider(CaffeineCachingProvider.class.getName()).getCacheManager();
        CaffeineConfiguration<Object, Object> bounded = new CaffeineConfiguration<>();
        bounded.setMaximumSize(OptionalLong.of(mostCached));
        bounded.setStoreByValue(false);
        String name = "workshops-" + UUID.randomUUID();
        return new WorkshopCache(caches, name, caches.createCache(name, bounded));
    }

    /** Axon's adapter over the JCache cache; closing the application context lets the cache go. */
    static final class WorkshopCache extends JCacheAdapter implements AutoCloseable {

        private final CacheManager caches;
        private final String name;

        WorkshopCache(CacheManager caches, String name, javax.cache.Cache<Object, Object> cache) {
            super(cache);
            this.caches = caches;
            this.name = name;
        }

        @Override
        public void close() {
            caches.destroyCache(name);
        }
    }
}
