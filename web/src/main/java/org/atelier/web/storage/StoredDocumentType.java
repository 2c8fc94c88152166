package org.atelier.web.storage;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the embedded read-model store keeps a document: as BSON, the form it travels in anyway, instead
 * of H2's default for an unknown class, Java serialization, which made writing and reading the
 * documents of a large programme most of a rebuild's time. A value written before (by H2's default
 * type) starts with one of that type's own tags and is still read by it, so an existing file needs
 * no conversion.
 */
final class StoredDocumentType extends BasicDataType<Object> {

    /** Not a tag of {@link ObjectDataType} (its tags end below 128). */
    static final byte BSON = (byte) 0xB5;

    private final ObjectDataType earlier = new ObjectDataType();
    /** A running average of the encoded size, as H2 estimates values it does not measure. */
    private volatile int averageSize = 1_000;

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageSize : earlier.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document)) {
            earlier.write(buffer, value);
            return;
        }
        ByteBuf encoded = Unpooled.buffer(averageSize);
        try {
            BsonEncoder.encodeDocument(document, encoded);
            int length = encoded.readableBytes();
            averageSize = (averageSize * 15 + length * 2) / 16;
            buffer.put(BSON).putVarInt(length);
            ByteBuffer bytes = encoded.nioBuffer();
            buffer.put(bytes);
        } finally {
            encoded.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return earlier.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(slice));
    }

    @Override
    public int compare(Object one, Object other) {
        return earlier.compare(one, other);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
