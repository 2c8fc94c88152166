package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.click;
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

/**
 * From an idea to a partnership in real browsers, with a facilitator and two participants of
 * different organisations on phones: in REALIZATION one proposes a project derived from an earlier
 * critique and a dream, with its conditions; every screen shows it live; both organisations commit
 * and the partnership appears on all three screens; the facilitator orders the projects with the
 * keyboard; dots go on a project. After the workshop closes, a follow-up action is agreed and moves
 * to "under way" while an evaluator watches. Also: a refusal reads in French.
 *
 * The workshop is created and joined through the API (the console and the join page have their own
 * tests); the pages get their tokens where those pages keep them.
 */
class BrowserProposalTest extends ScreensTest {

    private static final String CRITIQUE = "Les associations ne partagent pas leurs locaux";
    private static final String DREAM = "Une cuisine partagée dans chaque quartier";
    private static final String UNRELATED = "Plus de bancs dans les parcs";
    private static final String KITCHEN = "Cuisine partagée de quartier";
    private static final String SHUTTLE = "Navette solidaire du soir";
    private static final String TIMELINE = "Ouverture au printemps 2026";
    private static final String ACTION = "Visiter le local de la MJC avec les partenaires";

    @Test
    void aProposalBecomesAPartnershipOnEveryScreenIsOrderedAndGetsDots() {
        Workshop workshop = schedule();
        String anaOrganisation = unique("Coop'Sud");
        String benOrganisation = unique("Atelier Vélo");
        Participant anaJoined = join(workshop, registerOrganisation(anaOrganisation, "Saint-Étienne", true), "Ana");
        Participant benJoined = join(workshop, registerOrganisation(benOrganisation, "Firminy", true), "Ben");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, anaJoined, UUID.randomUUID().toString(), CRITIQUE);
        postIdea(workshop, benJoined, UUID.randomUUID().toString(), UNRELATED);
        advanceTo(workshop, "UTOPIA");
        postIdea(workshop, benJoined, UUID.randomUUID().toString(), DREAM);
        advanceTo(workshop, "REALIZATION");

        ChromeDriver facilitator = screens.console(workshop, "Coopérer");
        ChromeDriver ana = screens.participantPage(workshop, anaJoined, 390, 844);
        ChromeDriver ben = screens.participantPage(workshop, benJoined, 360, 740);
        List<ChromeDriver> everyone = List.of(facilitator, ana, ben);

        // Ana proposes a project from the critique and the dream, with its conditions of realization.
        click(ana, ana.findElement(By.cssSelector("#propose-box > summary")));
        type(ana, By.id("propose-title"), KITCHEN);
        type(ana, By.id("propose-description"), "Un lieu équipé que les associations se partagent");
        click(ana, source(ana, CRITIQUE));
        click(ana, source(ana, DREAM));
        type(ana, By.id("propose-resources"), "Un local équipé et 20 000 €");
        type(ana, By.id("propose-obstacles"), "Les assurances des locaux partagés");
        type(ana, By.id("propose-firstSteps"), "Recenser les cuisines inutilisées");
        type(ana, By.id("propose-timeline"), TIMELINE);
        assertThat(new Select(ana.findElement(By.id("propose-lead"))).getFirstSelectedOption().getText())
                .isEqualTo(anaOrganisation);
        click(ana, ana.findElement(By.cssSelector("#propose-slot .proposal-submit")));

        for (ChromeDriver page : everyone) {
            WebElement card = proposal(page, KITCHEN);
            waitOn(page).until(p -> card.getText().contains(TIMELINE));
            assertThat(card.findElement(By.className("proposal-derived")).getText().replace('\u00a0', ' '))
                    .contains("« " + CRITIQUE + " » (Critique)").contains("« " + DREAM + " » (Utopie)")
                    .doesNotContain(UNRELATED);
            assertThat(card.findElement(By.className("proposal-lead")).getText()).contains(anaOrganisation);
            assertThat(card.findElement(By.className("proposal-commitments")).getText())
                    .isEqualTo("Aucune organisation engagée pour l'instant.");
        }
        assertThat(proposal(ben, KITCHEN).findElement(By.className("proposal-conditions")).getText())
                .contains("Un local équipé et 20 000 €").contains("Recenser les cuisines inutilisées");
        assertThat(proposal(ben, KITCHEN).findElements(By.className("amend-button")).get(0).isDisplayed()).isFalse();

