package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.click;
import static org.atelier.web.browser.Browsers.screenshot;
import static org.atelier.web.browser.Browsers.type;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The suggestions in the pages: the console proposes clusters at the CLUSTER step, which the
 * facilitator renames, dismisses and accepts from the keyboard; a participant is told of a very
 * close idea before sending theirs.
 */
class BrowserSuggestionTest extends ScreensTest {

    private static final List<String> BIKES = List.of("Des pistes cyclables sécurisées jusqu'à la gare",
            "Des garages à vélos couverts près des gares", "Développer la bicyclette pour les petits trajets");
    private static final List<String> DOCTORS = List.of("Plus de médecins généralistes dans les villages",
            "Une maison de santé avec des médecins salariés", "Les habitants renoncent aux soins");
    private static final List<String> SHOPS = List.of("Une épicerie solidaire pour les étudiants",
            "Une épicerie sociale avec des prix adaptés");

    @Test
    void theFacilitatorRenamesDismissesAndAcceptsTheSuggestedClustersFromTheKeyboard() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        List<String> posted = new ArrayList<>();
        for (String text : concat(BIKES, DOCTORS, SHOPS)) {
            String ideaId = UUID.randomUUID().toString();
            assertThat(postIdea(workshop, ana, ideaId, text).status()).isEqualTo(201);
            posted.add(ideaId);
        }
        String path = "/api/workshops/" + workshop.id();
        assertThat(api.post(path + "/advance-step", workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT"))
                .status()).isEqualTo(200);
        ChromeDriver console = screens.console(workshop, "Regroupement", 1366, 768);

        List<WebElement> suggestions = waitOn(console).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#suggestion-list .suggestion"), 3));
        assertThat(console.findElement(By.id("suggestions-status")).getText()).isEqualTo("3 regroupements proposés.");
        assertThat(suggestions.get(1).findElement(By.cssSelector(".suggestion-title")).getDomProperty("value"))
                .isEqualTo("Médecins");
        assertThat(suggestions.get(0).findElements(By.cssSelector(".suggestion-ideas li")))
                .extracting(WebElement::getText).containsExactlyElementsOf(BIKES);
        Accessibility.assertAccessible(console, "the console's suggested clusters");
        console.executeScript("document.getElementById('suggestions').scrollIntoView()");
        screenshot(console, "suggestions-console-laptop");

        // The first: a better title, then Enter.
        type(console, By.cssSelector("#suggestion-list .suggestion:nth-child(1) .suggestion-title"), "Se déplacer à vélo");
        console.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitOn(console).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#suggestion-list .suggestion"), 2));
        assertThat(clusterOf(path, workshop, posted.get(0))).isEqualTo("Se déplacer à vélo");
        assertThat(clusterOf(path, workshop, posted.get(2))).isEqualTo("Se déplacer à vélo");
        // The keyboard is on the next suggestion's title: Escape dismisses it.
        WebElement focused = console.switchTo().activeElement();
        assertThat(focused.getDomProperty("value")).isEqualTo("Médecins");
        focused.sendKeys(Keys.ESCAPE);
        waitOn(console).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#suggestion-list .suggestion"), 1));
        assertThat(clusterOf(path, workshop, posted.get(3))).isNull();

        WebElement acceptAll = console.findElement(By.id("suggestions-accept-all"));
        assertThat(acceptAll.getText()).isEqualTo("Accepter le regroupement proposé");
        click(console, acceptAll);
        waitOn(console).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#suggestion-list .suggestion"), 0));
        String shops = clusterOf(path, workshop, posted.get(6));
        assertThat(shops).isNotNull().isEqualTo(clusterOf(path, workshop, posted.get(7)));
        waitOn(console).until(page -> page.findElement(By.id("suggestions-status")).getText().replace('\u00a0', ' ')
                .equals("Rien à proposer pour l'instant : aucune idée sans regroupement n'en rejoint une autre."));
        // The board's zones show what was accepted.
        waitOn(console).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cluster-board .cluster-zone"), 3));
        Accessibility.assertAccessible(console, "the console once the suggestions are accepted");
        console.executeScript("document.getElementById('suggestions').scrollIntoView()");
        screenshot(console, "suggestions-accepted-laptop");
    }

