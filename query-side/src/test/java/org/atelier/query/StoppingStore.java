package org.atelier.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;

/**
 * A read-model store that stops once, as a killed process would, at the next write of one
 * collection: a bulk or a delete is not made, an insert of several documents makes all but the
 * last. Everything before it is in the store, nothing after it.
 */
public final class StoppingStore extends MongoTemplate {

    private volatile String stopsAt;

    public StoppingStore(MongoTemplate store) {
        super(store.getMongoDatabaseFactory());
    }

    /** The next write of {@code collection} stops. */
    public StoppingStore stopsAtTheNextWriteOf(String collection) {
        stopsAt = collection;
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MongoCollection<Document> getCollection(String collectionName) {
        MongoCollection<Document> collection = super.getCollection(collectionName);
        return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, arguments) -> {
                    String name = method.getName();
                    boolean write = name.equals("bulkWrite") || name.startsWith("delete") || name.startsWith("insert")
                            || name.startsWith("replace") || name.startsWith("update");
                    if (write && collectionName.equals(stopsAt)) {
                        stopsAt = null;
                        if (name.equals("insertMany") && arguments[0] instanceof List<?> documents
                                && documents.size() > 1) {
                            collection.insertMany((List<Document>) documents.subList(0, documents.size() - 1));
                        }
                        throw new IllegalStateException("Stopped at a write of " + collectionName);
                    }
                    try {
                        return method.invoke(collection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
