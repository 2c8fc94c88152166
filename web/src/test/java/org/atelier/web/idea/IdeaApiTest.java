package org.atelier.web.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class IdeaApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;

    @BeforeEach
    void aWorkshopInCritique() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "CRITIQUE");
    }

    @Test
    void aPostedIdeaIsOnTheBoardAtOnceWithItsAuthorOrganisationAndPhase() {
        Response posted = postIdea(workshop, ana, "idea-1", "  Nous travaillons chacun dans notre coin  ");

        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.text("ideaId")).isEqualTo("idea-1");
        JsonNode idea = board().path("ideas").get(0);
        assertThat(idea.path("ideaId").asText()).isEqualTo("idea-1");
        assertThat(idea.path("text").asText()).isEqualTo("Nous travaillons chacun dans notre coin");
        assertThat(idea.path("participantId").asText()).isEqualTo(ana.id());
        assertThat(idea.path("organisationId").asText()).isEqualTo(ana.organisationId());
        assertThat(idea.path("phase").asText()).isEqualTo("CRITIQUE");
        assertThat(idea.path("votes").asInt()).isZero();
    }

    @Test
    void theServerChoosesAnIdWhenTheClientGivesNone() {
        Response posted = api.post(ideas(), ana.token(), Map.of("text", "Sans identifiant"));

        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.text("ideaId")).isNotBlank();
    }

    @Test
    void aRetriedPostAnswersTheSameAndRecordsNoSecondIdea() {
        Response first = postIdea(workshop, ana, "retry-1", "Le même texte");
        long version = board().path("version").asLong();

        Response again = postIdea(workshop, ana, "retry-1", "Le même texte");

        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(board().path("ideas").size()).isEqualTo(1);
        assertThat(board().path("version").asLong()).isEqualTo(version);
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        postIdea(workshop, ana, "taken", "Premier texte");

        Response conflict = postIdea(workshop, ana, "taken", "Autre texte");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("field")).isEqualTo("ideaId");
        assertThat(board().path("ideas").findValuesAsText("text")).containsExactly("Premier texte");
    }

    @Test
    void anotherParticipantReusingAnIdIsAConflict() {
        postIdea(workshop, ana, "mine", "Texte");

        assertThat(postIdea(workshop, ben, "mine", "Texte").status()).isEqualTo(409);
    }

    @Test
    void anEmptyTextIsABadRequest() {
        Response refused = postIdea(workshop, ana, "empty", "   ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("text");
    }

    @Test
    void aTextOfMoreThanTwoThousandCharactersIsABadRequest() {
        assertThat(postIdea(workshop, ana, "long-ok", "é".repeat(2000)).status()).isEqualTo(201);

        Response refused = postIdea(workshop, ana, "too-long", "é".repeat(2001));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("2000");
    }

    @Test
    void aTextThatIsNotAStringIsABadRequest() {
        Response refused = api.post(ideas(), ana.token(), Map.of("ideaId", "n", "text", 5));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("text");
    }

    @Test
    void aMalformedIdeaIdIsABadRequest() {
        Response refused = postIdea(workshop, ana, "not an id!", "Texte");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("ideaId");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Response refused = api.postRaw(ideas(), ana.token(), "{\"text\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anIdeaBuildsOnEarlierIdeasOfTheSameWorkshop() {
        postIdea(workshop, ana, "root", "Isolement des petites structures");

        Response built = api.post(ideas(), ben.token(),
                Map.of("ideaId", "branch", "text", "Mutualiser un lieu", "inspiredBy", List.of("root")));

        assertThat(built.status()).isEqualTo(201);
        assertThat(board().path("ideas").get(1).path("inspiredBy").get(0).asText()).isEqualTo("root");
    }

    @Test
    void inspiredByAnIdeaOfAnotherWorkshopIsABadRequest() {
        Workshop other = scheduleWorkshop();
        Participant carla = joinNewOrganisation(other, "Carla");
        advanceTo(other, "CRITIQUE");
        postIdea(other, carla, "elsewhere", "Ailleurs");

        Response refused = api.post(ideas(), ana.token(),
                Map.of("ideaId", "x", "text", "Texte", "inspiredBy", List.of("elsewhere")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("inspiredBy");
    }

    @Test
    void noIdeaBeforeTheFirstPhase() {
        Workshop fresh = scheduleWorkshop();
        Participant early = joinNewOrganisation(fresh, "Early");

        Response refused = postIdea(fresh, early, "early", "Trop tôt");

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void anIdeaBelongsToThePhaseItWasPostedIn() {
        postIdea(workshop, ana, "critique", "Une critique");
        advanceTo(workshop, "UTOPIA");

        postIdea(workshop, ana, "dream", "Un rêve");

        assertThat(board().path("ideas").findValuesAsText("phase")).containsExactly("CRITIQUE", "UTOPIA");
    }

    @Test
    void theAuthorEditsTheirIdea() {
        postIdea(workshop, ana, "draft", "Brouillon");

        Response edited = api.patch(ideas() + "/draft", ana.token(), Map.of("text", "Version finale"));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(board().path("ideas").get(0).path("text").asText()).isEqualTo("Version finale");
    }

    @Test
    void nobodyElseEditsAnIdea() {
        postIdea(workshop, ana, "hers", "Le sien");

        Response refused = api.patch(ideas() + "/hers", ben.token(), Map.of("text", "Le mien"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(board().path("ideas").get(0).path("text").asText()).isEqualTo("Le sien");
    }

    @Test
    void editingAnUnknownIdeaIsNotFound() {
        assertThat(api.patch(ideas() + "/ghost", ana.token(), Map.of("text", "x")).status()).isEqualTo(404);
    }

    @Test
    void theAuthorWithdrawsTheirIdeaAndAgainChangesNothing() {
        postIdea(workshop, ana, "gone", "Bientôt retirée");

        assertThat(api.delete(ideas() + "/gone", ana.token()).status()).isEqualTo(204);
        long version = board().path("version").asLong();
        assertThat(api.delete(ideas() + "/gone", ana.token()).status()).isEqualTo(204);

        assertThat(board().path("ideas").size()).isZero();
        assertThat(board().path("version").asLong()).isEqualTo(version);
    }

    @Test
    void anotherParticipantCannotWithdrawAnIdea() {
        postIdea(workshop, ana, "kept", "Gardée");

        assertThat(api.delete(ideas() + "/kept", ben.token()).status()).isEqualTo(403);
        assertThat(board().path("ideas").size()).isEqualTo(1);
    }

    @Test
    void theFacilitatorHidesAnIdeaWithAReason() {
        postIdea(workshop, ana, "off-topic", "Hors sujet");

        Response hidden = api.delete(ideas() + "/off-topic?reason=hors%20sujet", workshop.facilitatorToken());

        assertThat(hidden.status()).isEqualTo(204);
        assertThat(board().path("ideas").size()).isZero();
    }

    @Test
    void theEvaluatorCannotHideAnIdea() {
        postIdea(workshop, ana, "stays", "Reste");

        assertThat(api.delete(ideas() + "/stays", workshop.evaluatorToken()).status()).isEqualTo(403);
    }

    @Test
    void aWithdrawnIdeaCannotBeEdited() {
        postIdea(workshop, ana, "withdrawn", "Retirée");
        api.delete(ideas() + "/withdrawn", ana.token());

        assertThat(api.patch(ideas() + "/withdrawn", ana.token(), Map.of("text", "Revenue")).status()).isEqualTo(409);
    }

    @Test
    void onceItsPhaseIsOverAnIdeaStaysAsItWasVotedButTheFacilitatorMayStillHideIt() {
        postIdea(workshop, ana, "voted", "Trop de réunions");
        advanceTo(workshop, "UTOPIA");

        Response edited = api.patch(ideas() + "/voted", ana.token(), Map.of("text", "Moins de réunions"));
        Response withdrawn = api.delete(ideas() + "/voted", ana.token());

        for (Response refused : List.of(edited, withdrawn)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("code")).isEqualTo("PhaseOver");
        }
        assertThat(api.patch(ideas() + "/voted", ana.token(), Map.of("text", "Trop de réunions")).status())
                .as("the text it already has: a resent edit").isEqualTo(200);
        assertThat(api.delete(ideas() + "/voted?reason=Hors%20sujet", workshop.facilitatorToken()).status()).isEqualTo(204);
    }

    @Test
    void duringTheVoteAnIdeaWithDotsCannotBeEditedUntilTheDotsAreTakenBack() {
        postIdea(workshop, ana, "dotted", "Trop de réunions");
        for (String step : List.of("COLLECT", "CLUSTER")) {
            assertThat(api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                    Map.of("expectedStep", step)).status()).isEqualTo(200);
        }
        String votes = "/api/workshops/" + workshop.id() + "/votes";
        assertThat(api.post(votes, ben.token(), Map.of("ideaId", "dotted")).status()).isEqualTo(201);

        Response refused = api.patch(ideas() + "/dotted", ana.token(), Map.of("text", "Moins de réunions"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("IdeaHasVotes");
        assertThat(api.delete(votes + "/dotted", ben.token()).status()).isEqualTo(204);
        assertThat(api.patch(ideas() + "/dotted", ana.token(), Map.of("text", "Moins de réunions")).status()).isEqualTo(200);
    }

    @Test
    void aBurstOfTwoHundredPostsFromOneClientIsNeverRefused() {
        for (int i = 0; i < 200; i++) {
            assertThat(postIdea(workshop, ana, "burst-" + i, "Idée " + i).status()).isEqualTo(201);
        }

        assertThat(board().path("ideas").size()).isEqualTo(200);
    }

    private String ideas() {
        return "/api/workshops/" + workshop.id() + "/ideas";
    }

    private JsonNode board() {
        return api.get("/api/workshops/" + workshop.id() + "/board", ana.token()).body();
    }
}
