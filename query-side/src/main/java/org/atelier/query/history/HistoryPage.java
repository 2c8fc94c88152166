package org.atelier.query.history;

import java.util.List;

/** A page of history; {@code next} is the position to pass as {@code after} for the next page, null at the end. */
public record HistoryPage(List<HistoryEvent> events, Long next) {
}
