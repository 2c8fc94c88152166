package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.click;
import static org.atelier.web.browser.Browsers.confirm;
import static org.atelier.web.browser.Browsers.fitsTheScreen;
import static org.atelier.web.browser.Browsers.text;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A CRITIQUE phase written privately and anonymously, in real browsers: each participant sees only
 * their own ideas and a count of the others', the facilitator only the count; the reveal brings every
 * idea to every screen at once, without authors; then clusters made, merged and renamed, dots on an
 * idea and on a cluster with the dots left as the server counts them, and the discussion. Also: a
 * refusal reads in French on a French page.
 *
 * The workshop is created and joined through the API (the console and the join page have their own
 * tests); the pages get their tokens where those pages keep them.
 */
class BrowserPrivatePhaseTest extends ScreensTest {

    private static final int BUDGET = 3;
    private static final String PREMISES = "Les associations ne partagent pas leurs locaux";
    private static final String BUSES = "Trop peu de bus le soir";
    private static final String BIKES = "Pas de pistes cyclables sûres";

    @Test
    void aPrivateAnonymousCritiqueIsRevealedClusteredVotedAndDiscussed() {
        Workshop workshop = schedule(BUDGET);
        String organisation = registerOrganisation(unique("Coop'Sud"), "Saint-Étienne", true);
        Participant anaJoined = join(workshop, organisation, "Ana");
        Participant benJoined = join(workshop, organisation, "Ben");
        ChromeDriver facilitator = screens.console(workshop, "Mobilité");
        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);
        ChromeDriver ben = screens.participantPage(workshop, benJoined, 360, 740);
        List<ChromeDriver> everyone = List.of(facilitator, ana, ben);

