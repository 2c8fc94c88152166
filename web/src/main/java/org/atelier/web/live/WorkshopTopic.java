package org.atelier.web.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.shared.workshop.WorkshopId;

/** The one kind of destination screens subscribe to: {@code /topic/workshops/{workshopId}}. */
final class WorkshopTopic {

    static final String PREFIX = "/topic/workshops/";
    /** The same destination as Spring's destination matchers write it. */
    static final String PATTERN = PREFIX + "{workshopId}";
    private static final Pattern TOPIC = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9_-]{1,64})");

    private WorkshopTopic() {
    }

    static String of(String workshopId) {
        return PREFIX + workshopId;
    }

    static Optional<WorkshopId> parse(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        Matcher matcher = TOPIC.matcher(destination);
        return matcher.matches() ? Optional.of(new WorkshopId(matcher.group(1))) : Optional.empty();
    }
}
