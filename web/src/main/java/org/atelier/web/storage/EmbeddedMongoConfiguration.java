package org.atelier.web.storage;

import java.net.InetSocketAddress;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;

/**
 * Without a configured MongoDB URI, read models go to an in-process server that speaks the
 * MongoDB wire protocol, on a free loopback port, with its data in a file of the data folder,
 * answering in batches as MongoDB does ({@link BatchedH2Backend}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedDefault.WITHOUT_MONGODB_URI)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(DataFolder dataFolder) {
        MongoServer server = new MongoServer(new BatchedH2Backend(dataFolder.resolve("read-models.mv").toString()));
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnection(MongoServer embeddedMongoServer) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        ConnectionString connectionString = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/atelier");
        return () -> connectionString;
    }
}
