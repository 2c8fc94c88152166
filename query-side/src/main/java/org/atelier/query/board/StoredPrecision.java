package org.atelier.query.board;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * An event's instants to the millisecond, as the read-model store keeps them. A board folded in
 * memory must equal the same board read back from its document (readers get one or the other,
 * and the history's boards are compared with it), and the store drops what is finer than a
 * millisecond. Records are rebuilt only when one of their instants changes.
 */
final class StoredPrecision {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private StoredPrecision() {
    }

    static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The value with every instant in it (in records and lists, however nested) to the millisecond. */
    static Object of(Object value) {
        if (value instanceof Instant instant) {
            return of(instant);
        }
        if (value instanceof List<?> values) {
            List<Object> stored = values.stream().map(StoredPrecision::of).toList();
            return sameElements(values, stored) ? values : stored;
        }
        if (value instanceof Record record) {
            return SHAPES.get(record.getClass()).stored(record);
        }
        return value;
    }

    private static boolean sameElements(List<?> values, List<Object> stored) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != stored.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** How to read and rebuild one record type. */
    private record Shape(RecordComponent[] components, Constructor<?> canonical) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                return new Shape(components, canonical);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor in " + type, e);
            }
        }

        Object stored(Record record) {
            Object[] values = new Object[components.length];
            boolean changed = false;
            for (int i = 0; i < components.length; i++) {
                Object value = PlainValues.read(components[i], record);
                values[i] = StoredPrecision.of(value);
                changed |= values[i] != value;
            }
            return changed ? create(values) : record;
        }

        private Object create(Object[] values) {
            try {
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot rebuild " + canonical.getDeclaringClass(), e);
            }
        }
    }
}
