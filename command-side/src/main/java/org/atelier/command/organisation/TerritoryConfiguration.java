package org.atelier.command.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class TerritoryConfiguration {

    @Bean
    Territory territory(@Value("${atelier.territory.communes:classpath:territory/loire-sud.csv}") Resource communes) {
        try (InputStream in = communes.getInputStream()) {
            return CommuneList.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the territory's communes from " + communes, e);
        }
    }
}