        // Ana commits her organisation: the other screens show it committed.
        click(ana, proposal(ana, KITCHEN).findElement(By.className("commit-button")));
        waitOn(ana).until(ExpectedConditions.attributeToBe(
                proposal(ana, KITCHEN).findElement(By.className("commit-row")), "data-committed", "true"));
        for (ChromeDriver page : List.of(facilitator, ben)) {
            waitOn(page).until(p -> proposal(page, KITCHEN).findElement(By.className("proposal-commitments")).getText()
                    .replace('\u00a0', ' ').equals("Organisation engagée : " + anaOrganisation));
        }
        assertThat(text(ben, By.id("partnership-news"))).isEmpty();

        // Ben commits his: the partnership forms, and every screen says so without reload.
        for (ChromeDriver page : everyone) {
            page.executeScript("window.sameDocument = true");
        }
        click(ben, proposal(ben, KITCHEN).findElement(By.className("commit-button")));
        for (ChromeDriver page : everyone) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("partnership-news"), "data-strength", "new"));
            String news = text(page, By.id("partnership-news")).replace('\u00a0', ' ');
            assertThat(news).startsWith("Partenariat formé : " + anaOrganisation + ", " + benOrganisation)
                    .contains("Projet « " + KITCHEN + " »").contains("Un lien nouveau");
            assertThat(page.findElement(By.id("partnership-news")).getAttribute("role")).isEqualTo("status");
            // It floats at the bottom of the screen, where a reader scrolled down the ideas still sees it.
            assertThat(page.findElement(By.id("partnership-news")).getCssValue("position")).isEqualTo("fixed");
            assertThat(page.executeScript("return window.sameDocument")).isEqualTo(true);
            waitOn(page).until(p -> proposal(page, KITCHEN).findElement(By.className("proposal-partnership")).isDisplayed());
            assertThat(page.findElements(By.cssSelector("#partnerships [data-partnership-id][data-status=ACTIVE]")))
                    .hasSize(1);
        }

        // The facilitator proposes for the room, then puts that project first, with the keyboard.
        click(facilitator, facilitator.findElement(By.cssSelector("#propose-box > summary")));
        type(facilitator, By.id("propose-title"), SHUTTLE);
        facilitator.findElement(By.id("propose-title")).sendKeys(Keys.ENTER);
        for (ChromeDriver page : everyone) {
            proposal(page, SHUTTLE);
        }
        WebElement up = waitOn(facilitator).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='order-list']/li[contains(., \"" + SHUTTLE + "\")]//button[contains(@class, 'order-up')]")));
        facilitator.executeScript("arguments[0].scrollIntoView({block: 'center'})", up);
        up.sendKeys(Keys.ENTER);
        waitOn(facilitator).until(p -> orderShown(facilitator).equals(List.of(SHUTTLE, KITCHEN)));
        assertThat(facilitator.switchTo().activeElement().getAttribute("class")).contains("order-down");
        facilitator.findElement(By.id("order-save")).sendKeys(Keys.ENTER);
        for (ChromeDriver page : everyone) {
            waitOn(page).until(p -> cardsShown(page).equals(List.of(SHUTTLE, KITCHEN)));
            waitOn(page).until(p -> proposal(page, SHUTTLE).findElement(By.className("proposal-priority")).getText()
                    .equals("Priorité 1"));
        }

        // VOTE: a dot on a project, from the same budget; the console's bars count it.
        for (String step : List.of("COLLECT", "CLUSTER")) {
            assertThat(api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                    Map.of("expectedStep", step)).status()).isEqualTo(200);
        }
        click(ana, waitOn(ana).until(p -> visible(proposal(ana, KITCHEN).findElement(By.className("vote-plus")))));
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", "2"));
        waitOn(facilitator).until(ExpectedConditions.attributeToBe(
                By.cssSelector("#proposal-vote-bars [data-votes='1']"), "data-proposal-id", proposalId(facilitator, KITCHEN)));
        waitOn(ben).until(p -> proposal(ben, KITCHEN).findElement(By.className("proposal-votes")).getText()
                .equals("1 gommette"));
        assertThat(fitsTheScreen(ben)).isTrue();
    }

    @Test
    void afterClosingAFollowUpActionIsAgreedAndMovesOnWhileAnEvaluatorWatches() {
        Workshop workshop = schedule();
        String anaOrganisation = unique("Coop'Sud");
        String benOrganisation = unique("Atelier Vélo");
        Participant anaJoined = join(workshop, registerOrganisation(anaOrganisation, "Saint-Étienne", true), "Ana");
        Participant benJoined = join(workshop, registerOrganisation(benOrganisation, "Firminy", true), "Ben");
        advanceTo(workshop, "REALIZATION");
        String proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", anaJoined.token(),
                Map.of("title", KITCHEN)).text("proposalId");
        for (Participant participant : List.of(anaJoined, benJoined)) {
            assertThat(api.post("/api/proposals/" + proposalId + "/commitments", participant.token(), Map.of()).status())
                    .isEqualTo(201);
        }
        advanceTo(workshop, "CLOSED");

        // The evaluator opens the link the console gives: read only, and the key leaves the address bar.
        ChromeDriver evaluator = screens.open(1024, 768);
        evaluator.get(screens.url("/follow-up.html?workshop=" + workshop.id() + "#evaluator=" + workshop.evaluatorToken()));
        waitOn(evaluator).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        assertThat(evaluator.getCurrentUrl()).doesNotContain(workshop.evaluatorToken());
        WebElement followed = followUp(evaluator, KITCHEN);
        assertThat(followed.getText()).contains(anaOrganisation).contains(benOrganisation);
        assertThat(followed.findElement(By.className("agree-box")).isDisplayed()).isFalse();

        // Ben, on his participant page of the closed workshop, goes to the follow-up board.
        ChromeDriver ben = screens.participantPage(workshop, benJoined, 360, 740);
        click(ben, waitOn(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("follow-up-link"))));
        waitOn(ben).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        WebElement kitchen = followUp(ben, KITCHEN);
        click(ben, kitchen.findElement(By.cssSelector(".agree-box > summary")));
        assertThat(new Select(kitchen.findElement(By.cssSelector(".agree-form select"))).getFirstSelectedOption().getText())
                .isEqualTo(benOrganisation);
        kitchen.findElement(By.cssSelector(".agree-form textarea")).sendKeys(ACTION);
        ben.executeScript("arguments[0].value = '2026-06-30'", kitchen.findElement(By.cssSelector(".agree-form input[type=date]")));
        click(ben, kitchen.findElement(By.className("agree-submit")));

        WebElement action = waitOn(evaluator).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[@data-action-id][contains(., \"" + ACTION + "\")]")));
        waitOn(evaluator).until(ExpectedConditions.attributeToBe(action, "data-status", "PLANNED"));
        assertThat(action.getText()).contains(benOrganisation).contains("pour le 30 juin 2026").contains("Prévue");

        // Ben moves it to "under way": the evaluator sees it without reload.
        WebElement own = waitOn(ben).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[@data-action-id][contains(., \"" + ACTION + "\")]")));
        new Select(own.findElement(By.className("status-select"))).selectByValue("UNDER_WAY");
        click(ben, own.findElement(By.className("status-save")));
        waitOn(evaluator).until(ExpectedConditions.attributeToBe(action, "data-status", "UNDER_WAY"));
        assertThat(action.findElement(By.className("action-status")).getText()).isEqualTo("En cours");
        assertThat(action.findElement(By.className("action-edit")).isDisplayed()).isFalse();
        assertThat(text(evaluator, By.id("follow-up-summary")).replace('\u00a0', ' ')).isEqualTo("1 action (En cours : 1)");
        assertThat(fitsTheScreen(ben)).isTrue();
        Accessibility.assertAccessible(evaluator, "the follow-up board");

        evaluator.findElement(By.cssSelector("[data-lang-switch]")).click();
        waitOn(evaluator).until(p -> action.findElement(By.className("action-status")).getText().equals("Under way"));
        assertThat(action.getText()).contains("by 30 Jun 2026"); // one way of saying a date, as in French
        assertThat(text(evaluator, By.id("role-note"))).isEqualTo("You are reading the follow-up as an evaluator: read only.");
    }

    @Test
    void aPartnershipBetweenOrganisationsAlreadyLinkedSaysItStrengthensThem() {
        String anaOrganisation = unique("Coop'Sud");
        String benOrganisation = unique("Atelier Vélo");
        String anaId = registerOrganisation(anaOrganisation, "Saint-Étienne", true);
        String benId = registerOrganisation(benOrganisation, "Firminy", true);
        Workshop earlier = schedule();
        List<Participant> before = List.of(join(earlier, anaId, "Ana"), join(earlier, benId, "Ben"));
        advanceTo(earlier, "REALIZATION");
        commitBoth(earlier, before, SHUTTLE);

        Workshop workshop = schedule();
        Participant anaJoined = join(workshop, anaId, "Ana");
        Participant benJoined = join(workshop, benId, "Ben");
        advanceTo(workshop, "REALIZATION");
        String proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", anaJoined.token(),
                Map.of("title", KITCHEN)).text("proposalId");
        api.post("/api/proposals/" + proposalId + "/commitments", anaJoined.token(), Map.of());
        ChromeDriver ben = screens.participantPage(workshop, benJoined, 360, 740);

        click(ben, proposal(ben, KITCHEN).findElement(By.className("commit-button")));

        waitOn(ben).until(ExpectedConditions.attributeToBe(By.id("partnership-news"), "data-strength", "strengthened"));
        assertThat(text(ben, By.id("partnership-news")).replace('\u00a0', ' '))
                .contains("Il renforce des liens existants : " + anaOrganisation + " – " + benOrganisation);
        assertThat(ben.findElement(By.cssSelector("#partnerships [data-partnership-id]")).getAttribute("data-strengthened"))
                .isEqualTo("true");
        // The keyboard moves to the button that undoes what was just done.
        assertThat(ben.switchTo().activeElement().getAttribute("class")).contains("uncommit-button");
    }

    private void commitBoth(Workshop workshop, List<Participant> participants, String title) {
        String proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", participants.get(0).token(),
                Map.of("title", title)).text("proposalId");
        for (Participant participant : participants) {
            assertThat(api.post("/api/proposals/" + proposalId + "/commitments", participant.token(), Map.of()).status())
                    .isEqualTo(201);
        }
    }

    @Test
    void amendingAProposalWithdrawnMeanwhileIsRefusedInFrench() {
        Workshop workshop = schedule();
        Participant anaJoined = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "REALIZATION");
        String proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", anaJoined.token(),
                Map.of("title", KITCHEN)).text("proposalId");
        ChromeDriver facilitator = screens.console(workshop, "Coopérer");

        click(facilitator, proposal(facilitator, KITCHEN).findElement(By.className("amend-button")));
        WebElement title = facilitator.switchTo().activeElement();
        assertThat(title.getAttribute("value")).isEqualTo(KITCHEN);
        title.sendKeys(" du centre");
        assertThat(api.delete("/api/proposals/" + proposalId, anaJoined.token()).status()).isEqualTo(204);
        waitOn(facilitator).until(p -> proposal(facilitator, KITCHEN).findElement(By.className("proposal-withdrawn"))
                .isDisplayed());
        title.sendKeys(Keys.ENTER);

        WebElement refusal = proposal(facilitator, KITCHEN).findElement(By.cssSelector(".proposal-editor .alert"));
        waitOn(facilitator).until(p -> !refusal.getText().isEmpty());
        // Selenium reads the no-break space before the colon as a plain one.
        assertThat(refusal.getText().replace('\u00a0', ' ')).isEqualTo("Ce projet a été retiré : il ne peut plus changer.");
    }

    private Workshop schedule() {
        ApiClient.Response response = api.post("/api/workshops", ORGANISER,
                Map.of("title", unique("Coopérer"), "theme", "Numérique", "votesPerParticipant", 3));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Workshop(response.text("workshopId"), response.text("joinCode"),
                response.text("facilitatorToken"), response.text("evaluatorToken"));
    }

    private static WebElement source(ChromeDriver page, String idea) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='propose-slot']//li[@data-source][contains(., \"" + idea + "\")]//input[@type='checkbox']")));
    }

    private static WebElement proposal(ChromeDriver page, String title) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='proposals']/li[@data-proposal-id][.//h3[. = \"" + title + "\"]]")));
    }

    private static String proposalId(ChromeDriver page, String title) {
        return proposal(page, title).getAttribute("data-proposal-id");
    }

    private static WebElement followUp(ChromeDriver page, String title) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='follow-up-proposals']/section[@data-proposal-id][./h2[. = \"" + title + "\"]]")));
    }

    private static List<String> cardsShown(ChromeDriver page) {
        return page.findElements(By.cssSelector("#proposals > li .proposal-title")).stream().map(WebElement::getText).toList();
    }

    private static List<String> orderShown(ChromeDriver page) {
        return page.findElements(By.cssSelector("#order-list .order-label")).stream()
                .map(label -> label.getText().replaceAll(" \\(.*\\)$", ""))
                .toList();
    }

    private static WebElement visible(WebElement element) {
        return element.isDisplayed() ? element : null;
    }
}
