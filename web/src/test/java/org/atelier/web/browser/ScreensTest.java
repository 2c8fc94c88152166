package org.atelier.web.browser;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A browser test that opens its pages through {@link Screens}: installed Chromium, every browser closed after. */
abstract class ScreensTest extends ApiTest {

    protected Screens screens;

    @BeforeEach
    void browsersInstalled() {
        Browsers.assumeInstalled();
        screens = new Screens(port());
    }

    @AfterEach
    void closeBrowsers() {
        if (screens != null) {
            screens.close();
        }
    }
}
