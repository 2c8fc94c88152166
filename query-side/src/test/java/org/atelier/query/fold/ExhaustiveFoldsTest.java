package org.atelier.query.fold;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reader of events on the query side decides every event of shared-events: it handles it
 * or declares it ignored. An event added to shared-events fails here until each fold has decided.
 */
class ExhaustiveFoldsTest {

    private static final List<Class<?>> EVENTS = SharedEvents.all();

    @Test
    void theEventsAreFound() {
        assertThat(EVENTS).hasSizeGreaterThanOrEqualTo(50)
                .allSatisfy(event -> assertThat(event.isRecord()).as("%s is a record", event).isTrue());
    }

    @Test
    void everyFoldIsFound() {
        assertThat(tables()).containsKeys("board.BoardFold.CASES", "board.RoomPayload.SHOWN",
                "history.HistoryFold.CASES", "network.NetworkFold.CASES", "people.PeopleFold.CASES",
                "trace.TraceFold.SURVEY", "trace.TraceFold.STORY");
    }

    @TestFactory
    Stream<DynamicTest> everyFoldHandlesOrIgnoresEveryEvent() {
        return tables().entrySet().stream().map(table -> DynamicTest.dynamicTest(table.getKey(), () -> {
            Set<Class<?>> decided = new LinkedHashSet<>(table.getValue().handled());
            decided.addAll(table.getValue().ignored());
            List<String> undecided = EVENTS.stream().filter(event -> !decided.contains(event))
                    .map(Class::getSimpleName).toList();
            List<String> notEvents = decided.stream().filter(type -> !EVENTS.contains(type))
                    .map(Class::getName).toList();

            assertThat(undecided).as("events %s neither handles nor ignores", table.getKey()).isEmpty();
            assertThat(notEvents).as("types %s decides that are no events of shared-events", table.getKey())
                    .isEmpty();
        }));
    }

    /** Every event table held in a static field of the query side, by package, class and field. */
    private static Map<String, EventTable<?>> tables() {
        Map<String, EventTable<?>> tables = new TreeMap<>();
        for (Class<?> type : SharedEvents.classesIn("org.atelier.query", (reader, factory) -> true)) {
            for (Field field : declaredFields(type)) {
                if (Modifier.isStatic(field.getModifiers()) && (field.getType() == EventTable.class
                        || field.getType() == EventCases.class)) {
                    Object value = read(field);
                    String name = type.getName().substring("org.atelier.query.".length()) + "." + field.getName();
                    tables.put(name, value instanceof EventCases<?, ?> cases ? cases.table() : (EventTable<?>) value);
                }
            }
        }
        return tables;
    }

    private static List<Field> declaredFields(Class<?> type) {
        List<Field> fields = new ArrayList<>(List.of(type.getDeclaredFields()));
        for (Class<?> nested : type.getDeclaredClasses()) {
            fields.addAll(declaredFields(nested));
        }
        return fields;
    }

    private static Object read(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
