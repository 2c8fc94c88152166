package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;

/** The read-model store's index keys come back from the file as they were written, whichever way. */
class IndexKeyTypeTest {

    private final IndexKeyType type = new IndexKeyType();

    @Test
    void aKeyOfStringsIsWrittenAsItsStringsAndReadBackEqual() {
        KeyValue key = new KeyValue("workshop-1|idée-é", "", "org-b");

        ByteBuffer written = written(key);

        assertThat(written.get(0)).isEqualTo(IndexKeyType.STRINGS);
        assertThat(type.read(written)).isEqualTo(key);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void otherKeysAndKeysWrittenBeforeAreReadByTheDefaultType() {
        KeyValue numbers = new KeyValue(3, 4L, "mixed");
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, new KeyValue("written-before"));
        ByteBuffer byDefault = buffer.getBuffer().flip();

        assertThat(type.read(written(numbers))).isEqualTo(numbers);
        assertThat(type.read(byDefault)).isEqualTo(new KeyValue("written-before"));
    }

    @Test
    void keysOfStringsStillSortByValue() {
        List<KeyValue> keys = List.of(new KeyValue("b"), new KeyValue("a", "z"), new KeyValue("a"));

        assertThat(keys.stream().map(this::written).map(type::read).sorted(type::compare).toList())
                .containsExactly(new KeyValue("a"), new KeyValue("a", "z"), new KeyValue("b"));
    }

    private ByteBuffer written(Object key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        return buffer.getBuffer().flip();
    }
}