        // Before the phase opens, the facilitator unfolds the rules and writes them: private writing, anonymous.
        facilitator.findElement(By.cssSelector("#settings-fold > summary")).click();
        waitOn(facilitator).until(ExpectedConditions.attributeToBe(By.id("settings-phase"), "value", "CRITIQUE"));
        facilitator.findElement(By.id("setting-private")).sendKeys(Keys.SPACE);
        facilitator.findElement(By.id("setting-anonymous")).sendKeys(Keys.SPACE);
        facilitator.findElement(By.id("settings-save")).click();
        waitOn(facilitator).until(page -> text(facilitator, By.id("settings-status"))
                .equals("Règles enregistrées pour la phase Critique."));
        waitOn(facilitator).until(ExpectedConditions.elementToBeClickable(By.id("advance"))).click();
        confirm(facilitator);
        for (ChromeDriver page : everyone) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "COLLECT"));
        }
        for (ChromeDriver page : List.of(ana, ben)) {
            waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("private-box")));
            assertThat(page.findElement(By.id("anonymous-note")).isDisplayed()).isTrue();
            page.executeScript("window.sameDocument = true");
        }

        // COLLECT, privately: each sees their own ideas and how many the other wrote.
        post(ana, PREMISES);
        post(ana, BUSES);
        post(ben, BIKES);
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("private-others"), "data-count", "1"));
        waitOn(ben).until(ExpectedConditions.attributeToBe(By.id("private-others"), "data-count", "2"));
        assertThat(ideasShown(ana)).hasSize(2);
        assertThat(ideasShown(ben)).hasSize(1);
        assertThat(text(ben, By.id("ideas"))).doesNotContain(PREMISES).doesNotContain(BUSES);
        assertThat(text(ben, By.id("private-others"))).isEqualTo("2 idées des autres participants, révélées plus tard");
        waitOn(facilitator).until(ExpectedConditions.attributeToBe(By.id("private-count"), "data-count", "3"));
        assertThat(text(facilitator, By.id("private-count"))).isEqualTo("3 idées écrites en privé");
        assertThat(ideasShown(facilitator)).isEmpty();

        // The reveal: every idea on every screen, without reload, and without authors.
        facilitator.findElement(By.id("reveal")).click();
        confirm(facilitator);
        for (ChromeDriver page : everyone) {
            waitOn(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas [data-idea-id]"), 3));
        }
        for (ChromeDriver page : List.of(ana, ben)) {
            assertThat(page.executeScript("return window.sameDocument")).isEqualTo(true);
            waitOn(page).until(ExpectedConditions.invisibilityOfElementLocated(By.id("private-box")));
        }
        assertThat(facilitator.findElement(By.id("reveal-box")).isDisplayed()).isFalse();
        assertThat(ideaOn(ben, PREMISES).findElement(By.className("idea-author")).getText()).isEqualTo("Anonyme");
        assertThat(ideaOn(ana, BIKES).findElement(By.className("idea-author")).getText()).isEqualTo("Anonyme");
        assertThat(ideaOn(ana, BUSES).getText()).contains("(vous)");
        assertThat(text(ben, By.id("ideas"))).doesNotContain("Ana");
        assertThat(text(ana, By.id("ideas"))).doesNotContain("Ben");
        assertThat(text(facilitator, By.id("ideas"))).doesNotContain("Ana").doesNotContain("Ben");

        // CLUSTER: two clusters, one merged into the other, which is then renamed; all with the keyboard.
        nextStep(facilitator, everyone, "CLUSTER");
        createCluster(facilitator, "Bus", BUSES);
        createCluster(facilitator, "Vélos", BIKES);
        new Select(clusterZone(facilitator, "Vélos").findElement(By.className("merge-select"))).selectByVisibleText("Bus");
        clusterZone(facilitator, "Vélos").findElement(By.className("merge-button")).sendKeys(Keys.ENTER);
        confirm(facilitator);
        waitOn(facilitator).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#cluster-board .cluster-zone:not(.is-unclustered)"), 1));
        clusterZone(facilitator, "Bus").findElement(By.className("rename-button")).sendKeys(Keys.ENTER);
        WebElement newTitle = facilitator.switchTo().activeElement();
        newTitle.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Mobilité", Keys.ENTER);
        WebElement mobility = clusterZone(facilitator, "Mobilité");
        waitOn(facilitator).until(page -> mobility.findElements(By.cssSelector("[data-idea-id]")).size() == 2);
        for (ChromeDriver page : List.of(ana, ben)) {
            waitOn(page).until(p -> clusterBlock(page, "Mobilité").findElements(By.cssSelector("[data-idea-id]")).size() == 2);
        }

        // VOTE: a dot on a cluster and one on an idea; the dots left are the server's.
        nextStep(facilitator, everyone, "VOTE");
        click(ana, clusterBlock(ana, "Mobilité").findElement(By.xpath("./div[contains(@class, 'vote-controls')]//button[contains(@class, 'vote-plus')]")));
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", String.valueOf(BUDGET - 1)));
        click(ana, ideaOn(ana, PREMISES).findElement(By.className("vote-plus")));
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", String.valueOf(BUDGET - 2)));
        click(ben, ideaOn(ben, BIKES).findElement(By.className("vote-plus")));
        waitOn(ben).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", String.valueOf(BUDGET - 1)));
        assertThat(board(workshop, anaJoined).path("votesLeft").asInt()).isEqualTo(BUDGET - 2);
        assertThat(text(ana, By.id("dots-left"))).isEqualTo("Il vous reste 1 gommette sur 3");
        waitOn(facilitator).until(ExpectedConditions.attributeToBe(
                By.cssSelector("#cluster-vote-bars [data-cluster-id]"), "data-votes", "1"));
        waitOn(facilitator).until(page -> facilitator.findElements(By.cssSelector("#vote-bars [data-votes='1']")).size() == 2);
        waitOn(ben).until(p -> clusterBlock(ben, "Mobilité").findElement(By.className("cluster-votes")).getText()
                .equals("1 gommette"));
        assertThat(fitsTheScreen(ben)).isTrue();
        // A fresh page knows nothing but what the server says.
        ana.navigate().refresh();
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", String.valueOf(BUDGET - 2)));
        waitOn(ana).until(ExpectedConditions.attributeToBe(ideaOn(ana, PREMISES).findElement(By.className("vote-controls")),
                "data-own", "1"));

        // DISCUSS: every screen follows.
        nextStep(facilitator, everyone, "DISCUSS");
        assertThat(ana.findElement(By.id("vote-status")).isDisplayed()).isFalse();
    }

    @Test
    void aVotePastTheBudgetIsRefusedInFrench() {
        Workshop workshop = schedule(1);
        Participant anaJoined = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        assertThat(postIdea(workshop, anaJoined, UUID.randomUUID().toString(), BUSES).status()).isEqualTo(201);
        for (String step : List.of("COLLECT", "CLUSTER")) {
            assertThat(api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                    Map.of("expectedStep", step)).status()).isEqualTo(200);
        }
        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);

        click(ana, ideaOn(ana, BUSES).findElement(By.className("vote-plus")));
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", "0"));
        WebElement plus = ideaOn(ana, BUSES).findElement(By.className("vote-plus"));
        waitOn(ana).until(page -> !plus.isEnabled());

        // Her other screen spent the dot meanwhile: the refusal shows under the +1 that caused it.
        ana.executeScript("arguments[0].disabled = false", plus);
        click(ana, plus);
        WebElement refusal = ideaOn(ana, BUSES).findElement(By.className("vote-error"));
        waitOn(ana).until(page -> !refusal.getText().isEmpty());
        // Selenium reads the no-break space before the colon as a plain one.
        assertThat(refusal.getText().replace('\u00a0', ' ')).isEqualTo(
                "Vote refusé : vous avez posé toutes vos gommettes pour cette phase. Reprenez-en une pour la déplacer.");
    }

    @Test
    void anObjectionParkedDuringUtopiaSurfacesInRealization() {
        String objection = "Ça ne marchera pas parce que les communes ne financeront pas les navettes";
        Workshop workshop = schedule(BUDGET);
        Participant anaJoined = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "UTOPIA");
        ChromeDriver facilitator = screens.console(workshop, "Mobilité");
        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);
        waitOn(facilitator).until(ExpectedConditions.visibilityOfElementLocated(By.id("objections-panel")));
        assertThat(text(facilitator, By.id("objections-note"))).startsWith("Pendant l'Utopie, les objections");

        type(ana, By.id("objection-text"), objection);
        ana.findElement(By.id("objection-submit")).click();
        waitOn(ana).until(page -> text(ana, By.id("objection-status"))
                .equals("Votre objection est mise de côté jusqu'à la phase Réalisation."));
        assertThat(text(ana, By.id("ideas"))).doesNotContain(objection);

        advanceTo(workshop, "REALIZATION");
        for (ChromeDriver page : List.of(ana, facilitator)) {
            waitOn(page).until(ExpectedConditions.textToBe(By.cssSelector("#objections [data-objection-id]"), objection));
        }
        assertThat(ana.findElement(By.id("objection-form")).isDisplayed()).isFalse();
    }

    private Workshop schedule(int budget) {
        ApiClient.Response response = api.post("/api/workshops", ORGANISER,
                Map.of("title", unique("Mobilité"), "theme", "Numérique", "votesPerParticipant", budget));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Workshop(response.text("workshopId"), response.text("joinCode"),
                response.text("facilitatorToken"), response.text("evaluatorToken"));
    }

    private JsonNode board(Workshop workshop, Participant participant) {
        return api.get("/api/workshops/" + workshop.id() + "/board", participant.token()).body();
    }

    private static void nextStep(ChromeDriver facilitator, List<ChromeDriver> everyone, String step) {
        waitOn(facilitator).until(ExpectedConditions.elementToBeClickable(By.id("advance-step"))).click();
        confirm(facilitator);
        for (ChromeDriver page : everyone) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", step));
        }
    }

    private static void post(ChromeDriver page, String idea) {
        type(page, By.id("idea-text"), idea);
        page.findElement(By.id("idea-submit")).click();
        ideaOn(page, idea);
    }

    private static void createCluster(ChromeDriver facilitator, String title, String idea) {
        waitOn(facilitator).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='no-cluster']//li[@data-idea-id][contains(., \"" + idea + "\")]//input[@type='checkbox']")))
                .sendKeys(Keys.SPACE);
        type(facilitator, By.id("cluster-title"), title + Keys.ENTER);
        waitOn(facilitator).until(page -> clusterZone(facilitator, title).findElements(By.cssSelector("[data-idea-id]")).size() == 1);
    }

    private static WebElement clusterZone(ChromeDriver facilitator, String title) {
        return waitOn(facilitator).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='cluster-board']//section[contains(@class, 'cluster-zone')][.//span[@class='zone-title'][. = \""
                        + title + "\"]]")));
    }

    private static WebElement clusterBlock(ChromeDriver page, String title) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='ideas']//section[@data-cluster-id][./h4[starts-with(., \"" + title + " (\")]]")));
    }

    private static WebElement ideaOn(ChromeDriver page, String idea) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='ideas']//li[@data-idea-id][contains(., \"" + idea + "\")]")));
    }

    private static List<WebElement> ideasShown(ChromeDriver page) {
        return page.findElements(By.cssSelector("#ideas [data-idea-id]"));
    }
}
