package org.atelier.web.browser;

import static org.atelier.web.browser.Browsers.waitOn;

import java.util.ArrayList;
import java.util.List;

import org.atelier.web.ApiTest.Participant;
import org.atelier.web.ApiTest.Workshop;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The browsers one test opens on the running application, closed together after it. The console
 * and the participant page are opened as a person arrives on them after creating or joining a
 * workshop: with the token where the creating or joining page keeps it, so a test that scheduled
 * and joined through the API (the console and the join page have tests of their own) starts on them.
 */
final class Screens implements AutoCloseable {

    private final String base;
    private final List<ChromeDriver> opened = new ArrayList<>();

    Screens(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The address of a page of the application, e.g. {@code /evaluator.html?workshop=…}. */
    String url(String path) {
        return base + path;
    }

    /** A fresh browser of that size, closed with the others. */
    ChromeDriver open(int width, int height) {
        ChromeDriver browser = Browsers.open(width, height);
        opened.add(browser);
        return browser;
    }

    /** The facilitator console on a laptop, live, as the page that created the workshop left it. */
    ChromeDriver console(Workshop workshop, String title) {
        return console(workshop, title, 1280, 900);
    }

    /** The same on a screen of that size. */
    ChromeDriver console(Workshop workshop, String title, int width, int height) {
        ChromeDriver page = open(width, height);
        page.get(url("/facilitator.html"));
        page.executeScript("localStorage.setItem(arguments[0], arguments[1])", "atelier.facilitator." + workshop.id(),
                "{\"workshopId\":\"" + workshop.id() + "\",\"facilitatorToken\":\"" + workshop.facilitatorToken()
                        + "\",\"evaluatorToken\":\"" + workshop.evaluatorToken()
                        + "\",\"joinCode\":\"" + workshop.joinCode() + "\",\"title\":\"" + title + "\"}");
        page.get(url("/facilitator.html?workshop=" + workshop.id()));
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        return page;
    }

    /** The participant page on a screen of that size, live, as the join page left it. */
    ChromeDriver participantPage(Workshop workshop, Participant participant, int width, int height) {
        ChromeDriver page = open(width, height);
        page.get(url("/join.html"));
        page.executeScript("sessionStorage.setItem(arguments[0], arguments[1])", "atelier.participant." + workshop.id(),
                "{\"workshopId\":\"" + workshop.id() + "\",\"participantId\":\"" + participant.id()
                        + "\",\"token\":\"" + participant.token() + "\"}");
        page.get(url("/participant.html?workshop=" + workshop.id()));
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
        return page;
    }

    @Override
    public void close() {
        opened.forEach(ChromeDriver::quit);
        opened.clear();
    }
}
