package org.atelier.query.rebuild;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import com.mongodb.client.MongoClient;

/**
 * The read models' template: Spring Boot's own, except that a rebuild can switch the database
 * behind it ({@link ReadModelDatabase}).
 */
@Configuration(proxyBeanMethods = false)
class ReadModelStorage {

    @Bean
    ReadModelDatabase readModelDatabase(MongoClient client,
                                        @Value("${spring.data.mongodb.database:atelier}") String database) {
        return new ReadModelDatabase(client, database);
    }

    @Bean
    MongoTemplate mongoTemplate(ReadModelDatabase readModels, MongoConverter converter) {
        return new MongoTemplate(readModels.factory(), converter);
    }
}
