package org.atelier.query.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ClusterTitlesTest {

    private static String titleOf(String... ideas) {
        IdeaSpace space = new IdeaSpace(List.of(ideas), Tuning.DEFAULT);
        return ClusterTitles.title(space, IntStream.range(0, ideas.length).boxed().toList());
    }

    @Test
    void thePhraseTheIdeasShareIsTheTitle() {
        assertThat(titleOf("Lancer une monnaie locale", "La monnaie locale acceptée dans les commerces",
                "Payer les salaires en monnaie locale")).isEqualTo("Monnaie locale");
    }

    @Test
    void ideasThatNameOneSubjectInDifferentWordsAreTitledWithItsName() {
        assertThat(titleOf("Des pistes cyclables jusqu'à la gare", "Des garages à vélos près des gares",
                "Développer la bicyclette")).isEqualTo("Vélo, gare");
    }

    @Test
    void aThingIsPreferredToAVerbAndQuotedWithoutItsElidedArticle() {
        assertThat(titleOf("Rénover l'école du bourg", "Ouvrir l'école le samedi", "Une école qui ouvre le soir"))
                .isEqualTo("École");
    }

    @Test
    void ideasSharingNoWordAreTitledWithTheShortest() {
        assertThat(titleOf("Un kiosque", "Des bancs sous les platanes de la place")).isEqualTo("Un kiosque");
    }
}
