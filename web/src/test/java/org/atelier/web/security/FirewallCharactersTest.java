package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The firewall's check of header names and values says what Spring Security's own pattern says. */
class FirewallCharactersTest {

    private static final Pattern SPRING_SECURITY = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsPatternJudgesIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + new String(Character.toChars(codePoint)) + "b";
            if (SecurityConfiguration.assignedAndNotControl(text) != SPRING_SECURITY.matcher(text).matches()) {
                assertThat(SecurityConfiguration.assignedAndNotControl(text))
                        .as("U+%04X", codePoint).isEqualTo(SPRING_SECURITY.matcher(text).matches());
            }
        }
    }

    @Test
    void headersOfRealRequestsPassAndControlCharactersDoNot() {
        assertThat(SecurityConfiguration.assignedAndNotControl("Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig")).isTrue();
        assertThat(SecurityConfiguration.assignedAndNotControl("text/html; charset=utf-8, «Atelier» ✓ 🙂")).isTrue();
        assertThat(SecurityConfiguration.assignedAndNotControl("")).isTrue();
        assertThat(SecurityConfiguration.assignedAndNotControl("a\r\nSet-Cookie: x")).isFalse();
        assertThat(SecurityConfiguration.assignedAndNotControl("a\u0000b")).isFalse();
        assertThat(SecurityConfiguration.assignedAndNotControl("a\u0378b")).isFalse();
    }
}
