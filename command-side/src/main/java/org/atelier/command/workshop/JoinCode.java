package org.atelier.command.workshop;

import java.util.regex.Pattern;

import org.atelier.command.rejection.InvalidInput;

/** A workshop's join code: 4 to 16 capital letters and digits, as people type it on a phone. */
final class JoinCode {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{4,16}");

    private JoinCode() {
    }

    static void check(String joinCode) {
        if (joinCode == null || !FORM.matcher(joinCode).matches()) {
            throw new InvalidInput("joinCode", "joinCode must be 4 to 16 capital letters or digits.");
        }
    }
}
