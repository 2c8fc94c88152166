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
import java.util.UUID;

import org.atelier.web.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * "S'appuie sur…" in real browsers: a dream answers a critique from the card of the critique
 * (by keyboard, on a laptop), the form links one more idea from its list and unlinks it, both
 * cards say how they are linked on every screen (in French and in English), a project is proposed
 * from the dream on a phone, and once two organisations commit the evaluator's trace runs from the
 * partnership back through the project and the dream to the critique.
 */
class BrowserBuildsOnTest extends ScreensTest {

    private static final String CRITIQUE = "Les associations ne partagent pas leurs locaux";
    private static final String OTHER = "Les horaires des bus ne vont à personne";
    private static final String DREAM = "Une maison des associations ouverte à toutes";
    private static final String PROJECT = "Maison des associations du quartier";

    @Test
    void aDreamAnswersACritiqueAndTheTraceRunsFromThePartnershipBackToIt() {
        Workshop workshop = scheduleWorkshop();
        String anaOrganisation = unique("Coop'Sud");
        String benOrganisation = unique("Tiers-Lieu");
        Participant anaJoined = join(workshop, registerOrganisation(anaOrganisation, "Saint-Étienne", true), "Ana");
        Participant benJoined = join(workshop, registerOrganisation(benOrganisation, "Firminy", true), "Ben");
        advanceTo(workshop, "CRITIQUE");
        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);
        ChromeDriver ben = screens.participantPage(workshop, benJoined, 1366, 768);

        // Ana writes the critique on her phone; Ben another one.
        type(ana, By.id("idea-text"), CRITIQUE);
        click(ana, ana.findElement(By.id("idea-submit")));
        postIdea(workshop, benJoined, UUID.randomUUID().toString(), OTHER);
        waitOn(ben).until(p -> card(ben, CRITIQUE).isDisplayed());
        String critiqueId = card(ben, CRITIQUE).getAttribute("data-idea-id");
        assertThat(card(ben, CRITIQUE).findElement(By.className("build-on-button")).getText()).isEqualTo("Répondre");

