package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.fitsTheScreen;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.List;

import org.atelier.web.browser.RealisticWorkshop.Built;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages read as people read them, on a workshop of real size: the evaluators' page and the
 * report on a laptop and on a phone (whole words in tables, graph labels apart, a caption that
 * does not repeat its heading), and the participant page on a phone in REALIZATION (every source of
 * a project in view, conditions on one line where they fit).
 */
class BrowserWalkTest extends ScreensTest {

    @Test
    void theEvaluatorsPageReadsInWholeWordsWithItsGraphLabelsApartOnALaptopAndAPhone() {
        Built story = RealisticWorkshop.once(api, ORGANISER, port());
        for (int[] size : List.of(new int[] {1366, 768}, new int[] {390, 844})) {
            String screen = size[0] + "×" + size[1];
            ChromeDriver page = screens.open(size[0], size[1]);
            page.get(screens.url("/evaluator.html?workshop=" + story.workshop().id() + "#evaluator="
                    + story.workshop().evaluatorToken()));
            waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trace-chart svg text")));
            waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#indicators .impact table")));
            waitOn(page).until(ExpectedConditions.attributeToBe(By.id("network-at"), "data-kind", "now"));

            assertThat(Layout.wordsCutIn(page, "#evaluator table, #timeline, #trace-steps, #network-figures"))
                    .as("words cut across two lines on a %s screen", screen).isEmpty();
            assertThat(Layout.overlappingLabels(page, "#trace-chart")).as("graph labels on a %s screen", screen).isEmpty();
            assertThat(fitsTheScreen(page)).as("nothing to scroll sideways on a %s screen", screen).isTrue();
            // A table's caption says what its rows are, its section's heading what the section is: not the same words.
            List<WebElement> sections = page.findElements(By.cssSelector("#indicators section.impact"));
            assertThat(sections).isNotEmpty().allSatisfy(section -> {
                String heading = section.findElement(By.tagName("h3")).getText();
                section.findElements(By.tagName("caption")).forEach(caption ->
                        assertThat(caption.getDomProperty("textContent")).as("caption under %s", heading).isNotEqualTo(heading));
            });
        }
    }

    @Test
    void theReportSaysWhereEachProjectCameFromAndTheObjectionsInWholeWords() {
        Built story = RealisticWorkshop.once(api, ORGANISER, port());
        for (int[] size : List.of(new int[] {1000, 1200}, new int[] {390, 844})) {
            String screen = size[0] + "×" + size[1];
            ChromeDriver report = screens.open(size[0], size[1]);
            report.get(screens.url("/report.html?workshop=" + story.workshop().id() + "#evaluator="
                    + story.workshop().evaluatorToken()));
            waitOn(report).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".report-proposal"),
                    RealisticWorkshop.PROJECTS));

            // Each project with the cluster it came from, in the words of the other pages.
            assertThat(report.findElements(By.cssSelector(".report-proposal"))).allSatisfy(project ->
                    assertThat(project.getText()).contains("Issu des regroupements").contains("« Critique : thème")
                            .contains("Organisation porteuse").contains("Premiers pas"));
            assertThat(report.findElement(By.id("objections")).getText())
                    .contains("Et qui paiera l'assurance du matériel prêté ?");
            assertThat(Layout.wordsCutIn(report, "#report")).as("words cut across two lines on a %s screen", screen).isEmpty();
            assertThat(fitsTheScreen(report)).as("nothing to scroll sideways on a %s screen", screen).isTrue();
        }
    }

    @Test
    void onAPhoneEverySourceOfAProjectIsInViewAndItsConditionsKeepTheirFigures() {
        Built story = RealisticWorkshop.once(api, ORGANISER, port());
        ChromeDriver phone = screens.participantPage(story.workshop(), story.people().get(0), 390, 844);
        waitOn(phone).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#proposals .proposal"),
                RealisticWorkshop.PROJECTS));

        // Figures with their unit stay on one line, and words whole.
        for (String figure : List.of("80 m²", "15 000 €")) {
            assertThat(Layout.linesOf(phone, ".proposal-conditions", figure)).as("lines of '%s'", figure)
                    .isNotEmpty().allMatch(lines -> lines == 1);
        }
        assertThat(Layout.wordsCutIn(phone, "#proposals")).isEmpty();

        WebElement box = phone.findElement(By.id("propose-box"));
        Browsers.click(phone, box.findElement(By.tagName("summary")));
        WebElement sources = waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#propose-box .source-list")));
        // Every source is in the page's own scroll: no box that scrolls inside it, so the dreams are not hidden under the critiques.
        assertThat((Boolean) phone.executeScript("""
                return [...arguments[0].closest('form').querySelectorAll('*')].every((node) => {
                  const style = getComputedStyle(node);
                  return !['auto', 'scroll'].includes(style.overflowY) || node.scrollHeight <= node.clientHeight + 1;
                });""", sources)).as("no inner scroll in the proposal form").isTrue();
        assertThat(box.getText()).contains("Critique n° 1").contains("Utopie n° 1").contains("« Critique : thème 1 »");
        assertThat(fitsTheScreen(phone)).isTrue();
    }
}
