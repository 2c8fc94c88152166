package org.atelier.query.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.query.suggestion.Suggester.Idea;
import org.atelier.query.suggestion.Suggestions.SuggestedCluster;
import org.junit.jupiter.api.Test;

class SuggesterTest {

    private final Suggester suggester = new Suggester();

    private static final List<Idea> PHASE = List.of(
            new Idea("bike-1", "Des pistes cyclables sécurisées jusqu'à la gare", false),
            new Idea("bike-2", "Développer la bicyclette pour aller au travail", false),
            new Idea("bike-3", "Des garages à vélos près des gares", false),
            new Idea("doctor-1", "Plus de médecins généralistes dans les villages", false),
            new Idea("doctor-2", "Une maison de santé avec des médecins salariés", false),
            new Idea("doctor-3", "Les habitants renoncent aux soins", false),
            new Idea("alone", "Une fête de la musique", false));

    @Test
    void ideasAboutOneSubjectAreProposedAsOneClusterWithATitleTheyShare() {
        List<SuggestedCluster> clusters = suggester.suggest(PHASE).clusters();

        assertThat(clusters).extracting(SuggestedCluster::ideaIds).containsExactly(
                List.of("bike-1", "bike-2", "bike-3"), List.of("doctor-1", "doctor-2", "doctor-3"));
        assertThat(clusters.get(1).title()).isEqualTo("Médecins");
    }

    @Test
    void anIdeaLikeNoOtherIsInNoSuggestedCluster() {
        assertThat(suggester.suggest(PHASE).clusters()).noneMatch(cluster -> cluster.ideaIds().contains("alone"));
    }

    @Test
    void ideasAlreadyInAClusterAreLeftOutOfTheProposedClusteringButNotOfTheNearDuplicates() {
        List<Idea> ideas = List.of(
                new Idea("a", "Un repair café chaque mois à la médiathèque", true),
                new Idea("b", "Un Repair Cafe tous les mois a la mediatheque", false),
                new Idea("c", "Apprendre à réparer ses appareils", false));

        Suggestions suggestions = suggester.suggest(ideas);

        assertThat(suggestions.clusters()).allSatisfy(cluster -> assertThat(cluster.ideaIds()).doesNotContain("a"));
        assertThat(suggestions.similar()).singleElement().satisfies(similar -> {
            assertThat(similar.ideaIds()).containsExactly("a", "b");
            assertThat(similar.score()).isBetween(0.6, 1.0);
        });
    }

    @Test
    void nearDuplicatesSurviveTyposMissingAccentsPluralsAndFeminineForms() {
        List<Idea> ideas = List.of(
                new Idea("a", "Ouvrir une épicerie solidaire pour les étudiants", false),
                new Idea("b", "ouvrir une epicerie solidaire pour les etudiantes", false),
                new Idea("c", "Une épicerie sociale avec des prix adaptés", false));

        assertThat(suggester.suggest(ideas).similar()).extracting(Suggestions.Similar::ideaIds)
                .containsExactly(List.of("a", "b"));
    }

    @Test
    void theSameIdeasAlwaysGiveTheSameSuggestions() {
        assertThat(suggester.suggest(PHASE)).isEqualTo(suggester.suggest(PHASE));
    }

    @Test
    void aPhaseWithoutIdeasHasNoSuggestions() {
        assertThat(suggester.suggest(List.of())).isEqualTo(new Suggestions(List.of(), List.of()));
    }
}
