package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console as a facilitator uses it on a laptop: the usual move first, closing guarded, the step's panel on top. */
class BrowserConsoleTest extends ScreensTest {

    @Test
    void theNextStepIsThePrimaryButtonAndClosingSaysItCannotBeUndone() {
        Workshop workshop = scheduleWorkshop();
        advanceTo(workshop, "REALIZATION");
        ChromeDriver console = screens.console(workshop, "Réalisation");

        WebElement step = console.findElement(By.id("advance-step"));
        WebElement close = console.findElement(By.id("advance"));
        waitOn(console).until(page -> step.getText().equals("Étape suivante : Regroupement"));
        assertThat(step.getDomAttribute("class")).contains("primary");
        assertThat(close.getText()).isEqualTo("Clôturer l'atelier");
        assertThat(close.getDomAttribute("class")).doesNotContain("primary").contains("danger-text");

        close.click();
        WebElement dialog = waitOn(console).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(dialog.findElement(By.id("confirm-title")).getText().replace('\u00a0', ' '))
                .isEqualTo("Clôturer l'atelier ? C'est définitif");
        assertThat(dialog.findElement(By.id("confirm-message")).getText()).contains("ne peut pas être annulée");
        assertThat(console.findElement(By.id("confirm-yes")).getText()).isEqualTo("Clôturer définitivement");
        // A stray Enter cancels: the focus starts on "Annuler".
        assertThat(console.switchTo().activeElement().getDomAttribute("id")).isEqualTo("confirm-no");
        console.findElement(By.id("confirm-no")).click();
        waitOn(console).until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(api.get("/api/workshops/" + workshop.id(), workshop.facilitatorToken()).text("phase"))
                .isEqualTo("REALIZATION");
        // The evaluator key is not projected with the join code.
        assertThat(console.findElements(By.cssSelector(".join-panel #evaluator-page-link"))).isEmpty();
        Accessibility.assertAccessible(console, "the console in REALIZATION");
    }

    @Test
    void whileClusteringTheClustersComeFirstAndACardGoesToAnyClusterWithoutScrolling() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        List<String> ideas = List.of("Trop de réunions sans suite", "Pas de lieu commun", "Le matériel dort dans les placards",
                "Les bénévoles manquent de formation", "Personne ne connaît les autres", "Les outils ne se parlent pas");
        List<String> ids = ideas.stream().map(text -> {
            String id = UUID.randomUUID().toString();
            assertThat(postIdea(workshop, ana, id, text).status()).isEqualTo(201);
            return id;
        }).toList();
        String path = "/api/workshops/" + workshop.id();
        assertThat(api.post(path + "/advance-step", workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT")).status())
                .isEqualTo(200);
        String last = null;
        for (String title : List.of("Se connaître", "Moyens partagés", "Outils", "Financements")) {
            last = api.post(path + "/clusters", workshop.facilitatorToken(), Map.of("title", title, "ideaIds", List.of()))
                    .text("clusterId");
        }
        ChromeDriver page = screens.console(workshop, "Regroupement");
        waitOn(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cluster-board .cluster-card"), 6));

        long clusters = ((Number) page.executeScript(
                "return document.getElementById('cluster-panel').getBoundingClientRect().top")).longValue();
        long board = ((Number) page.executeScript(
                "return document.querySelector('.console-main .board').getBoundingClientRect().top")).longValue();
        assertThat(clusters).as("the clusters right under the controls").isLessThan(board).isLessThan(700);

        // A card dragged from the bottom of the board: every cluster is a target at the top of the screen.
        String target = last;
        page.executeScript("""
                const card = document.querySelector(`#cluster-board .cluster-card[data-idea-id="${arguments[0]}"]`);
                window.dragged = new DataTransfer();
                card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: window.dragged }));
                """, ids.get(5));
        WebElement bar = waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".drop-bar")));
        assertThat(bar.findElements(By.cssSelector(".drop-target"))).hasSize(5);
        page.executeScript("""
                const drop = document.querySelector(`.drop-bar .drop-target[data-cluster-id="${arguments[0]}"]`);
                drop.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: window.dragged }));
                drop.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: window.dragged }));
                document.querySelector(`#cluster-board .cluster-card[data-idea-id="${arguments[1]}"]`)
                  .dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: window.dragged }));
                """, target, ids.get(5));
        String moved = ids.get(5);
        waitOn(page).until(p -> {
            for (var idea : api.get(path + "/board", workshop.facilitatorToken()).body().get("ideas")) {
                if (idea.get("ideaId").asText().equals(moved)) {
                    return target.equals(idea.path("clusterId").asText(null));
                }
            }
            return false;
        });
        waitOn(page).until(ExpectedConditions.invisibilityOf(bar));
        Accessibility.assertAccessible(page, "the console, clustering");
    }

    @Test
    void theAuthorOfAHiddenIdeaIsToldWhereItWasAndAClosedWorkshopLooksClosed() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        String ideaId = UUID.randomUUID().toString();
        assertThat(postIdea(workshop, ana, ideaId, "Les réunions finissent trop tard").status()).isEqualTo(201);
        ChromeDriver phone = screens.participantPage(workshop, ana, 390, 844);
        waitOn(phone).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ideas [data-idea-id]"), 1));
        Accessibility.assertAccessible(phone, "the participant page on a phone, collecting");

        assertThat(api.delete("/api/workshops/" + workshop.id() + "/ideas/" + ideaId + "?reason=Hors%20sujet",
                workshop.facilitatorToken()).status()).isEqualTo(204);
        WebElement notice = waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("hidden-notice")));
        assertThat(notice.getText().replace('\u00a0', ' '))
                .isEqualTo("L'animateur a masqué votre idée « Les réunions finissent trop tard » : Hors sujet");
        assertThat(notice.getDomAttribute("role")).isEqualTo("status");

        advanceTo(workshop, "CLOSED");
        WebElement text = phone.findElement(By.id("idea-text"));
        waitOn(phone).until(p -> !text.isEnabled());
        assertThat(text.getCssValue("background-color")).isNotEqualTo("rgba(255, 255, 255, 1)");
        assertThat(text.getCssValue("border-style")).isEqualTo("dashed");

        ChromeDriver home = screens.open(1280, 900);
        home.get(screens.url("/"));
        waitOn(home).until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.tagName("html"), "class", "i18n-pending")));
        // The organiser's pages are apart from joining a workshop.
        assertThat(home.findElements(By.cssSelector(".home-links a[href='/rebuild.html']"))).isEmpty();
        Accessibility.assertAccessible(home, "the home page");
    }
}
