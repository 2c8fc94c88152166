package org.atelier.web.storage;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * How the embedded read-model store orders the keys of its unique indexes: by their values, as
 * MongoDB orders them. H2's default type does not know the server's key class, so it compared two
 * keys by serializing both (a rebuild's comparison of the network spent most of its 47 s there).
 * A file whose indexes were ordered the old way has them copied once into this order when it is
 * opened ({@link BatchedH2Backend}).
 *
 * <p>A key of strings only (every index the read models have: ids) is written as its strings; the
 * default type wrote it by Java serialization, 40 % of the time spent writing the file while the
 * processors caught up. Other keys are written, and keys written before are read, by the default type.
 */
final class IndexKeyType extends BasicDataType<Object> {

    /** Not a tag of {@link ObjectDataType} (its tags end below 128), nor {@link StoredDocumentType#BSON}. */
    static final byte STRINGS = (byte) 0xB6;

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
        if (!(key instanceof KeyValue values) || !values.stream().allMatch(String.class::isInstance)) {
            stored.write(buffer, key);
            return;
        }
        buffer.put(STRINGS).putVarInt(values.size());
        for (Object value : values) {
            String string = (String) value;
            buffer.putVarInt(string.length()).putStringData(string, string.length());
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != STRINGS) {
            return stored.read(buffer);
        }
        buffer.get();
        Object[] values = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < values.length; i++) {
            values[i] = DataUtils.readString(buffer);
        }
        return new KeyValue(values);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
