package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.fitsWithoutScrolling;
import static org.atelier.web.browser.Browsers.screenshot;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The room display on a projector, at 1920×1080 and 1280×720, through a whole phase: the join code
 * and QR code before it starts, then the ideas arriving, the countdown, the clusters and the votes,
 * always on one screen without scrolling, never with a control or a key.
 */
class BrowserRoomDisplayTest extends ScreensTest {

    private static final int MANY = 120;

    @Test
    void theConsoleOpensTheDisplayInAWindowOfItsOwn() {
        Workshop workshop = scheduleWorkshop();
        ChromeDriver console = screens.console(workshop, "Projecteur");
        String consoleWindow = console.getWindowHandle();

        console.findElement(By.id("open-display")).click();

        waitOn(console).until(page -> page.getWindowHandles().size() == 2);
        console.getWindowHandles().stream().filter(handle -> !handle.equals(consoleWindow)).findFirst()
                .ifPresent(handle -> console.switchTo().window(handle));
        waitOn(console).until(ExpectedConditions.textToBe(By.id("join-code"), workshop.joinCode()));
        assertThat(console.getCurrentUrl()).contains("/room.html?workshop=" + workshop.id()).doesNotContain("#");
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1920, 1080", "1280, 720"})
    void aWholePhaseFitsOneScreenWithoutAControlOrAKey(int width, int height) {
        Workshop workshop = scheduleWorkshop();
        List<Participant> people = List.of(joinNewOrganisation(workshop, "Ana"), joinNewOrganisation(workshop, "Ben"),
                joinNewOrganisation(workshop, "Chloé"));
        String display = api.post(path(workshop, "/displays"), workshop.facilitatorToken(), Map.of()).text("token");
        ChromeDriver projector = screens.open(width, height);
        // A window's inner size is what the projector shows: made exactly 16:9 whatever the browser's frame.
        projector.get(screens.url("/room.html?workshop=" + workshop.id() + "#display=" + display + "&code="
                + workshop.joinCode()));
        fitInnerSize(projector, width, height);
        String size = width + "x" + height;
        List<String> secrets = List.of(display, workshop.facilitatorToken(), workshop.evaluatorToken());

        WebElement code = waitOn(projector).until(ExpectedConditions.visibilityOfElementLocated(By.id("join-code")));
        waitOn(projector).until(ExpectedConditions.textToBe(By.id("join-code"), workshop.joinCode()));
        waitOn(projector).until(ExpectedConditions.textToBe(By.id("people-count"), "3 participants dans la salle"));
        assertThat(pixels(code.getCssValue("font-size"))).as("the join code, from the back of the room")
                .isGreaterThan(height * 0.12);
        WebElement qr = projector.findElement(By.id("join-qr"));
        waitOn(projector).until(page -> ((Number) projector.executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
        assertThat(qr.getRect().getHeight()).isGreaterThan(height / 2);
        checkScreen(projector, secrets, "display-" + size + "-1-preparation");
        Accessibility.assertAccessible(projector, "the room display before the workshop starts, " + size);

        advanceTo(workshop, "CRITIQUE");
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ideas.add(post(workshop, people.get(i % 3), "Idée " + (i + 1) + " : les réunions finissent trop tard"));
        }
        waitOn(projector).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas .display-idea"), 8));
        assertThat(api.post(path(workshop, "/timer/start"), workshop.facilitatorToken(), Map.of("seconds", 600))
                .status()).isEqualTo(200);
        WebElement countdown = waitOn(projector).until(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
        waitOn(projector).until(page -> countdown.getText().matches("(09:5\\d|10:00)"));
        assertThat(projector.findElement(By.id("prompt")).getText()).isNotBlank();
        checkScreen(projector, secrets, "display-" + size + "-2-few-ideas");

        for (int i = 8; i < MANY; i++) {
            ideas.add(post(workshop, people.get(i % 3), "Idée " + (i + 1) + " : il manque un lieu commun où les "
                    + "associations du quartier pourraient partager leur matériel et leurs bénévoles"));
        }
        waitOn(projector).until(page -> shownIdeas(projector) + moreSaid(projector) == MANY);
        assertThat(shownIdeas(projector)).as("ideas shown in large type").isGreaterThanOrEqualTo(6);
        if (shownIdeas(projector) < MANY) {
            assertThat(projector.findElement(By.id("more")).getText()).contains(String.valueOf(MANY - shownIdeas(projector)));
        }
        checkScreen(projector, secrets, "display-" + size + "-3-many-ideas");

        api.post(path(workshop, "/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT"));
        for (int cluster = 0; cluster < 3; cluster++) {
            api.post(path(workshop, "/clusters"), workshop.facilitatorToken(), Map.of("title", "Regroupement " + (cluster + 1),
                    "ideaIds", ideas.subList(cluster * 3, cluster * 3 + 3)));
        }
        waitOn(projector).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas .display-group h3"), 4));
        checkScreen(projector, secrets, "display-" + size + "-4-clusters");

        api.post(path(workshop, "/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "CLUSTER"));
        for (Participant person : people) {
            for (int dot = 0; dot < 3; dot++) {
                api.post(path(workshop, "/votes"), person.token(), Map.of("ideaId", ideas.get(dot)));
            }
        }
        waitOn(projector).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#bars li"), 3));
        api.post(path(workshop, "/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "VOTE"));
        waitOn(projector).until(ExpectedConditions.attributeToBe(By.id("display-step"), "data-step", "DISCUSS"));
        // The bars are drawn again as the display reads the board: read the first one as it stands.
        waitOn(projector).ignoring(StaleElementReferenceException.class).until(page ->
                "3".equals(page.findElement(By.cssSelector("#bars li .bar-count")).getText()));
        checkScreen(projector, secrets, "display-" + size + "-5-votes");
        Accessibility.assertAccessible(projector, "the room display showing the votes, " + size);
    }

    /** One screen: no scrollbar, no control, no key in the page or its address. */
    private static void checkScreen(ChromeDriver projector, List<String> secrets, String name) {
        waitOn(projector).until(page -> fitsWithoutScrolling(projector));
        assertThat(projector.findElements(By.cssSelector("#display button, #display input, #display a, #display select")))
                .as("controls on the room display").isEmpty();
        String page = (String) projector.executeScript("return document.documentElement.outerHTML");
        assertThat(secrets).allSatisfy(secret -> {
            assertThat(page).doesNotContain(secret);
            assertThat(projector.getCurrentUrl()).doesNotContain(secret);
        });
        screenshot(projector, name);
    }

    private static void fitInnerSize(ChromeDriver page, int width, int height) {
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) page.executeScript("return [window.innerWidth, window.innerHeight]");
        page.manage().window().setSize(new Dimension(
                2 * width - inner.get(0).intValue(), 2 * height - inner.get(1).intValue()));
    }

    private static long shownIdeas(ChromeDriver page) {
        return page.findElements(By.cssSelector("#ideas .display-idea")).size();
    }

    /** How many ideas the groups say they left out. */
    private static long moreSaid(ChromeDriver page) {
        return ((Number) page.executeScript("return [...document.querySelectorAll('#ideas .display-group-more')]"
                + ".reduce((sum, node) => sum + Number(node.textContent.match(/\\d+/)[0]), 0)")).longValue();
    }

    private static double pixels(String cssSize) {
        return Double.parseDouble(cssSize.replace("px", ""));
    }

    private String post(Workshop workshop, Participant author, String text) {
        String id = UUID.randomUUID().toString();
        assertThat(postIdea(workshop, author, id, text).status()).isEqualTo(201);
        return id;
    }

    private static String path(Workshop workshop, String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
