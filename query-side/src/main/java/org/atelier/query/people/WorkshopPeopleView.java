package org.atelier.query.people;

import java.time.Instant;
import java.util.List;

/** What the API shows of the people of a workshop beyond its participants: its facilitators, and who came when. */
public final class WorkshopPeopleView {

    private WorkshopPeopleView() {
    }

    /**
     * One facilitator running the workshop. {@code first} is the one whose token came with the
     * workshop (no name, not added by anyone).
     */
    public record Facilitator(String facilitatorId, String name, String addedBy, Instant addedAt, boolean first) {
    }

    /** The workshop's dated half-days, each with who was present. */
    public record Attendance(List<HalfDay> sessions) {
    }

    /** {@code session} numbers the half-days from 1, in the order the workshop was scheduled with. */
    public record HalfDay(int session, String phase, Instant start, Instant end, List<Presence> present) {
    }

    /** {@code source}: CONNECTED (a screen of theirs was connected during it) or MARKED (by a facilitator). */
    public record Presence(String participantId, String displayName, String organisationId, String source,
                           String recordedBy, Instant at) {
    }
}