    @Test
    void onAPhoneTheSuggestionsFitTheScreenInBothLanguages() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        for (String text : concat(BIKES, DOCTORS, List.of("des pistes cyclables securisees jusqu'a la gare"))) {
            assertThat(postIdea(workshop, ana, UUID.randomUUID().toString(), text).status()).isEqualTo(201);
        }
        assertThat(api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                Map.of("expectedStep", "COLLECT")).status()).isEqualTo(200);
        ChromeDriver phone = screens.console(workshop, "Regroupement", 390, 844);

        waitOn(phone).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#suggestion-list .suggestion"), 2));
        WebElement duplicate = phone.findElement(By.cssSelector("#duplicate-list .duplicate"));
        assertThat(duplicate.findElements(By.cssSelector(".duplicate-ideas li"))).extracting(WebElement::getText)
                .containsExactly(BIKES.get(0), "des pistes cyclables securisees jusqu'a la gare");
        phone.executeScript("document.getElementById('suggestions').scrollIntoView()");
        assertThat(Browsers.fitsTheScreen(phone)).isTrue();
        screenshot(phone, "suggestions-console-phone");

        click(phone, phone.findElement(By.cssSelector("[data-lang-switch]")));
        waitOn(phone).until(ExpectedConditions.textToBe(By.id("suggestions-title"), "Suggested clusters"));
        assertThat(phone.findElement(By.cssSelector("#suggestion-list .suggestion-accept")).getText()).isEqualTo("Accept");
        assertThat(phone.findElement(By.id("suggestions-status")).getText()).isEqualTo("2 suggested clusters.");
        Accessibility.assertAccessible(phone, "the console's suggestions on a phone, in English");
        phone.executeScript("document.getElementById('duplicates-box').scrollIntoView()");
        assertThat(Browsers.fitsTheScreen(phone)).isTrue();
        screenshot(phone, "suggestions-duplicates-phone-english");
    }

    @Test
    void aParticipantIsToldOfAVeryCloseIdeaBeforeSendingTheirs() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "CRITIQUE");
        String existing = "Ouvrir une épicerie solidaire pour les étudiants";
        assertThat(postIdea(workshop, ana, UUID.randomUUID().toString(), existing).status()).isEqualTo(201);
        ChromeDriver phone = screens.participantPage(workshop, ben, 390, 844);
        waitOn(phone).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas [data-idea-id]"), 1));

        // Typed and sent at once, before the page could say anything: the first send only tells.
        WebElement field = phone.findElement(By.id("idea-text"));
        field.sendKeys("ouvrir une epicerie solidaire pour les etudiantes", Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement hint = waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("near-duplicate")));
        assertThat(hint.findElement(By.className("near-duplicate-title")).getText().replace('\u00a0', ' '))
                .isEqualTo("Une idée proche existe déjà :");
        assertThat(hint.findElement(By.className("near-duplicate-text")).getText()).isEqualTo(existing);
        assertThat(phone.findElement(By.id("idea-submit")).getText()).isEqualTo("Publier quand même");
        assertThat(ideasOnTheBoard(workshop)).hasSize(1);
        Accessibility.assertAccessible(phone, "the participant page telling of a near-duplicate");
        phone.executeScript("document.getElementById('idea-form').scrollIntoView()");
        screenshot(phone, "near-duplicate-phone");

        // "Show that idea" brings it into view.
        click(phone, hint.findElement(By.tagName("button")));
        assertThat(phone.switchTo().activeElement().getDomAttribute("data-idea-id")).isNotNull();

        // Told, the author may still send it.
        click(phone, phone.findElement(By.id("idea-submit")));
        waitOn(phone).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas [data-idea-id]"), 2));
        assertThat(ideasOnTheBoard(workshop)).hasSize(2);
        waitOn(phone).until(ExpectedConditions.invisibilityOfElementLocated(By.id("near-duplicate")));
        assertThat(phone.findElement(By.id("idea-submit")).getText()).isEqualTo("Publier");

        // An idea of its own goes at the first send.
        type(phone, By.id("idea-text"), "Des concerts gratuits dans les parcs");
        click(phone, phone.findElement(By.id("idea-submit")));
        waitOn(phone).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas [data-idea-id]"), 3));
    }

    private JsonNode ideasOnTheBoard(Workshop workshop) {
        return api.get("/api/workshops/" + workshop.id() + "/board", workshop.facilitatorToken()).body().path("ideas");
    }

    /** The title of the cluster the idea is in, null for none. */
    private String clusterOf(String path, Workshop workshop, String ideaId) {
        JsonNode board = api.get(path + "/board", workshop.facilitatorToken()).body();
        for (JsonNode idea : board.path("ideas")) {
            if (idea.path("ideaId").asText().equals(ideaId) && !idea.path("clusterId").isNull()) {
                for (JsonNode cluster : board.path("clusters")) {
                    if (cluster.path("clusterId").asText().equals(idea.path("clusterId").asText())) {
                        return cluster.path("title").asText();
                    }
                }
            }
        }
        return null;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
