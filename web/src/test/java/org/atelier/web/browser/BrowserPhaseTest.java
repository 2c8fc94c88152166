package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.fitsTheScreen;
import static org.atelier.web.browser.Browsers.text;
import static org.atelier.web.browser.Browsers.confirm;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.List;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A whole CRITIQUE phase in real browsers, one facilitator and two participants on phones: ideas,
 * a cluster made with the keyboard, a shared countdown, dot votes up to the budget, "I'm done",
 * discussion, and a step back to the vote.
 */
class BrowserPhaseTest extends ApiTest {

    private static final int BUDGET = 3;
    private static final String BUSES = "Trop peu de bus le soir";
    private static final String BIKES = "Pas de pistes cyclables sûres";
    private static final String RENTS = "Les loyers des locaux associatifs augmentent";
    private static final String CLUSTER = "Mobilité";

    private ChromeDriver facilitator;
    private ChromeDriver ana;
    private ChromeDriver ben;

    @BeforeEach
    void browsers() {
        Browsers.assumeInstalled();
        facilitator = Browsers.open(1280, 900);
        ana = Browsers.open(390, 844);
        ben = Browsers.open(360, 740);
    }

    @AfterEach
    void closeBrowsers() {
        for (ChromeDriver browser : new ChromeDriver[] {facilitator, ana, ben}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aCritiquePhaseRunsThroughCollectClusterVoteAndDiscuss() {
        String joinCode = createWorkshopInTheConsole();
        String organisation = unique("Coop'Sud");
        joinRegisteringOrganisation(ana, joinCode, "Ana", organisation);
        joinPickingOrganisation(ben, joinCode, "Ben", organisation);
        waitOn(facilitator).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#participants [data-participant-id]"), 2));
        facilitator.findElement(By.id("advance")).click();
        confirm(facilitator);
        for (ChromeDriver page : List.of(ana, ben, facilitator)) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "COLLECT"));
        }

        // COLLECT: both post.
        post(ana, BUSES);
        post(ben, BIKES);
        post(ana, RENTS);
        waitOn(facilitator).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas [data-idea-id]"), 3));

