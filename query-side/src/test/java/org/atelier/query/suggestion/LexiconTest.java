package org.atelier.query.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private static List<String> subjects(String text) {
        return Lexicon.FRENCH.subjects(FrenchText.words(text));
    }

    @Test
    void wordsWithoutACommonStemNameTheSameSubject() {
        assertThat(subjects("Développer la bicyclette")).containsExactly("velo");
        assertThat(subjects("Des garages à vélos")).containsExactly("velo");
        assertThat(subjects("Les habitants renoncent aux soins")).containsExactly("sante");
    }

    @Test
    void aPhraseNamesItsOwnSubjectAndNotThoseOfItsWords() {
        assertThat(subjects("Les banques alimentaires manquent de bénévoles")).containsExactly("pauvrete", "benevolat");
    }

    @Test
    void theProgrammesContextWordsAreKnownInAnyForm() {
        assertThat(FrenchText.words("territoires solidaires quartiers").stream()
                .allMatch(word -> Lexicon.FRENCH.isContext(word.stem()))).isTrue();
    }
}
