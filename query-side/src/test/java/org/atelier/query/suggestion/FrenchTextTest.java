package org.atelier.query.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.query.suggestion.FrenchText.Word;
import org.junit.jupiter.api.Test;

class FrenchTextTest {

    @Test
    void elisionsStopWordsAndAccentsGoAndFormsOfOneWordMeet() {
        assertThat(stems("L'école des enfants")).isEqualTo(stems("les ecoles d'enfant"));
        assertThat(stems("associations association")).containsOnly(stems("association").get(0));
        assertThat(stems("associatives associatif")).containsOnly(stems("associatif").get(0));
        assertThat(stems("Les producteurs et les productrices")).hasSize(2).containsOnly(stems("producteur").get(0));
    }

    @Test
    void wordsEveryProposalUsesSayNothing() {
        assertThat(stems("Créer et mettre plus de choses, trop peu")).containsExactly("chos");
    }

    @Test
    void eachWordKnowsWhereItIsWritten() {
        String text = "Des pistes cyclables";

        List<Word> words = FrenchText.words(text);

        assertThat(words).extracting(word -> text.substring(word.start(), word.end())).containsExactly("pistes", "cyclables");
    }

    private static List<String> stems(String text) {
        return FrenchText.words(text).stream().map(Word::stem).toList();
    }
}
