package org.atelier.web.storage;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * How the embedded read-model store orders the keys of its unique indexes: by their values, as
 * MongoDB orders them. H2's default type does not know the server's key class, so it compared two
 * keys by serializing both (a rebuild's comparison of the network spent most of its 47 s there).
 * Keys are still written and read by the default type; only their order changes, so a file whose
 * indexes were ordered the old way has them copied once into this order when it is opened
 * ({@link BatchedH2Backend}).
 */
final class IndexKeyType extends BasicDataType<Object> {

    private final ObjectDataType stored = new ObjectDataType();

    @Override
    public int compare(Object one, Object other) {
        if (one instanceof KeyValue left && other instanceof KeyValue right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int order = ValueComparator.ascWithoutListHandling().compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return stored.compare(one, other);
    }

    @Override
    public int getMemory(Object key) {
        return stored.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        stored.write(buffer, key);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return stored.read(buffer);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
