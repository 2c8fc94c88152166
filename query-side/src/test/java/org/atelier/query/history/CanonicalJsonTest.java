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
        assertThat(canonical("\"Qu\\u00e9 \\\"bus\\\" \\\\ \\n\\t\\u0001 é €\""))
                .isEqualTo("\"Qué \\\"bus\\\" \\\\ \\n\\t\\u0001 é €\"");
    }

    @Test
    void wholeNumbersAreWrittenInPlainDigits() throws Exception {
        assertThat(canonical("[0, -3, 12345678901234567890, 1.0, 2.50]")).isEqualTo("[0,-3,12345678901234567890,1,2.5]");
    }
}
