package org.atelier.shared.network;

import org.atelier.shared.workshop.WorkshopId;

/**
 * Which workshops a figure of the network covers: those of {@code programme} ({@code null}: every
 * programme; {@link #NO_PROGRAMME}: the workshops scheduled without one, which form one programme),
 * narrowed to one workshop or to one theme when given.
 */
public record NetworkScope(String programme, WorkshopId workshopId, String theme) {

    /** The programme of the workshops scheduled without one. */
    public static final String NO_PROGRAMME = "";

    public static NetworkScope everything() {
        return new NetworkScope(null, null, null);
    }
}
