package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.text;
import static org.atelier.web.browser.Browsers.confirm;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;

import java.io.IOException;
import java.net.URI;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A facilitator and two participants in real browsers: one posts and the other sees it, the
 * facilitator advances and every page follows, a page that lost its connection catches up.
 */
class BrowserLiveTest extends ApiTest {


    private ChromeDriver facilitator;
    private ChromeDriver ana;
    private ChromeDriver ben;
    private CuttableLink bensLink;

    @BeforeEach
    void browsers() throws IOException {
        Browsers.assumeInstalled();
        bensLink = new CuttableLink(port());
        facilitator = Browsers.open(1280, 800);
        ana = Browsers.open(390, 844);
        ben = Browsers.open(360, 740);
    }

    @AfterEach
    void closeBrowsers() throws IOException {
        if (bensLink != null) {
            bensLink.close();
        }
        for (ChromeDriver browser : new ChromeDriver[] {facilitator, ana, ben}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aWorkshopRunsLiveAcrossAFacilitatorAndTwoParticipants() {
        String organisation = unique("Kaléido'Scop");
        String workshopId = createWorkshopInTheConsole();
        String joinCode = text(facilitator, By.id("join-code")).strip();
        assertThat(joinCode).matches("[A-Z2-9]{6}");

        joinRegisteringOrganisation(ana, base(), joinCode, "Ana", organisation);
        joinPickingOrganisation(ben, "http://localhost:" + bensLink.port(), joinCode, "Ben", organisation);
        waitFor(facilitator, By.cssSelector("#participants [data-participant-id]"), 2);

        advancePhase();
        for (ChromeDriver page : new ChromeDriver[] {ana, ben, facilitator}) {
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("phase"), "data-phase", "CRITIQUE"));
        }

        post(ana, "Les structures de l'ESS se connaissent peu <b>entre elles</b>");
        WebElement seenByBen = waitForIdea(ben, "se connaissent peu");
        assertThat(seenByBen.getText()).contains("<b>entre elles</b>").contains("Ana");
        waitForIdea(facilitator, "se connaissent peu");

        bensLink.cut();
        waitOn(ben).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "reconnecting"));
        post(ana, "Les financements sont fragmentés");
        facilitator.findElement(By.id("advance-step")).click();
        confirm(facilitator);
        waitOn(ana).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "CLUSTER"));
        bensLink.restore();

        waitForIdea(ben, "financements sont fragmentés");
        waitOn(ben).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "CLUSTER"));
        waitOn(ben).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        long boardVersion = api.get("/api/workshops/" + workshopId + "/board", ORGANISER).body().path("version").asLong();
        waitOn(ben).until(page -> ((Number) ben.executeScript("return window.atelierLive.version")).longValue() == boardVersion);
        assertThat(ben.findElements(By.cssSelector("#ideas [data-idea-id]"))).hasSize(2);
    }

    private String createWorkshopInTheConsole() {
        facilitator.get(base() + "/facilitator.html");
        type(facilitator, By.id("organiser-key"), ORGANISER);
        facilitator.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        type(facilitator, By.id("title"), "Numérique et coopération");
        type(facilitator, By.id("theme"), "Numérique");
        facilitator.findElement(By.id("create-submit")).click();
        waitOn(facilitator).until(ExpectedConditions.urlContains("workshop="));
        waitOn(facilitator).until(page -> !text(facilitator, By.id("join-code")).isBlank());
        String query = URI.create(facilitator.getCurrentUrl()).getQuery();
        return query.substring(query.indexOf("workshop=") + "workshop=".length()).split("&")[0];
    }

    private void joinRegisteringOrganisation(ChromeDriver page, String site, String joinCode, String name,
                                             String organisation) {
        openJoinForm(page, site, joinCode);
        type(page, By.id("display-name"), name);
        page.findElement(By.cssSelector("input[name=org-mode][value=new]")).click();
        type(page, By.id("org-name"), organisation);
        type(page, By.id("org-commune"), "Saint-Étienne");
        page.findElement(By.id("org-ess")).click();
        page.findElement(By.id("join-submit")).click();
        Browsers.enterAfterJoining(page);
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
    }

    private void joinPickingOrganisation(ChromeDriver page, String site, String joinCode, String name,
                                         String organisation) {
        openJoinForm(page, site, joinCode);
        type(page, By.id("display-name"), name);
        type(page, By.id("org-search"), organisation);
        WebElement option = waitOn(page).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='org-list']//label[contains(., \"" + organisation + "\")]")));
        option.click();
        page.findElement(By.id("join-submit")).click();
        Browsers.enterAfterJoining(page);
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
    }

    private void openJoinForm(ChromeDriver page, String site, String joinCode) {
        page.get(site + "/join.html?code=" + joinCode);
        if (!page.findElement(By.id("join-form")).isDisplayed()) {
            page.findElement(By.cssSelector("#code-form button[type=submit]")).click();
        }
        waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("display-name")));
    }

    private void advancePhase() {
        waitOn(facilitator).until(ExpectedConditions.elementToBeClickable(By.id("advance"))).click();
        confirm(facilitator);
    }

    private void post(ChromeDriver page, String idea) {
        type(page, By.id("idea-text"), idea);
        page.findElement(By.id("idea-submit")).click();
        waitForIdea(page, idea.substring(0, 20));
    }

    private WebElement waitForIdea(ChromeDriver page, String fragment) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='ideas']//*[@data-idea-id][contains(., \"" + fragment + "\")]")));
    }

    private void waitFor(ChromeDriver page, By selector, int count) {
        waitOn(page).until(ExpectedConditions.numberOfElementsToBe(selector, count));
    }

    private String base() {
        return "http://localhost:" + port();
    }
}
