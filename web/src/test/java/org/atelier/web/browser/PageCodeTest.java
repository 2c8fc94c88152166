package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.waitOn;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.atelier.architecture.DeclaredNames;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page code's own tests (the board fold of room.js, the live client of live.js, the formatting
 * of dates, numbers and plurals), written as modules under the test resources' static/js/test and
 * run in headless Chromium on a page of the running application, one JUnit test each.
 */
class PageCodeTest extends ScreensTest {

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> pageCodeTests() {
        ChromeDriver page = pageWithTexts();
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/test/all.js')
                  .then((tests) => tests.runAll())
                  .then(done, (error) => done([{ name: 'loading the page-code tests', error: String(error) }]));
                """);
        assertThat(results).isNotEmpty();
        return results.stream().map(result -> DynamicTest.dynamicTest((String) result.get("name"),
                () -> assertThat(result.get("error")).as((String) result.get("name")).isNull()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void noEventOfTheDomainIsShownToAReaderByItsCodeName() {
        List<String> events = DeclaredNames.eventTypes();
        assertThat(events).contains("IdeaPosted", "TimerStarted", "PartnershipFormed");
        ChromeDriver page = pageWithTexts();

        for (String language : List.of("fr", "en")) {
            page.executeScript("localStorage.setItem('atelier.lang', arguments[0])", language);
            page.navigate().refresh();
            waitOn(page).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
            Map<String, String> said = (Map<String, String>) page.executeAsyncScript("""
                    const [types, done] = arguments;
                    import('/js/history-text.js').then((texts) => done(Object.fromEntries(types.map((type) =>
                      [type, texts.describeEvent({ type, payload: {} }, new texts.Names())]))));
                    """, events);
            assertThat(said).as("the %s timeline's sentences", language).hasSize(events.size())
                    .allSatisfy((type, sentence) -> assertThat(sentence).as(type).doesNotContain(type));
        }
    }

    /** A page of the application whose bundle is loaded: the modules under test share its texts. */
    private ChromeDriver pageWithTexts() {
        ChromeDriver page = screens.open(800, 600);
        page.get(screens.url("/"));
        waitOn(page).until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.tagName("html"), "class", "i18n-pending")));
        return page;
    }
}
