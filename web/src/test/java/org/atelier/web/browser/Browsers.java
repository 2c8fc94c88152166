package org.atelier.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by Selenium. Where it is not installed the
 * browser tests are skipped on a developer's machine, but fail in CI, which must have it.
 */
final class Browsers {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Where Debian puts the driver; another path can be given to check how a machine without it runs. */
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("atelier.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int NARROWEST_WINDOW = 500;

    private Browsers() {
    }

    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        if (!installed && !skipSaid) {
            skipSaid = true;
            System.err.println("Browser tests skipped: Chromium and its driver are not installed"
                    + " (apt-get install chromium chromium-driver, then run the tests again).");
        }
        Assumptions.assumeTrue(installed, "Chromium and its driver are not installed");
    }

    /** The skip is said once per run, not once per test. */
    private static boolean skipSaid;

    /** A fresh browser with its own profile, sized like a phone unless said otherwise. */
    static ChromeDriver open(int width, int height) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile());
            if (width < NARROWEST_WINDOW) {
                // Chromium's window is never narrower than 500 px: a phone's screen is emulated instead.
                options.setExperimentalOption("mobileEmulation",
                        Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A profile of its own under the build's folder: Chromium leaves a few megabytes there, which
     * the next clean removes (in the system's temporary folder they piled up run after run).
     */
    private static Path profile() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium").toAbsolutePath()), "profile");
    }

    /** Waits as long as a person would for a page to follow: twenty seconds. */
    static WebDriverWait waitOn(ChromeDriver page) {
        return new WebDriverWait(page, PATIENCE);
    }

    /** Types into a field once it is visible, replacing what it held. */
    static void type(ChromeDriver page, By field, CharSequence text) {
        WebElement input = waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(field));
        input.clear();
        input.sendKeys(text);
    }

    static String text(ChromeDriver page, By element) {
        return page.findElement(element).getText();
    }

    /** Clicks a button once it can be clicked, brought to the middle of a small screen first. */
    static void click(ChromeDriver page, WebElement button) {
        waitOn(page).until(ExpectedConditions.elementToBeClickable(button));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** From the join confirmation (the personal code, the dates) into the workshop. */
    static void enterAfterJoining(ChromeDriver page) {
        waitOn(page).until(ExpectedConditions.elementToBeClickable(By.id("enter"))).click();
    }

    /**
     * Keeps what a page looks like now under target/screens, for a person to look at; the tests
     * check the page itself.
     */
    static void screenshot(ChromeDriver page, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screens"));
            Files.write(folder.resolve(name + ".png"), page.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the page fits its screen both ways: no scrollbar at all (a projector's page). */
    static boolean fitsWithoutScrolling(ChromeDriver page) {
        return (Boolean) page.executeScript("const root = document.documentElement;"
                + " return root.scrollWidth <= root.clientWidth && root.scrollHeight <= root.clientHeight"
                + " && document.body.scrollHeight <= window.innerHeight");
    }

    /** Answers yes to the console's confirmation dialog and waits for it to close. */
    static void confirm(ChromeDriver console) {
        waitOn(console).until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        waitOn(console).until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
    }

    /** Whether the page fits its screen's width: nothing to scroll sideways on a phone. */
    static boolean fitsTheScreen(ChromeDriver page) {
        return (Boolean) page.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }
}
