package org.atelier.command.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The territory the application ships with: the communes of Saint-Étienne Métropole. */
class CommuneListTest {

    private static CommuneList loireSud;

    @BeforeAll
    static void readTheShippedList() throws IOException {
        try (InputStream csv = Files.newInputStream(Path.of("src/main/resources/territory/loire-sud.csv"))) {
            loireSud = CommuneList.read(csv);
        }
    }

    @Test
    void listHas53Communes() {
        assertThat(loireSud.size()).isEqualTo(53);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saint-Étienne", "Saint-Etienne", "st etienne", "SAINT-ÉTIENNE", " saint  étienne "})
    void communeMatchesWhateverItsSpelling(String spelling) {
        assertThat(loireSud.contains(spelling)).isTrue();
    }

    @Test
    void communeMatchesByInseeCode() {
        assertThat(loireSud.contains("42218")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chamboeuf", "l'etrat", "L’Étrat", "Ste Croix en Jarez"})
    void ligaturesApostrophesAndAbbreviationsDoNotMatter(String spelling) {
        assertThat(loireSud.contains(spelling)).isTrue();
    }

    @Test
    void communeOutsideTheTerritoryDoesNotMatch() {
        assertThat(loireSud.contains("Lyon")).isFalse();
    }

    @Test
    void missingCommuneDoesNotMatch() {
        assertThat(loireSud.contains(null)).isFalse();
    }
}