        // CLUSTER: two ideas checked and a title typed, all with the keyboard.
        nextStep("CLUSTER");
        cardCheckbox(BUSES).sendKeys(Keys.SPACE);
        cardCheckbox(BIKES).sendKeys(Keys.SPACE);
        type(facilitator, By.id("cluster-title"), CLUSTER + Keys.ENTER);
        waitOn(facilitator).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(
                "#cluster-board .cluster-zone:not(.is-unclustered) [data-idea-id]"), 2));
        for (ChromeDriver page : List.of(ana, ben)) {
            WebElement group = waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//*[@id='ideas']//section[@data-cluster-id][.//h4[contains(., '" + CLUSTER + "')]]")));
            waitOn(page).until(p -> group.findElements(By.cssSelector("[data-idea-id]")).size() == 2);
            assertThat(group.getText()).contains(BUSES).contains(BIKES).doesNotContain(RENTS);
        }

        // VOTE with a two-minute countdown that every screen shows alike.
        nextStep("VOTE");
        type(facilitator, By.id("timer-minutes"), "2");
        facilitator.findElement(By.id("timer-start")).click();
        for (ChromeDriver page : List.of(ana, ben, facilitator)) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("timer"), "data-state", "running"));
        }
        long anaSeconds = secondsLeft(ana);
        long benSeconds = secondsLeft(ben);
        assertThat(anaSeconds).isBetween(100L, 120L);
        assertThat(Math.abs(anaSeconds - benSeconds)).isLessThanOrEqualTo(3);
        assertThat(text(ben, By.id("countdown"))).matches("0[12]:[0-5][0-9]");

        // Ana uses her whole budget, and the next dot is refused with a message.
        vote(ana, BUSES, "vote-plus", BUDGET - 1);
        vote(ana, BUSES, "vote-plus", BUDGET - 2);
        vote(ana, RENTS, "vote-plus", 0);
        // Nothing left: no +1 is offered that could only be refused.
        waitOn(ana).until(page -> !ideaOn(ana, BIKES).findElement(By.className("vote-plus")).isEnabled());
        assertThat(ana.findElement(By.id("dots-left")).getAttribute("data-left")).isEqualTo("0");

        // Ben puts dots and takes one back.
        vote(ben, BIKES, "vote-plus", BUDGET - 1);
        vote(ben, BUSES, "vote-plus", BUDGET - 2);
        vote(ben, BUSES, "vote-minus", BUDGET - 1);
        assertThat(ben.findElements(By.cssSelector(".vote-error")).stream().map(WebElement::getText)).allMatch(String::isEmpty);
        assertThat(fitsTheScreen(ben)).isTrue();
        Accessibility.assertAccessible(ana, "the participant page on a phone, voting");
        Accessibility.assertAccessible(facilitator, "the console, voting");

        // The facilitator's bars: most dots first, widths in proportion, figures as text.
        waitOn(facilitator).until(page -> votesShown(facilitator).equals(List.of("2", "1", "1")));
        List<WebElement> bars = facilitator.findElements(By.cssSelector("#vote-bars [data-idea-id]"));
        assertThat(bars.get(0).getText()).contains(BUSES).contains("2 gommettes");
        double widest = fillWidth(bars.get(0));
        assertThat(fillWidth(bars.get(1)) / widest).isBetween(0.4, 0.6);
        waitOn(ben).until(page -> ideaOn(ben, BUSES).findElement(By.className("idea-votes")).getText()
                .equals("2 gommettes"));

        // Both are done; the console counts them.
        for (ChromeDriver page : List.of(ana, ben)) {
            page.findElement(By.id("ready")).click();
            waitOn(page).until(ExpectedConditions.not(ExpectedConditions.elementToBeClickable(By.id("ready"))));
        }
        waitOn(facilitator).until(ExpectedConditions.attributeToBe(By.id("ready-count"), "data-ready", "2"));
        assertThat(facilitator.findElement(By.id("ready-count")).getAttribute("data-total")).isEqualTo("2");
        assertThat(text(facilitator, By.id("ready-count"))).startsWith("2 participants sur 2");

        // DISCUSS: a new step, so nobody is done yet and the countdown is gone.
        nextStep("DISCUSS");
        for (ChromeDriver page : List.of(ana, ben)) {
            waitOn(page).until(ExpectedConditions.elementToBeClickable(By.id("ready")));
            waitOn(page).until(ExpectedConditions.invisibilityOfElementLocated(By.id("timer")));
        }
        assertThat(facilitator.findElement(By.id("ready-count")).getAttribute("data-ready")).isEqualTo("0");

        // Back to VOTE: every screen follows, and Ana's dots are still spent.
        facilitator.findElement(By.id("step-back")).click();
        confirm(facilitator);
        for (ChromeDriver page : List.of(ana, ben, facilitator)) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "VOTE"));
        }
        assertThat(facilitator.findElement(By.cssSelector("#step-bar [aria-current=step]")).getAttribute("data-step"))
                .isEqualTo("VOTE");
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", "0"));
        waitOn(ben).until(ExpectedConditions.visibilityOf(ideaButton(ben, RENTS, "vote-plus")));
    }

    private String createWorkshopInTheConsole() {
        facilitator.get(base() + "/facilitator.html");
        type(facilitator, By.id("organiser-key"), ORGANISER);
        facilitator.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        type(facilitator, By.id("title"), "Mobilité et coopération");
        type(facilitator, By.id("theme"), "Numérique");
        type(facilitator, By.id("votes"), String.valueOf(BUDGET));
        Accessibility.assertAccessible(facilitator, "the console's creation form");
        facilitator.findElement(By.id("create-submit")).click();
        waitOn(facilitator).until(ExpectedConditions.urlContains("workshop="));
        waitOn(facilitator).until(page -> !text(facilitator, By.id("join-code")).isBlank());
        return text(facilitator, By.id("join-code")).strip();
    }

    private void joinRegisteringOrganisation(ChromeDriver page, String joinCode, String name, String organisation) {
        openJoinForm(page, joinCode);
        Accessibility.assertAccessible(page, "the join page on a phone");
        type(page, By.id("display-name"), name);
        page.findElement(By.cssSelector("input[name=org-mode][value=new]")).click();
        type(page, By.id("org-name"), organisation);
        type(page, By.id("org-commune"), "Saint-Étienne");
        page.findElement(By.id("org-ess")).click();
        page.findElement(By.id("join-submit")).click();
        Browsers.enterAfterJoining(page);
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
    }

    private void joinPickingOrganisation(ChromeDriver page, String joinCode, String name, String organisation) {
        openJoinForm(page, joinCode);
        type(page, By.id("display-name"), name);
        type(page, By.id("org-search"), organisation);
        waitOn(page).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='org-list']//label[contains(., \"" + organisation + "\")]"))).click();
        page.findElement(By.id("join-submit")).click();
        Browsers.enterAfterJoining(page);
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
    }

    private void openJoinForm(ChromeDriver page, String joinCode) {
        page.get(base() + "/join.html?code=" + joinCode);
        if (!page.findElement(By.id("join-form")).isDisplayed()) {
            page.findElement(By.cssSelector("#code-form button[type=submit]")).click();
        }
        waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("display-name")));
    }

    private void nextStep(String step) {
        waitOn(facilitator).until(ExpectedConditions.elementToBeClickable(By.id("advance-step"))).click();
        confirm(facilitator);
        for (ChromeDriver page : List.of(ana, ben, facilitator)) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", step));
        }
    }

    private void post(ChromeDriver page, String idea) {
        type(page, By.id("idea-text"), idea);
        page.findElement(By.id("idea-submit")).click();
        ideaOn(page, idea);
    }

    private WebElement cardCheckbox(String idea) {
        return waitOn(facilitator).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='no-cluster']//li[@data-idea-id][contains(., \"" + idea + "\")]//input[@type='checkbox']")));
    }

    /** Clicks an idea's vote button and waits for the dots the participant has left. */
    private void vote(ChromeDriver page, String idea, String button, int left) {
        ideaButton(page, idea, button).click();
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("dots-left"), "data-left", String.valueOf(left)));
    }

    private WebElement ideaButton(ChromeDriver page, String idea, String button) {
        WebElement found = ideaOn(page, idea).findElement(By.className(button));
        waitOn(page).until(ExpectedConditions.elementToBeClickable(found));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", found);
        return found;
    }

    private WebElement ideaOn(ChromeDriver page, String idea) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='ideas']//li[@data-idea-id][contains(., \"" + idea + "\")]")));
    }

    private static long secondsLeft(ChromeDriver page) {
        return Long.parseLong(page.findElement(By.id("timer")).getAttribute("data-seconds"));
    }

    private static List<String> votesShown(ChromeDriver page) {
        return page.findElements(By.cssSelector("#vote-bars [data-idea-id]")).stream()
                .map(bar -> bar.getAttribute("data-votes"))
                .toList();
    }

    private static double fillWidth(WebElement bar) {
        return bar.findElement(By.className("vote-bar-fill")).getRect().getWidth();
    }

    private String base() {
        return "http://localhost:" + port();
    }
}
