package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules, run on a page as a person sees it. The engine is the
 * axe.min.js that Deque's test artifact carries on the test classpath, injected by the test:
 * the application never serves it.
 */
final class Accessibility {

    private static final String AXE = read();

    private Accessibility() {
    }

    /**
     * Fails with every rule broken on the page once its animations have ended (a card fading in is
     * faint for a quarter of a second), each with the elements that break it.
     */
    @SuppressWarnings("unchecked")
    static void assertAccessible(ChromeDriver page, String where) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(AXE);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // A card fading in is measured once it has appeared: axe reads contrast through opacity.
                const settling = document.getAnimations()
                  .filter((animation) => animation.playState === 'running'
                    && animation.effect?.getComputedTiming().endTime !== Infinity)
                  .map((animation) => animation.finished.catch(() => null));
                Promise.all(settling).then(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then((result) => done(result.violations.map((v) => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map((node) => node.target.join(' ')).slice(0, 5),
                  }))))
                  .catch((error) => done([{ id: 'axe-failed', help: String(error), targets: [] }])));
                """);
        assertThat(violations).as("axe-core on %s", where).isEmpty();
    }

    private static String read() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
