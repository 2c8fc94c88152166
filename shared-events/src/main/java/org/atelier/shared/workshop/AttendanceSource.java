package org.atelier.shared.workshop;

/** How a presence at a half-day is known. */
public enum AttendanceSource {
    /** The participant's screen was connected to the room during the half-day. */
    CONNECTED,
    /** A facilitator marked them present (someone without a screen, or whose screen failed). */
    MARKED
}
