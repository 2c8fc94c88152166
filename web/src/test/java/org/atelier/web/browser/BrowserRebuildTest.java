package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;

import java.time.Duration;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The organiser rebuilds every view from the register's page, by keyboard, and reads the result. */
class BrowserRebuildTest extends ApiTest {

    private ChromeDriver organiser;

    @BeforeEach
    void browser() {
        Browsers.assumeInstalled();
        organiser = Browsers.open(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (organiser != null) {
            organiser.quit();
        }
    }

    @Test
    void theOrganiserRebuildsTheViewsAndSeesThemIdenticalWithTheirFigures() {
        // Two events at least, so the progress speaks of events in the plural even on a store of its own.
        registerOrganisation(unique("Reconstruite"), "Unieux", true);
        registerOrganisation(unique("Rebâtie"), "Firminy", true);
        organiser.get("http://localhost:" + port() + "/organisations.html");
        type(organiser, By.id("organiser-key"), ORGANISER + Keys.ENTER);
        waitOn(organiser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='/rebuild.html']")))
                .click();

        WebElement start = waitOn(organiser).until(ExpectedConditions.elementToBeClickable(By.id("start-rebuild")));
        start.sendKeys(Keys.ENTER);
        Browsers.confirm(organiser); // a rebuild makes every screen wait a moment: asked first

        new WebDriverWait(organiser, Duration.ofSeconds(60)).until(
                ExpectedConditions.textToBe(By.id("rebuild-state"), "Reconstruction terminée."));
        WebElement verdict = waitOn(organiser).until(ExpectedConditions.visibilityOfElementLocated(By.id("rebuild-verdict")));
        assertThat(verdict.getText()).startsWith("Identique");
        WebElement progress = organiser.findElement(By.id("rebuild-progress"));
        assertThat(progress.getTagName()).isEqualTo("progress");
        assertThat(progress.getDomAttribute("value")).isEqualTo("1");
        assertThat(organiser.findElement(By.cssSelector("label[for='rebuild-progress']")).getText())
                .isEqualTo("Événements rejoués");
        String done = organiser.findElement(By.id("rebuild-events")).getText();
        assertThat(done).matches("[\\d\\s\u00a0\u202f]+ sur [\\d\\s\u00a0\u202f]+");
        assertThat(progress.getDomAttribute("aria-valuetext")).contains("événements sur").contains("100");
        assertThat(organiser.findElement(By.id("rebuild-rate")).getText()).endsWith("événements par seconde");
        assertThat(organiser.findElement(By.id("rebuild-compared")).getText())
                .contains("tableaux des ateliers").contains("registre des organisations").doesNotContain("board");
        Accessibility.assertAccessible(organiser, "the rebuild page");

        organiser.findElement(By.cssSelector("[data-lang-switch]")).click();
        waitOn(organiser).until(ExpectedConditions.textToBe(By.id("rebuild-state"), "Rebuild finished."));
        assertThat(organiser.findElement(By.id("rebuild-verdict")).getText()).startsWith("Identical");
    }
}
