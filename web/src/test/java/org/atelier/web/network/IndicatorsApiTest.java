package org.atelier.web.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The five impacts' figures of a scripted programme, counted by hand. Three workshops: in the
 * first (numérique), Vélo, Café and Jardin name two shared issues and Vélo and Café form a
 * partnership; in the second (culture), Café and Atelier, who had never met, form another; in the
 * third (numérique), Vélo and Café partner again, strengthening their link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsApiTest extends ProgrammeApiTest {

    private String programme;
    private String velo;
    private String cafe;
    private String jardin;
    private String atelier;
    private Workshop first;
    private Workshop third;
    private String isolement;

    @BeforeAll
    void aProgrammeOfThreeWorkshops() {
        api = new ApiClient(port());
        programme = unique("PROCESS");
        velo = organisation("Vélo");
        cafe = organisation("Café");
        jardin = organisation("Jardin");
        atelier = organisation("Atelier");

        first = scheduleIn(programme, "numérique");
        Participant ana = join(first, velo, "Ana");
        Participant ben = join(first, cafe, "Ben");
        Participant carla = join(first, jardin, "Carla");
        advanceTo(first, "CRITIQUE");
        idea(first, ana, "coin", "Chacun dans son coin");
        idea(first, ben, "croiser", "Pas de lieu pour se croiser");
        idea(first, carla, "bus", "Pas de bus le soir");
        isolement = cluster(first, "Isolement", "coin", "croiser");
        String mobilite = cluster(first, "Mobilité", "bus");
        stepTo(first, "VOTE");
        vote(first, ana, "clusterId", isolement);
        vote(first, ben, "ideaId", "coin");
        vote(first, carla, "clusterId", mobilite);
        advanceTo(first, "REALIZATION");
        String tiersLieu = propose(first, ana, "Tiers-lieu", List.of("coin"), List.of());
        commit(tiersLieu, ana);
        commit(tiersLieu, ben);
        String actionId = created(api.post("/api/proposals/" + tiersLieu + "/actions", ana.token(),
                Map.of("what", "Visiter des lieux"))).text("actionId");
        ok(api.patch("/api/proposals/" + tiersLieu + "/actions/" + actionId, ana.token(),
                Map.of("status", "UNDER_WAY")));
        String cargo = propose(first, carla, "Vélo-cargo", List.of("bus"), List.of());
        commit(cargo, carla);

        Workshop second = scheduleIn(programme, "culture");
        Participant ben2 = join(second, cafe, "Ben");
        Participant dan = join(second, atelier, "Dan");
        advanceTo(second, "REALIZATION");
        String festival = propose(second, ben2, "Festival", List.of(), List.of());
        commit(festival, ben2);
        commit(festival, dan);

        third = scheduleIn(programme, "Numérique");
        Participant ana3 = join(third, velo, "Ana");
        Participant ben3 = join(third, cafe, "Ben");
        advanceTo(third, "REALIZATION");
        String atelierNumerique = propose(third, ana3, "Atelier numérique", List.of(), List.of());
        commit(atelierNumerique, ana3);
        commit(atelierNumerique, ben3);
    }

    @Test
    void cooperationsCountNewAndStrengthenedPartnershipsAndPairsThatHadNeverMet() {
        JsonNode cooperations = indicators("").path("cooperations");

        assertThat(cooperations.path("partnerships").asInt()).isEqualTo(3);
        assertThat(cooperations.path("active").asInt()).isEqualTo(3);
        assertThat(cooperations.path("newPartnerships").asInt()).isEqualTo(2);
        assertThat(cooperations.path("strengthenedPartnerships").asInt()).isEqualTo(1);
        assertThat(cooperations.path("organisations").asInt()).isEqualTo(3);
        assertThat(cooperations.path("pairs").asInt()).isEqualTo(2);
        assertThat(cooperations.path("pairsThatHadNeverMet").asInt()).isEqualTo(2);
    }

    @Test
    void collectiveProjectsAreOpenProposalsWithTwoOrganisationsOrMore() {
        JsonNode projects = indicators("").path("collectiveProjects");

        assertThat(projects.path("proposals").asInt()).isEqualTo(4);
        assertThat(projects.path("open").asInt()).isEqualTo(4);
        assertThat(projects.path("collective").asInt()).isEqualTo(3);
        assertThat(projects.path("organisationsCommitted").asInt()).isEqualTo(4);
        assertThat(projects.path("actions").path("total").asInt()).isEqualTo(1);
        assertThat(projects.path("actions").path("underWay").asInt()).isEqualTo(1);
        assertThat(list(projects.path("projects"))).extracting(project -> project.path("title").asText())
                .containsExactly("Tiers-lieu", "Atelier numérique", "Festival");
    }

    @Test
    void theNetworkIsOneWithItsThemes() {
        JsonNode networks = indicators("").path("networksAndPartnerships");

        // Vélo-Café, Vélo-Jardin, Café-Jardin, Café-Atelier among four organisations: 2 * 4 / (4 * 3).
        assertThat(networks.path("organisations").asInt()).isEqualTo(4);
        assertThat(networks.path("links").asInt()).isEqualTo(4);
        assertThat(networks.path("components").asInt()).isEqualTo(1);
        assertThat(networks.path("density").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(networks.path("partnerships").asInt()).isEqualTo(3);
        List<JsonNode> themes = list(networks.path("themes"));
        assertThat(themes).extracting(theme -> theme.path("theme").asText().toLowerCase())
                .containsExactly("culture", "numérique");
        assertThat(themes.get(1).path("workshops").asInt()).isEqualTo(2);
        assertThat(themes.get(1).path("organisations").asInt()).isEqualTo(3);
        assertThat(themes.get(1).path("partnerships").asInt()).isEqualTo(2);
        assertThat(themes.get(0).path("links").asInt()).isEqualTo(1);
    }

    @Test
    void sharedIssuesAreTheCritiquesClustersMostVotedFirstWithTheirOrganisations() {
        JsonNode issues = indicators("").path("sharedIssues");

        assertThat(issues.path("clusters").asInt()).isEqualTo(2);
        JsonNode top = issues.path("issues").get(0);
        assertThat(top.path("clusterId").asText()).isEqualTo(isolement);
        assertThat(top.path("votes").asInt()).isEqualTo(2);
        assertThat(top.path("clusterVotes").asInt()).isEqualTo(1);
        assertThat(top.path("ideaVotes").asInt()).isEqualTo(1);
        assertThat(list(top.path("organisationIds"))).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(velo, cafe);
        assertThat(issues.path("issues").get(1).path("title").asText()).isEqualTo("Mobilité");
    }

    @Test
    void peopleWhoNowKnowEachOtherAreCountedByOrganisationPairsAndParticipants() {
        JsonNode people = indicators("").path("peopleWhoKnowEachOther");

        assertThat(people.path("organisations").asInt()).isEqualTo(4);
        assertThat(people.path("organisationPairs").asInt()).isEqualTo(4);
        assertThat(people.path("newOrganisationPairs").asInt()).isEqualTo(4);
        assertThat(people.path("participants").asInt()).isEqualTo(7);
        assertThat(people.path("participantsWhoMetAnotherOrganisation").asInt()).isEqualTo(7);
        assertThat(people.path("participantPairsAcrossOrganisations").asInt()).isEqualTo(5);
        assertThat(list(indicators("").path("perWorkshop"))).extracting(workshop -> workshop.path("newLinks").asInt())
                .containsExactly(3, 1, 0);
    }

    @Test
    void aThemeAndAWorkshopAreScopesOfTheirOwn() {
        JsonNode culture = indicators("&theme=culture");
        JsonNode latest = ok(api.get("/api/indicators?workshopId=" + third.id(), third.evaluatorToken())).body();

        assertThat(culture.path("workshops").asInt()).isEqualTo(1);
        assertThat(culture.path("cooperations").path("newPartnerships").asInt()).isEqualTo(1);
        assertThat(latest.path("workshops").asInt()).isEqualTo(1);
        assertThat(latest.path("cooperations").path("strengthenedPartnerships").asInt()).isEqualTo(1);
        assertThat(latest.path("cooperations").path("pairsThatHadNeverMet").asInt()).isZero();
        assertThat(latest.path("peopleWhoKnowEachOther").path("newOrganisationPairs").asInt()).isZero();
    }

    @Test
    void anEvaluatorOfTheProgrammeReadsTheSameFigures() {
        assertThat(ok(api.get("/api/indicators", first.evaluatorToken())).body()).isEqualTo(indicators(""));
    }

    private JsonNode indicators(String more) {
        return ok(api.get("/api/indicators?programme=" + query(programme) + more, ORGANISER)).body();
    }
}
