package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.click;
import static org.atelier.web.browser.Browsers.fitsTheScreen;
import static org.atelier.web.browser.Browsers.screenshot;
import static org.atelier.web.browser.Browsers.text;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The voting modes beside dots in real browsers: 100 points shared out with steppers on a phone,
 * what is left always in view and more than 100 never offered; projects of REALIZATION scored on
 * criteria the facilitator named in the console, which then shows them ranked with a chart.
 */
class BrowserScoringTest extends ScreensTest {

    private static final String BUSES = "Trop peu de bus le soir";
    private static final String BIKES = "Pas de pistes cyclables vers la gare";
    private static final String KITCHEN = "Cuisine partagée de quartier";
    private static final String SHUTTLE = "Navette solidaire du soir";

    @Test
    void aPointsVoteOnAPhone() {
        Workshop workshop = schedule();
        Participant anaJoined = joinNewOrganisation(workshop, "Ana");
        assertThat(api.send("PUT", path(workshop, "/phases/CRITIQUE/settings"), workshop.facilitatorToken(),
                Map.of("votingMode", "POINTS")).status()).isEqualTo(200);
        advanceTo(workshop, "CRITIQUE");
        String buses = postIdea(workshop, anaJoined, unique("buses").replaceAll("[^A-Za-z0-9-]", "-"), BUSES)
                .text("ideaId");
        postIdea(workshop, anaJoined, unique("bikes").replaceAll("[^A-Za-z0-9-]", "-"), BIKES);
        toVoteStep(workshop);

        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("points-left"), "data-left", "100"));
        assertThat(text(ana, By.id("points-left"))).isEqualTo("Il vous reste 100 points sur 100");
        assertThat(ana.findElements(By.cssSelector(".vote-controls:not([hidden])"))).isEmpty();

        // Three steps of 5 on the buses, then as many as she likes typed for the bikes: only what is left is given.
        for (int i = 0; i < 3; i++) {
            click(ana, stepper(ana, BUSES).findElement(By.className("points-plus")));
        }
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("points-left"), "data-left", "85"));
        WebElement bikes = stepper(ana, BIKES).findElement(By.className("points-input"));
        bikes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "250", Keys.TAB);
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("points-left"), "data-left", "0"));
        assertThat(bikes.getAttribute("value")).isEqualTo("85");
        for (WebElement plus : ana.findElements(By.className("points-plus"))) {
            assertThat(plus.isEnabled()).as("a step past 100 is not offered").isFalse();
        }
        waitOn(ana).until(page -> myPointsOn(workshop, anaJoined, buses) == 15);

        // What is left stays in view at the bottom of the page, and nothing scrolls sideways.
        ana.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        Number top = (Number) ana.executeScript("return document.getElementById('points-left').getBoundingClientRect().top");
        assertThat(top.doubleValue()).isBetween(0.0, 844.0);
        assertThat(ana.findElement(By.id("points-left")).isDisplayed()).isTrue();
        assertThat(fitsTheScreen(ana)).isTrue();
        Accessibility.assertAccessible(ana, "the participant page on a phone, sharing out points");
        screenshot(ana, "points-phone-sharing");

        // Once the vote ends, the phone shows the ranking as bars.
        assertThat(api.post(path(workshop, "/advance-step"), workshop.facilitatorToken(),
                Map.of("expectedStep", "VOTE")).status()).isEqualTo(200);
        waitOn(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("scoring-results")));
        List<WebElement> ranked = ana.findElements(By.cssSelector("#scoring-results .vote-bar"));
        assertThat(ranked).hasSize(2);
        assertThat(ranked.get(0).getText()).contains(BIKES).contains("85 points");
        assertThat(ranked.get(1).getText()).contains(BUSES).contains("15 points");
        Accessibility.assertAccessible(ana, "the participant page on a phone, the points ranking");
        screenshot(ana, "points-phone-ranking");
    }

    @Test
    void criteriaOnProposals() {
        Workshop workshop = schedule();
        Participant anaJoined = joinNewOrganisation(workshop, "Ana");
        Participant benJoined = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "REALIZATION");
        ChromeDriver facilitator = screens.console(workshop, "Coopérer");

        // The facilitator names the criteria in the phase rules.
        facilitator.findElement(By.cssSelector("#settings-fold > summary")).click();
        waitOn(facilitator).until(ExpectedConditions.attributeToBe(By.id("settings-phase"), "value", "REALIZATION"));
        new Select(facilitator.findElement(By.id("setting-voting-mode"))).selectByValue("CRITERIA");
        type(facilitator, By.id("setting-criterion-1"), "Impact pour le territoire");
        type(facilitator, By.id("setting-criterion-2"), "Faisabilité");
        facilitator.findElement(By.id("settings-save")).click();
        waitOn(facilitator).until(page -> text(facilitator, By.id("settings-status"))
                .equals("Règles enregistrées pour la phase Réalisation."));
        Accessibility.assertAccessible(facilitator, "the console's phase rules with criteria");
        screenshot(facilitator, "criteria-console-rules");

        String kitchen = propose(workshop, anaJoined, KITCHEN);
        String shuttle = propose(workshop, benJoined, SHUTTLE);
        toVoteStep(workshop);
        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);

        score(ana, kitchen, "Impact pour le territoire", 5);
        score(ana, kitchen, "Faisabilité", 3);
        score(ana, shuttle, "Impact pour le territoire", 2);
        score(ana, shuttle, "Faisabilité", 4);
        rate(workshop, benJoined, kitchen, "c1", 4);
        rate(workshop, benJoined, shuttle, "c1", 1);
        waitOn(ana).until(page -> api.get(path(workshop, "/board"), anaJoined.token()).body().path("myRatings").size() == 4);
        assertThat(fitsTheScreen(ana)).isTrue();
        Accessibility.assertAccessible(ana, "the participant page on a phone, scoring projects");
        screenshot(ana, "criteria-phone-scoring");

        // The console ranks the projects, each with a bar per criterion.
        WebElement results = waitOn(facilitator).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("console-scoring-results")));
        waitOn(facilitator).until(page -> results.getText().contains("4,5/5 (2 notes)"));
        List<WebElement> ranked = results.findElements(By.className("criteria-result"));
        assertThat(ranked).hasSize(2);
        assertThat(ranked.get(0).findElement(By.tagName("h3")).getText()).isEqualTo("1. " + KITCHEN);
        assertThat(ranked.get(1).findElement(By.tagName("h3")).getText()).isEqualTo("2. " + SHUTTLE);
        List<WebElement> bars = ranked.get(0).findElements(By.className("vote-bar"));
        assertThat(bars).extracting(WebElement::getText).satisfiesExactly(
                first -> assertThat(first).contains("Impact pour le territoire").contains("4,5/5"),
                second -> assertThat(second).contains("Faisabilité").contains("3/5"));
        assertThat(facilitator.findElement(By.id("results-panel")).isDisplayed()).isFalse();
        Accessibility.assertAccessible(facilitator, "the console, the criteria ranking");
        screenshot(facilitator, "criteria-console-ranking");
    }

    /** The points stepper of the idea with this text, on the phone. */
    private static WebElement stepper(ChromeDriver page, String ideaText) {
        return waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[@data-idea-id][contains(., \"" + ideaText + "\")]//div[contains(@class,'points-stepper')]")));
    }

    /** Chooses a score with the keyboard-reachable label of its radio button. */
    private static void score(ChromeDriver page, String proposalId, String criterion, int score) {
        WebElement choice = waitOn(page).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[@data-proposal-id='" + proposalId + "']//fieldset[legend[. = \"" + criterion + "\"]]"
                        + "//label[. = '" + score + "']")));
        click(page, choice);
        waitOn(page).until(p -> choice.findElement(By.xpath("preceding-sibling::input")).isSelected());
    }

    private int myPointsOn(Workshop workshop, Participant participant, String ideaId) {
        for (JsonNode mine : api.get(path(workshop, "/board"), participant.token()).body().path("myPoints")) {
            if (ideaId.equals(mine.path("ideaId").asText())) {
                return mine.path("points").asInt();
            }
        }
        return 0;
    }

    private void rate(Workshop workshop, Participant participant, String proposalId, String criterionId, int score) {
        assertThat(api.send("PUT", path(workshop, "/ratings"), participant.token(),
                Map.of("proposalId", proposalId, "criterionId", criterionId, "score", score)).status()).isEqualTo(200);
    }

    private String propose(Workshop workshop, Participant participant, String title) {
        ApiClient.Response proposed = api.post(path(workshop, "/proposals"), participant.token(),
                Map.of("title", title, "description", "", "derivedFrom", List.of()));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        return proposed.text("proposalId");
    }

    private void toVoteStep(Workshop workshop) {
        for (String step : List.of("COLLECT", "CLUSTER")) {
            assertThat(api.post(path(workshop, "/advance-step"), workshop.facilitatorToken(),
                    Map.of("expectedStep", step)).status()).isEqualTo(200);
        }
    }

    private static String path(Workshop workshop, String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }

    private Workshop schedule() {
        ApiClient.Response response = api.post("/api/workshops", ORGANISER,
                Map.of("title", unique("Coopérer"), "theme", "Numérique", "votesPerParticipant", 3));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Workshop(response.text("workshopId"), response.text("joinCode"),
                response.text("facilitatorToken"), response.text("evaluatorToken"));
    }
}
