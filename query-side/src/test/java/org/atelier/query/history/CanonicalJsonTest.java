package org.atelier.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String canonical(String json) throws Exception {
        return CanonicalJson.of(JSON.readTree(json));
    }

    @Test
    void membersAreSortedByNameAtEveryDepthWithoutSpaces() throws Exception {
        assertThat(canonical("{ \"b\": 1, \"a\": { \"d\": [ true, null ], \"c\": \"x\" } }"))
                .isEqualTo("{\"a\":{\"c\":\"x\",\"d\":[true,null]},\"b\":1}");
    }

    @Test
    void stringsAreEscapedOnlyWhereJsonRequiresIt() throws Exception {
        assertThat(canonical("[\"Qu\\u00e9 \\\"bus\\\" \\\\ \\n\\t\\u0001 é €\"]"))
                .isEqualTo("[\"Qué \\\"bus\\\" \\\\ \\n\\t\\u0001 é €\"]");
    }

    @Test
    void wholeNumbersOfOurEventsStayInPlainDigits() throws Exception {
        assertThat(canonical("[0, -3, 42, 9007199254740991, 1.0, 2.50]")).isEqualTo("[0,-3,42,9007199254740991,1,2.5]");
    }

    /** RFC 8785, section 3.2.2.3 and appendix B. */
    @Test
    void numbersAreWrittenAsTheRfcWritesThem() throws Exception {
        assertThat(canonical("[12345678901234567890, 1e30, 4.50, 2e-3, 0.000001, 1e-7, -0, 333333333.33333329, "
                + "1E+21, 1e20]"))
                .isEqualTo("[12345678901234567000,1e+30,4.5,0.002,0.000001,1e-7,0,333333333.3333333,1e+21,"
                        + "100000000000000000000]");
    }

    /** RFC 8785, section 3.2.3: members sorted by their UTF-16 code units. */
    @Test
    void membersAreSortedAsTheRfcSortsThem() throws Exception {
        assertThat(canonical("{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}"))
                .isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }
}
