package org.atelier.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class HistoryFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPartnershipIsTheNewsOfEveryPartnerNotOnlyOfTheOneWhoseCommitmentFormedIt() {
        ObjectNode payload = JSON.createObjectNode();
        payload.putArray("organisationIds").add("org-a").add("org-b");
        HistoryEvent formed = new HistoryEvent(12, "2026-12-03T20:00:00Z", "PartnershipFormed", "participant:p2", "org-b",
                "REALIZATION", "COLLECT", payload, "hash", "previous");

        assertThat(new HistoryFilter(Set.of("PartnershipFormed"), "org-a", Set.of()).matches(formed)).isTrue();
        assertThat(new HistoryFilter(Set.of("PartnershipFormed"), "org-b", Set.of()).matches(formed)).isTrue();
        assertThat(new HistoryFilter(Set.of(), "org-c", Set.of()).matches(formed)).isFalse();
    }
}