        advanceTo(workshop, "UTOPIA");
        for (ChromeDriver page : List.of(ana, ben)) {
            waitOn(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("phase"), "Utopie"));
            assertThat(text(page, By.id("phase-invite"))).startsWith("Répondez à une critique");
        }
        // Ana's critique stays as it was voted: her card no longer offers to edit or withdraw it.
        assertThat(card(ana, CRITIQUE).findElement(By.className("edit-button")).isDisplayed()).isFalse();
        assertThat(card(ana, CRITIQUE).findElement(By.className("withdraw-button")).isDisplayed()).isFalse();

        // Ben answers Ana's critique from its card, with the keyboard: the writing starts at once.
        WebElement answer = card(ben, CRITIQUE).findElement(By.className("build-on-button"));
        ben.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", answer);
        answer.sendKeys(Keys.ENTER);
        waitOn(ben).until(p -> "idea-text".equals(p.switchTo().activeElement().getAttribute("id")));
        assertThat(linkedInForm(ben)).containsExactly("« " + CRITIQUE + " » (Critique)");
        assertThat(card(ben, CRITIQUE).getAttribute("class")).contains("is-linked");
        assertThat(card(ben, CRITIQUE).findElement(By.className("build-on-button")).getAttribute("aria-pressed"))
                .isEqualTo("true");

        // The form links one more from its list, then lets it go again.
        new Select(ben.findElement(By.id("draft-links-picker"))).selectByVisibleText(OTHER);
        waitOn(ben).until(p -> linkedInForm(ben).size() == 2);
        screenshot(ben, "builds-on-laptop-form");
        WebElement unlink = ben.findElement(By.cssSelector("#draft-links li:last-child .unlink-button"));
        assertThat(unlink.getAttribute("aria-label").replace('\u00a0', ' ')).isEqualTo("Retirer le lien avec « " + OTHER + " »");
        click(ben, unlink);
        waitOn(ben).until(p -> linkedInForm(ben).size() == 1);
        assertThat(ben.switchTo().activeElement().getAttribute("id")).isEqualTo("draft-links-picker");

        ben.findElement(By.id("idea-text")).sendKeys(DREAM);
        ben.findElement(By.id("idea-text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitOn(ben).until(ExpectedConditions.invisibilityOfElementLocated(By.id("draft-links-chosen")));

        // Every screen says how the two are linked, each with the phase of the other.
        for (ChromeDriver page : List.of(ana, ben)) {
            waitOn(page).until(p -> relations(page, DREAM).contains("S'appuie sur « " + CRITIQUE + " » (Critique)"));
            waitOn(page).until(p -> relations(page, CRITIQUE).contains("Reprise par « " + DREAM + " » (Utopie)"));
            assertThat(relations(page, OTHER)).isEmpty();
            assertThat(card(page, DREAM).findElement(By.className("build-on-button")).getText()).isEqualTo("Prolonger");
            assertThat(fitsTheScreen(page)).isTrue();
        }
        ApiClient.Response board = api.get("/api/workshops/" + workshop.id() + "/board", workshop.facilitatorToken());
        String dreamId = card(ana, DREAM).getAttribute("data-idea-id");
        board.body().path("ideas").forEach(idea -> {
            if (idea.path("ideaId").asText().equals(dreamId)) {
                assertThat(idea.path("inspiredBy").get(0).asText()).isEqualTo(critiqueId);
                assertThat(idea.path("inspiredBy")).hasSize(1);
            }
        });

        ana.executeScript("window.scrollTo(0, 0)");
        screenshot(ana, "builds-on-phone-top");
        ben.executeScript("document.getElementById('ideas-title').scrollIntoView()");
        screenshot(ben, "builds-on-laptop-cards");

        // Ana follows the link from the dream to the critique it answers.
        WebElement toCritique = card(ana, DREAM).findElement(By.cssSelector(".relation[data-relation='buildsOn'] a"));
        click(ana, toCritique);
        waitOn(ana).until(p -> ("idea-" + critiqueId).equals(p.switchTo().activeElement().getAttribute("id")));
        screenshot(ana, "builds-on-phone-cards");
        Accessibility.assertAccessible(ana, "the participant page on a phone, ideas linked");
        Accessibility.assertAccessible(ben, "the participant page on a laptop, ideas linked");

        // In REALIZATION Ana proposes a project from the dream, on her phone; both organisations commit.
        advanceTo(workshop, "REALIZATION");
        waitOn(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("phase"), "Réalisation"));
        assertThat(text(ana, By.id("phase-invite"))).startsWith("Prolongez un rêve");

        // On her phone Ana starts an action on the dream, sees it in the form, and lets it go from the card.
        click(ana, card(ana, DREAM).findElement(By.className("build-on-button")));
        waitOn(ana).until(p -> linkedInForm(ana).size() == 1);
        assertThat(linkedInForm(ana)).containsExactly("« " + DREAM + " » (Utopie)");
        assertThat(fitsTheScreen(ana)).isTrue();
        screenshot(ana, "builds-on-phone-form");
        WebElement letGo = card(ana, DREAM).findElement(By.className("build-on-button"));
        assertThat(letGo.getText()).isEqualTo("Retirer le lien");
        click(ana, letGo);
        waitOn(ana).until(ExpectedConditions.invisibilityOfElementLocated(By.id("draft-links-chosen")));
        assertThat(card(ana, DREAM).findElement(By.className("build-on-button")).getText()).isEqualTo("Prolonger");
        click(ana, ana.findElement(By.cssSelector("#propose-box > summary")));
        type(ana, By.id("propose-title"), PROJECT);
        click(ana, waitOn(ana).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='propose-slot']//li[@data-source][contains(., \"" + DREAM + "\")]//input[@type='checkbox']"))));
        click(ana, ana.findElement(By.cssSelector("#propose-slot .proposal-submit")));
        WebElement proposal = waitOn(ana).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='proposals']/li[@data-proposal-id][.//h3[. = \"" + PROJECT + "\"]]")));
        String proposalId = proposal.getAttribute("data-proposal-id");

        // In English too.
        click(ana, ana.findElement(By.cssSelector("[data-lang-switch]")));
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        waitOn(ana).until(p -> relations(ana, DREAM).contains("Builds on \"" + CRITIQUE + "\" (Critique)"));
        assertThat(relations(ana, CRITIQUE)).containsExactly("Taken up by \"" + DREAM + "\" (Utopia)");
        assertThat(card(ana, DREAM).findElement(By.className("build-on-button")).getText()).isEqualTo("Build on");
        assertThat(text(ana, By.id("phase-invite"))).startsWith("Build on a dream");
        for (Participant participant : List.of(anaJoined, benJoined)) {
            ApiClient.Response committed = api.post("/api/proposals/" + proposalId + "/commitments", participant.token(),
                    Map.of());
            assertThat(committed.status()).as(committed.body().toString()).isEqualTo(201);
        }

        // The evaluator's trace: from the critique, through the dream and the project, to the partnership.
        ChromeDriver evaluator = screens.open(1366, 768);
        evaluator.get(screens.url("/evaluator.html?workshop=" + workshop.id() + "#evaluator="
                + workshop.evaluatorToken()));
        waitOn(evaluator).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#trace-steps .trace-step")));
        List<WebElement> steps = evaluator.findElements(By.cssSelector("#trace-steps .trace-step"));
        assertThat(steps.get(0).getAttribute("data-kind")).isEqualTo("critique");
        assertThat(steps.get(0).getText()).contains(CRITIQUE).contains("Ana");
        assertThat(steps).extracting(step -> step.getAttribute("data-type"))
                .containsSubsequence("IdeaPosted", "IdeaPosted", "ProjectProposed", "PartnershipFormed");
        assertThat(steps).extracting(step -> step.getAttribute("data-kind")).containsSubsequence("critique", "dream");
        assertThat(text(evaluator, By.id("trace-steps"))).contains(DREAM).contains(PROJECT).doesNotContain(OTHER);
    }

    /** An idea's card on the participant page, by its text. */
    private static WebElement card(ChromeDriver page, String text) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='ideas']//li[@data-idea-id][.//p[contains(@class, 'idea-text')][. = \"" + text + "\"]]")));
    }

    /** What a card says it builds on and what builds on it, one line each. */
    private static List<String> relations(ChromeDriver page, String text) {
        return card(page, text).findElements(By.cssSelector(".idea-relations > .relation")).stream()
                .map(relation -> relation.getText().replace('\u00a0', ' ')).toList();
    }

    /** What the idea being written builds on, as its form lists it. */
    private static List<String> linkedInForm(ChromeDriver page) {
        return page.findElements(By.cssSelector("#draft-links .draft-link-text")).stream()
                .map(link -> link.getText().replace('\u00a0', ' ')).toList();
    }
}
