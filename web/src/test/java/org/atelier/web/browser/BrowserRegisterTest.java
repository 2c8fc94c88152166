package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The organiser keeps the register on a phone: adds, sees eligibility, corrects a commune, meets a duplicate. */
class BrowserRegisterTest extends ApiTest {

    private ChromeDriver organiser;

    @BeforeEach
    void browser() {
        Browsers.assumeInstalled();
        organiser = Browsers.open(390, 844);
    }

    @AfterEach
    void closeBrowser() {
        if (organiser != null) {
            organiser.quit();
        }
    }

    @Test
    void theOrganiserAddsAnOrganisationCorrectsItsCommuneAndIsToldOfADuplicate() {
        String name = unique("Tiers-lieu");
        organiser.get("http://localhost:" + port() + "/organisations.html");
        type(organiser, By.id("organiser-key"), ORGANISER + Keys.ENTER);

        type(organiser, By.id("add-name"), name);
        type(organiser, By.id("add-commune"), "Lyon");
        organiser.findElement(By.id("add-ess")).sendKeys(Keys.SPACE);
        organiser.findElement(By.id("add-commune")).sendKeys(Keys.ENTER);
        WebElement added = waitOn(organiser).until(ExpectedConditions.visibilityOfElementLocated(rowOf(name)));
        // Not eligible, and why: an ESS organisation whose head office is outside the territory.
        assertThat(added.findElement(By.cssSelector(".eligibility")).getText().replace('\u00a0', ' '))
                .isEqualTo("Non éligible : siège hors du territoire");
        Accessibility.assertAccessible(organiser, "the register");

        added.findElement(By.tagName("button")).click();
        WebElement commune = waitOn(organiser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-organisation] input[type=text]")));
        assertThat(organiser.switchTo().activeElement()).isEqualTo(commune);
        commune.clear();
        commune.sendKeys("Firminy" + Keys.ENTER);
        waitOn(organiser).until(ExpectedConditions.textToBe(
                By.xpath("//tr[th[normalize-space()='" + name + "']]//*[contains(@class,'eligibility')]"), "Éligible"));
        assertThat(api.get("/api/organisations", ORGANISER).body().findValuesAsText("commune")).contains("Firminy");

        type(organiser, By.id("add-name"), name.toUpperCase());
        type(organiser, By.id("add-commune"), "Firminy" + Keys.ENTER);
        waitOn(organiser).until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("register-error"), "")));
        assertThat(organiser.findElements(rowOf(name))).hasSize(1);
        // The register's own words, not the join page's "pick it from the list".
        assertThat(organiser.findElement(By.id("register-error")).getText()).startsWith("Cette organisation est déjà inscrite");
    }

    private static By rowOf(String name) {
        return By.xpath("//tr[th[normalize-space()='" + name + "']]");
    }
}
