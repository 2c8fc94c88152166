package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.confirm;
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

/**
 * A moderated phase with two participants, in real browsers: the facilitator sets the rule in the
 * console; an idea posted waits, seen by its author as waiting and not by the other participant; the
 * console approves it with the keyboard and the other sees it; another is rejected with a reason,
 * which its author reads and the other never sees.
 */
class BrowserModerationTest extends ScreensTest {

    private static final String BUSES = "Trop peu de bus le soir";
    private static final String INSULT = "Le maire est nul";
    private static final String REASON = "Merci de critiquer les situations, pas les personnes";

    @Test
    void aModeratedPhaseWithTwoParticipants() {
        Workshop workshop = schedule();
        String organisation = registerOrganisation(unique("Coop'Sud"), "Saint-Étienne", true);
        Participant anaJoined = join(workshop, organisation, "Ana");
        Participant benJoined = join(workshop, organisation, "Ben");
        ChromeDriver facilitator = screens.console(workshop, "Mobilité");
        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);
        ChromeDriver ben = screens.participantPage(workshop, benJoined, 360, 740);

        // The rule, set in the console before the phase opens, with the keyboard.
        facilitator.findElement(By.cssSelector("#settings-fold > summary")).click();
        waitOn(facilitator).until(ExpectedConditions.attributeToBe(By.id("settings-phase"), "value", "CRITIQUE"));
        facilitator.findElement(By.id("setting-moderated")).sendKeys(Keys.SPACE);
        facilitator.findElement(By.id("settings-save")).click();
        waitOn(facilitator).until(page -> text(facilitator, By.id("settings-status"))
                .equals("Règles enregistrées pour la phase Critique."));
        waitOn(facilitator).until(ExpectedConditions.elementToBeClickable(By.id("advance"))).click();
        confirm(facilitator);
        for (ChromeDriver page : List.of(facilitator, ana, ben)) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "COLLECT"));
        }

        // Ana posts: her idea waits, Ben does not see it, the console lists it.
        post(ana, BUSES);
        waitOn(ana).until(page -> ideaOn(ana, BUSES).getText().contains("En attente de validation"));
        WebElement waiting = waitOn(facilitator).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='moderation-list']/li[contains(., \"" + BUSES + "\")]")));
        assertThat(facilitator.findElement(By.id("moderation-panel")).isDisplayed()).isTrue();
        assertThat(text(ben, By.id("ideas"))).doesNotContain(BUSES);
        Accessibility.assertAccessible(facilitator, "the console with an idea waiting");
        facilitator.executeScript("document.getElementById('moderation-panel')?.scrollIntoView()");
        screenshot(facilitator, "moderation-console-waiting");
        Accessibility.assertAccessible(ana, "the participant page with her idea waiting");
        screenshot(ana, "moderation-phone-waiting");

        // The console approves it with the keyboard: Ben sees it, Ana's card is an ordinary one.
        waiting.findElement(By.className("moderation-approve")).sendKeys(Keys.ENTER);
        ideaOn(ben, BUSES);
        waitOn(ana).until(page -> !ideaOn(ana, BUSES).getText().contains("En attente de validation"));
        waitOn(facilitator).until(ExpectedConditions.invisibilityOfElementLocated(By.id("moderation-panel")));

        // Another is rejected with a reason: Ana reads it, Ben never sees the idea.
        post(ana, INSULT);
        WebElement rejected = waitOn(facilitator).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='moderation-list']/li[contains(., \"" + INSULT + "\")]")));
        WebElement reason = rejected.findElement(By.className("moderation-reason"));
        reason.sendKeys(REASON);
        reason.sendKeys(Keys.ENTER);
        waitOn(ana).until(page -> ideaOn(ana, INSULT).getText().contains(REASON));
        assertThat(ideaOn(ana, INSULT).getText()).contains("Refusée par l'animation");
        waitOn(facilitator).until(ExpectedConditions.invisibilityOfElementLocated(By.id("moderation-panel")));
        assertThat(text(ben, By.id("ideas"))).contains(BUSES).doesNotContain(INSULT);
        Accessibility.assertAccessible(ana, "the participant page with a rejected idea");
        screenshot(ana, "moderation-phone-rejected");
    }

    private Workshop schedule() {
        ApiClient.Response response = api.post("/api/workshops", ORGANISER,
                Map.of("title", unique("Mobilité"), "theme", "Numérique", "votesPerParticipant", 3));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Workshop(response.text("workshopId"), response.text("joinCode"),
                response.text("facilitatorToken"), response.text("evaluatorToken"));
    }

    private static void post(ChromeDriver page, String idea) {
        type(page, By.id("idea-text"), idea);
        page.findElement(By.id("idea-submit")).click();
        ideaOn(page, idea);
    }

    private static WebElement ideaOn(ChromeDriver page, String idea) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='ideas']//li[@data-idea-id][contains(., \"" + idea + "\")]")));
    }
}
