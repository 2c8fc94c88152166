package org.atelier.query.board;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an event record into plain values for screens: typed ids become their string, enums
 * their name, instants their ISO-8601 text, nested records maps.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> of(Record event) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            plain.put(component.getName(), plain(read(component, event)));
        }
        return plain;
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(PlainValues::plain).toList();
        }
        if (value instanceof Record record) {
            return isTypedId(record) ? read(record.getClass().getRecordComponents()[0], record) : of(record);
        }
        return value.toString();
    }

    /** A typed id is a record of a single string called value, such as {@code IdeaId}. */
    private static boolean isTypedId(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value")
                && components[0].getType() == String.class;
    }

    /** One component's value; records' accessors are public, so this fails only on a broken record. */
    static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
