package org.atelier.query.board;

import java.util.Map;

/**
 * One change of a workshop as screens receive it: the event's name, the position the board
 * reached with it, when it happened, and the event's content as plain values.
 */
public record WorkshopChange(String type, String workshopId, long position, String at, Map<String, Object> payload) {
}
