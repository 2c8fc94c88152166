package org.atelier.web.messaging;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant written as Java and Axon write one in UTC, {@code 2026-12-06T00:22:44.752123Z} (a year
 * of four digits, nothing or a point and one to nine digits of the second, {@code Z}), read digit by
 * digit. Java's ISO formatters build and resolve a map of fields for each text they read: reading the
 * history, the timestamp of every event and the instant most payloads carry took a third of the
 * reader's time. The callers keep their own parser for every other text (an offset, a longer year,
 * a field out of range, a leap second), so that the answer, or the error, stays theirs.
 */
public final class UtcInstants {

    private static final int SHORTEST = "2026-12-06T00:22:44Z".length();
    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private UtcInstants() {
    }

    /** The instant written in {@code text} in that one form, or null if it is written in any other. */
    public static Instant read(String text) {
        int length = text.length();
        if (length < SHORTEST || length > SHORTEST + 10 || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = fraction(text, 19, length - 1);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || nanos < 0) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException noSuchDay) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written in {@code text} from {@code start} to {@code end}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Nothing, or a point and one to nine digits, as nanoseconds; -1 for anything else. */
    private static int fraction(String text, int start, int end) {
        if (start == end) {
            return 0;
        }
        int count = end - start - 1;
        if (text.charAt(start) != '.' || count < 1 || count > NANOS_PER_DIGIT.length) {
            return -1;
        }
        int value = digits(text, start + 1, end);
        return value < 0 ? -1 : value * NANOS_PER_DIGIT[count - 1];
    }
}
