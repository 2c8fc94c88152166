package org.atelier.command.rejection;

/** Texts people type: trimmed, and measured in characters (code points), not UTF-16 units. */
public final class TextInput {

    private TextInput() {
    }

    /** Trimmed, 1 to {@code max} characters. */
    public static String required(String field, String raw, int max) {
        String text = optional(field, raw, max);
        if (text.isEmpty()) {
            throw new InvalidInput(field, field + " must have 1 to " + max + " characters.");
        }
        return text;
    }

    /** Trimmed, possibly empty, at most {@code max} characters. */
    public static String optional(String field, String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInput(field, field + " must be at most " + max + " characters.");
        }
        return text;
    }
}
