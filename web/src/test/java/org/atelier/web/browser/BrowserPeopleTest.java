package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.click;
import static org.atelier.web.browser.Browsers.confirm;
import static org.atelier.web.browser.Browsers.screenshot;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;


import org.atelier.web.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The same people over three dates: coming back as oneself in a new tab and on another device,
 * never counted twice; two facilitators whose consoles follow each other; someone put out of the room.
 */
class BrowserPeopleTest extends ScreensTest {

    @Test
    void thePersonComesBackInANewTabAndOnAnotherDeviceAndIsCountedOnce() {
        Workshop workshop = scheduleWorkshopOnThreeDates();
        String organisation = unique("Coop'Sud");
        String organisationId = registerOrganisation(organisation, "Firminy", true);
        ChromeDriver console = screens.console(workshop, "Trois dates");

        ChromeDriver phone = screens.open(390, 844);
        phone.get(screens.url("/join.html?code=" + workshop.joinCode()));
        type(phone, By.id("display-name"), "Karim Benali");
        type(phone, By.id("org-search"), organisation);
        click(phone, waitOn(phone).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#org-list input[value='" + organisationId + "']"))));
        click(phone, phone.findElement(By.id("join-submit")));

        WebElement code = waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("my-code")));
        waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("my-qr")));
        WebElement calendar = waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-link")));
        assertThat(calendar.getDomAttribute("download")).isEqualTo("atelier.ics");
        assertThat(calendar.getDomProperty("href")).startsWith("blob:");
        assertThat(phone.findElements(By.cssSelector("#my-dates li"))).hasSize(3);
        String rejoinCode = code.getText();
        assertThat(rejoinCode).hasSizeGreaterThanOrEqualTo(10);
        assertThat(phone.findElement(By.id("my-link")).getText()).endsWith("/join.html#rejoin=" + rejoinCode);
        screenshot(phone, "join-confirmation-phone");
        Accessibility.assertAccessible(phone, "the join confirmation on a phone");

        click(phone, phone.findElement(By.id("enter")));
        waitOn(phone).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        String participantId = participantIdIn(phone, workshop);
        assertThat(phone.findElement(By.id("half-day")).getText()).startsWith("Séance 1 sur 3");

        // The tab closed, the same device opens the workshop again: the same person, not "not joined yet".
        String firstTab = phone.getWindowHandle();
        phone.switchTo().newWindow(WindowType.TAB);
        phone.switchTo().window(firstTab).close();
        phone.switchTo().window(phone.getWindowHandles().iterator().next());
        phone.get(screens.url("/participant.html?workshop=" + workshop.id()));
        waitOn(phone).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        assertThat(phone.findElement(By.id("no-session")).isDisplayed()).isFalse();
        assertThat(participantIdIn(phone, workshop)).isEqualTo(participantId);
        phone.get(screens.url("/join.html?code=" + workshop.joinCode()));
        WebElement resume = waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("resume")));
        assertThat(resume.getText()).contains("comme Karim Benali");

        // On a laptop, the same person tries to join again: the page sends them to their code instead.
        ChromeDriver laptop = screens.open(1280, 900);
        laptop.get(screens.url("/join.html?code=" + workshop.joinCode()));
        type(laptop, By.id("display-name"), "karim benali");
        type(laptop, By.id("org-search"), organisation);
        click(laptop, waitOn(laptop).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#org-list input[value='" + organisationId + "']"))));
        click(laptop, laptop.findElement(By.id("join-submit")));
        waitOn(laptop).until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-error"), "code personnel"));
        waitOn(laptop).until(page -> "rejoin-code".equals(page.switchTo().activeElement().getDomAttribute("id")));
        screenshot(laptop, "join-already-in-the-room");
        laptop.switchTo().activeElement().sendKeys(rejoinCode);
        click(laptop, laptop.findElement(By.id("rejoin-submit")));
        waitOn(laptop).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        assertThat(participantIdIn(laptop, workshop)).isEqualTo(participantId);

        // And with the personal link on a third device.
        ChromeDriver tablet = screens.open(820, 1180);
        tablet.get(screens.url("/join.html#rejoin=" + rejoinCode));
        waitOn(tablet).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        assertThat(participantIdIn(tablet, workshop)).isEqualTo(participantId);
        assertThat(tablet.getCurrentUrl()).doesNotContain(rejoinCode);

        assertThat(console.findElement(By.id("participant-count")).getText()).isEqualTo("1");
        assertThat(api.get("/api/workshops/" + workshop.id(), workshop.facilitatorToken()).body()
                .path("participants")).hasSize(1);
        waitOn(console).until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance-count"), "1 présents sur 1"));
        screenshot(console, "console-people");
    }

    @Test
    void twoConsolesFollowEachOtherAndTheCoFacilitatorIsListedThenWithdrawn() {
        Workshop workshop = scheduleWorkshopOnThreeDates();
        ChromeDriver first = screens.console(workshop, "À deux");

        type(first, By.id("facilitator-name"), "Claire");
        click(first, first.findElement(By.id("facilitator-add")));
        WebElement link = waitOn(first).until(ExpectedConditions.visibilityOfElementLocated(By.id("handover-link")));
        waitOn(first).until(page -> !link.getDomProperty("value").isEmpty());
        String handover = link.getDomProperty("value");
        assertThat(handover).contains("/facilitator.html?workshop=" + workshop.id() + "#facilitator=");
        waitOn(first).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#facilitator-list li"), 2));
        screenshot(first, "console-co-facilitator-added");

        ChromeDriver second = screens.open(1280, 900);
        second.get(handover);
        waitOn(second).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        assertThat(second.getCurrentUrl()).doesNotContain("#facilitator=");
        waitOn(second).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#facilitator-list li"), 2));
        assertThat(second.findElement(By.cssSelector("#facilitator-list li:nth-child(2)")).getText()).contains("Claire", "(vous)");
        assertThat(second.findElement(By.id("join-code")).getText()).isEqualTo(workshop.joinCode());

        click(first, first.findElement(By.id("advance")));
        confirm(first);
        waitOn(second).until(ExpectedConditions.attributeToBe(By.id("phase"), "data-phase", "CRITIQUE"));
        click(second, waitOn(second).until(ExpectedConditions.elementToBeClickable(By.id("advance-step"))));
        confirm(second);
        waitOn(first).until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "CLUSTER"));
        assertThat(api.get("/api/workshops/" + workshop.id() + "/history?type=StepAdvanced", workshop.evaluatorToken())
                .body().path("events").get(0).path("actor").asText()).startsWith("facilitator:");
        Accessibility.assertAccessible(second, "the console of a co-facilitator");

        click(first, first.findElement(By.cssSelector("#facilitator-list li:nth-child(2) button")));
        confirm(first);
        waitOn(first).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#facilitator-list li"), 1));
        waitOn(second).until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live")));
    }

    @Test
    void aParticipantRemovedFromTheConsoleIsToldSoOnTheirPage() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        joinNewOrganisation(workshop, "Bea");
        ChromeDriver console = screens.console(workshop, "Retrait");
        ChromeDriver phone = screens.participantPage(workshop, ana, 390, 844);
        waitOn(console).until(ExpectedConditions.textToBe(By.id("participant-count"), "2"));

        click(console, console.findElement(By.cssSelector(
                "#participants [data-participant-id='" + ana.id() + "'] .danger-text")));
        WebElement dialog = waitOn(console).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(dialog.findElement(By.id("confirm-title")).getText()).contains("Retirer Ana");
        console.findElement(By.id("confirm-input")).sendKeys("Propos injurieux");
        screenshot(console, "console-remove-participant");
        confirm(console);

        waitOn(console).until(ExpectedConditions.textToBe(By.id("participant-count"), "1"));
        WebElement removed = waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("removed")));
        assertThat(removed.getText()).contains("Vous avez été retiré de cet atelier");
        screenshot(phone, "participant-removed-phone");
        Accessibility.assertAccessible(phone, "the page of a removed participant");
        Response history = api.get("/api/workshops/" + workshop.id() + "/history?type=ParticipantRemoved",
                workshop.evaluatorToken());
        assertThat(history.body().path("events").get(0).path("payload").path("reason").asText())
                .isEqualTo("Propos injurieux");
        assertThat(api.get("/api/workshops/" + workshop.id(), ana.token()).status()).isEqualTo(401);
    }

    private static String participantIdIn(ChromeDriver page, Workshop workshop) {
        return (String) page.executeScript(
                "return JSON.parse(localStorage.getItem(arguments[0]) || '{}').participantId", "atelier.participant." + workshop.id());
    }
}
