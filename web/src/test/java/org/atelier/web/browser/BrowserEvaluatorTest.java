package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.web.browser.Browsers.fitsTheScreen;
import static org.atelier.web.browser.Browsers.text;
import static org.atelier.web.browser.Browsers.waitOn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluators' screens in a real browser, on a workshop run through the API from an anonymous
 * critique to a partnership: the timeline with its phases as bands and its filters, the replay of
 * the board position by position, the exports and the check of the event log, and the printable
 * report. The page is opened from the evaluator link, its token in the fragment.
 */
class BrowserEvaluatorTest extends ScreensTest {

    private static final String PREMISES = "Les associations culturelles travaillent chacune de leur côté";
    private static final String FUNDS = "Les financements européens sont difficiles à monter seul";
    private static final String OFFICE = "Un bureau partagé pour monter les dossiers européens";
    private static final String PROJECT = "Bureau européen mutualisé";

    @Test
    void theTimelineShowsThePhasesAsBandsAndFiltersTheEvents() {
        Story story = runStory();
        ChromeDriver page = openEvaluatorPage(story, 1280, 900);
        // The first events come first; the bands are drawn once the whole history is read.
        waitOn(page).until(p -> p.findElements(By.cssSelector("#band-track .band-segment")).size() == 4);

        for (String phase : List.of("PREPARATION", "CRITIQUE", "UTOPIA", "REALIZATION")) {
            assertThat(page.findElements(By.cssSelector("#phase-bands .phase-band[data-phase='" + phase + "']"))).hasSize(1);
            assertThat(page.findElements(By.cssSelector("#timeline .timeline-band[data-phase='" + phase + "']"))).hasSize(1);
        }
        assertThat(page.findElements(By.cssSelector("#band-track .band-segment"))).hasSize(4);
        waitOn(page).until(p -> events(page).size() == story.version());
        // Organisations are named once the register has answered, which may be after the first events.
        waitOn(page).until(p -> eventSaying(page, FUNDS).getText().contains(story.benOrganisation()));
        WebElement critique = eventSaying(page, FUNDS);
        assertThat(critique.getAttribute("data-phase")).isEqualTo("CRITIQUE");
        assertThat(critique.getText()).startsWith("Idée publiée (Critique)").contains(story.benOrganisation())
                .doesNotContain("Ben"); // the critique was anonymous: the organisation, not the person
        assertThat(eventSaying(page, OFFICE).getText()).contains("Ana").contains("inspirée de");
        // Every change said in words: no code name ("TimerStarted", "ProposalsRanked") reaches a reader.
        assertThat(events(page)).allSatisfy(event -> assertThat(event.getText())
                .doesNotContainPattern("\\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\\b"));
        Accessibility.assertAccessible(page, "the evaluators' page");

        new Select(page.findElement(By.id("filter-type"))).selectByValue("votes");
        page.findElement(By.id("filter-apply")).click();
        waitOn(page).until(p -> events(page).size() == 2);
        assertThat(events(page)).allSatisfy(event -> assertThat(event.getAttribute("data-type")).endsWith("VoteCast"));
        assertThat(text(page, By.id("timeline-status"))).isEqualTo("2 événements affichés");

        new Select(page.findElement(By.id("filter-type"))).selectByValue("");
        new Select(page.findElement(By.id("filter-phase"))).selectByValue("UTOPIA");
        page.findElement(By.id("filter-apply")).click();
        waitOn(page).until(p -> events(page).size() == 3); // the move into UTOPIA and its two dreams
        assertThat(events(page)).allSatisfy(event -> assertThat(event.getAttribute("data-phase")).isEqualTo("UTOPIA"));

        page.findElement(By.id("filter-reset")).click();
        waitOn(page).until(p -> events(page).size() == story.version());
        // The sections below the timeline are laid out as their reads answer: wait for the last.
        ChromeDriver phone = openEvaluatorPage(story, 390, 844);
        waitOn(phone).until(p -> fitsTheScreen(phone));
    }

    @Test
    void theScrubberReplaysTheBoardPositionByPosition() {
        Story story = runStory();
        ChromeDriver page = openEvaluatorPage(story, 1280, 900);
        WebElement slider = page.findElement(By.id("replay-position"));
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("replay-board"), "data-position",
                String.valueOf(story.version())));
        int cardsAtTheEnd = cards(page);
        assertThat(cardsAtTheEnd).isEqualTo(4);
        assertThat(text(page, By.id("replay-proposal-list"))).contains(PROJECT).contains("Partenariat formé");

        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", slider);
        slider.sendKeys(Keys.HOME);
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("replay-board"), "data-position", "1"));
        assertThat(cards(page)).isZero();
        assertThat(text(page, By.id("replay-counter"))).isEqualTo("Changement 1 sur " + story.version());
        assertThat(text(page, By.id("replay-event"))).startsWith("Atelier programmé");

        // After the first critique, one card; the arrow keys move one position at a time.
        int firstIdea = story.positionOf("IdeaPosted");
        page.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                slider, String.valueOf(firstIdea - 1));
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("replay-board"), "data-position", String.valueOf(firstIdea - 1)));
        assertThat(cards(page)).isZero();
        slider.sendKeys(Keys.ARROW_RIGHT);
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("replay-board"), "data-position", String.valueOf(firstIdea)));
        assertThat(cards(page)).isEqualTo(1).isLessThan(cardsAtTheEnd);
        assertThat(page.findElement(By.id("replay-phase")).getAttribute("data-phase")).isEqualTo("CRITIQUE");

        // Play at ×16 runs on through the changes, then pause holds the position.
        page.findElement(By.cssSelector("input[name='replay-speed'][value='16']")).click();
        page.findElement(By.id("replay-play")).click();
        assertThat(page.findElement(By.id("replay-play")).getText()).isEqualTo("Pause");
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("replay-board"), "data-position", String.valueOf(story.version())));
        waitOn(page).until(ExpectedConditions.textToBe(By.id("replay-play"), "Lecture"));
        assertThat(cards(page)).isEqualTo(cardsAtTheEnd);
    }

    @Test
    void theExportedLogIsVerifiedAndTheReportHasTheProjectsAndTheHash() throws IOException {
        Story story = runStory();
        String head = api.get("/api/workshops/" + story.workshop().id() + "/integrity", story.workshop().evaluatorToken())
                .text("head");
        ChromeDriver page = openEvaluatorPage(story, 1280, 900);
        waitOn(page).until(ExpectedConditions.textToBe(By.id("integrity-head"), head));

        Path log = Files.createTempFile("events", ".ndjson");
        Files.write(log, api.download("/api/workshops/" + story.workshop().id() + "/events.ndjson",
                story.workshop().evaluatorToken()).body());
        page.findElement(By.id("verify-file")).sendKeys(log.toString());
        page.findElement(By.id("verify-submit")).click();
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("verify-result"), "data-valid", "true"));
        assertThat(text(page, By.id("verify-result"))).contains(String.valueOf(story.version())).contains(head);

        String altered = Files.readString(log).replace(FUNDS, "Tout va bien");
        Files.writeString(log, altered);
        page.findElement(By.id("verify-file")).sendKeys(log.toString());
        page.findElement(By.id("verify-submit")).click();
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("verify-result"), "data-valid", "false"));
        // Selenium reads the no-break space after "n°" as a plain one.
        assertThat(text(page, By.id("verify-result")).replace('\u00a0', ' '))
                .contains("n° " + story.positionOfIdea(FUNDS) + ".");

        ChromeDriver report = screens.open(1000, 1200);
        report.get(screens.url("/report.html?workshop=" + story.workshop().id() + "#evaluator="
                + story.workshop().evaluatorToken()));
        WebElement proposal = waitOn(report).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".report-proposal")));
        assertThat(proposal.getText()).contains(PROJECT).contains("Un mi-temps financé à trois")
                .contains(story.anaOrganisation()).contains(story.benOrganisation()).contains("nouveau partenariat");
        assertThat(text(report, By.id("integrity-head"))).isEqualTo(head);
        assertThat(text(report, By.id("themes"))).contains("Isolement des structures");
        assertThat(text(report, By.id("partnerships"))).contains(story.anaOrganisation());
        assertThat(report.findElement(By.id("print")).isDisplayed()).isTrue();
        Accessibility.assertAccessible(report, "the report");
    }

    @Test
    void theTraceOfThePartnershipIsATimelineAndAGraphBesideTheNetworkAndTheIndicators() {
        Story story = runStory();
        ChromeDriver page = openEvaluatorPage(story, 1280, 900);

        waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#trace-steps .trace-step")));
        List<WebElement> steps = page.findElements(By.cssSelector("#trace-steps .trace-step"));
        assertThat(steps.get(0).getAttribute("data-kind")).isEqualTo("critique");
        assertThat(steps.get(0).getText()).startsWith("Critique publiée").contains(PREMISES);
        assertThat(steps).extracting(step -> step.getAttribute("data-type"))
                .contains("IdeaPosted", "ClusterCreated", "ProjectProposed", "OrganisationCommitted", "PartnershipFormed");
        assertThat(steps).extracting(step -> step.getAttribute("data-kind")).contains("critique", "dream");
        assertThat(text(page, By.id("trace-steps"))).contains("Rêve publié").contains("Ana (" + story.anaOrganisation());
        // The critique was anonymous: its steps name the organisations, never the persons.
        assertThat(page.findElements(By.cssSelector("#trace-steps .trace-step[data-phase='CRITIQUE']")))
                .allSatisfy(step -> assertThat(step.getText()).doesNotContain("Ana").doesNotContain("Ben"))
                .anySatisfy(step -> assertThat(step.getText()).contains("Anonyme (" + story.benOrganisation()));

        // The graph: a node for each critique, the dream, the project, both organisations and the partnership.
        waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trace-chart svg")));
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) page.executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('trace-chart')).getOption().series[0].data.map(function (node) { return node.kind; })");
        assertThat(kinds).contains("critique", "dream", "proposal", "organisation", "partnership");
        assertThat(kinds.stream().filter("critique"::equals)).hasSize(2);
        assertThat(kinds.stream().filter("organisation"::equals)).hasSize(2);
        assertThat(page.findElements(By.cssSelector("#trace-nodes li[data-kind='organisation']"))).hasSize(2);

        // The network of the workshop: two organisations, one component; the five impacts with their figures.
        waitOn(page).until(ExpectedConditions.attributeToBe(By.id("network-figures"), "data-components", "1"));
        assertThat(page.findElements(By.cssSelector("#network-chart svg"))).isNotEmpty();
        assertThat(text(page, By.id("network-links"))).contains(story.anaOrganisation()).contains("partenariat");
        assertThat(page.findElements(By.cssSelector("#indicators .impact[data-impact]"))).hasSize(5);
        assertThat(text(page, By.cssSelector("#indicators [data-impact='sharedIssues']"))).contains("Isolement des structures");
    }

    /** What the evaluator will look at: the workshop and where some of its events fell. */
    private record Story(ApiTest.Workshop workshop, String anaOrganisation, String benOrganisation,
                         List<Map.Entry<String, String>> events) {

        int version() {
            return events.size();
        }

        int positionOf(String type) {
            return events.stream().map(Map.Entry::getKey).toList().indexOf(type) + 1;
        }

        int positionOfIdea(String text) {
            return events.indexOf(Map.entry("IdeaPosted", text)) + 1;
        }
    }

    /**
     * Two organisations through the three phases: an anonymous critique (two critiques clustered,
     * two dots), a dream inspired by a critique, a project derived from the dream, that critique and
     * the cluster, committed to by both organisations, which forms a partnership.
     */
    private Story runStory() {
        Workshop workshop = scheduleWorkshop();
        String anaOrganisation = unique("Coop'Sud");
        String benOrganisation = unique("Tiers-Lieu");
        Participant ana = join(workshop, registerOrganisation(anaOrganisation, "Saint-Étienne", true), "Ana");
        Participant ben = join(workshop, registerOrganisation(benOrganisation, "Firminy", true), "Ben");
        String path = "/api/workshops/" + workshop.id();
        String facilitator = workshop.facilitatorToken();
        String premises = UUID.randomUUID().toString();
        String funds = UUID.randomUUID().toString();
        String office = UUID.randomUUID().toString();
        String proposal = UUID.randomUUID().toString();
        List<Map.Entry<String, String>> events = new ArrayList<>(List.of(
                Map.entry("WorkshopScheduled", ""), Map.entry("ParticipantJoined", ""), Map.entry("ParticipantJoined", "")));

        expect(api.send("PUT", path + "/phases/CRITIQUE/settings", facilitator, Map.of("anonymous", true)), 200);
        events.add(Map.entry("PhaseConfigured", ""));
        expect(api.post(path + "/advance", facilitator, Map.of("expectedPhase", "PREPARATION")), 200);
        events.add(Map.entry("PhaseAdvanced", ""));
        expect(api.post(path + "/ideas", ana.token(), Map.of("ideaId", premises, "text", PREMISES)), 201);
        events.add(Map.entry("IdeaPosted", PREMISES));
        expect(api.post(path + "/ideas", ben.token(), Map.of("ideaId", funds, "text", FUNDS)), 201);
        events.add(Map.entry("IdeaPosted", FUNDS));
        expect(api.post(path + "/advance-step", facilitator, Map.of("expectedStep", "COLLECT")), 200);
        events.add(Map.entry("StepAdvanced", ""));
        String cluster = expect(api.post(path + "/clusters", facilitator, Map.of("title", "Isolement des structures",
                "ideaIds", List.of(premises, funds))), 201).text("clusterId");
        events.addAll(List.of(Map.entry("ClusterCreated", ""), Map.entry("IdeaClustered", ""), Map.entry("IdeaClustered", "")));
        expect(api.post(path + "/advance-step", facilitator, Map.of("expectedStep", "CLUSTER")), 200);
        events.add(Map.entry("StepAdvanced", ""));
        expect(api.post(path + "/votes", ana.token(), Map.of("ideaId", funds)), 201);
        expect(api.post(path + "/votes", ben.token(), Map.of("ideaId", premises)), 201);
        events.addAll(List.of(Map.entry("VoteCast", ""), Map.entry("VoteCast", "")));
        expect(api.post(path + "/advance", facilitator, Map.of("expectedPhase", "CRITIQUE")), 200);
        events.add(Map.entry("PhaseAdvanced", ""));
        expect(api.post(path + "/ideas", ana.token(), Map.of("ideaId", office, "text", OFFICE, "inspiredBy", List.of(funds))), 201);
        events.add(Map.entry("IdeaPosted", OFFICE));
        expect(api.post(path + "/ideas", ben.token(), Map.of("ideaId", UUID.randomUUID().toString(),
                "text", "Une maison commune des cultures du monde")), 201);
        events.add(Map.entry("IdeaPosted", ""));
        expect(api.post(path + "/advance", facilitator, Map.of("expectedPhase", "UTOPIA")), 200);
        events.add(Map.entry("PhaseAdvanced", ""));
        expect(api.post(path + "/proposals", ana.token(), Map.of("proposalId", proposal, "title", PROJECT,
                "description", "Un poste partagé pour monter les candidatures", "derivedFrom", List.of(office, funds),
                "derivedFromClusters", List.of(cluster),
                "conditions", Map.of("resources", "Un mi-temps financé à trois", "obstacles", "Le portage juridique",
                        "firstSteps", "Une réunion en janvier", "timeline", "2026"))), 201);
        events.add(Map.entry("ProjectProposed", ""));
        expect(api.post("/api/proposals/" + proposal + "/commitments", ana.token(), Map.of()), 201);
        events.add(Map.entry("OrganisationCommitted", ""));
        expect(api.post("/api/proposals/" + proposal + "/commitments", ben.token(), Map.of()), 201);
        events.addAll(List.of(Map.entry("OrganisationCommitted", ""), Map.entry("PartnershipFormed", "")));

        int version = api.get(path, facilitator).body().path("version").asInt();
        assertThat(version).as("the story's events").isEqualTo(events.size());
        return new Story(workshop, anaOrganisation, benOrganisation, events);
    }

    /** The evaluator page as the evaluator link opens it: the token in the fragment. */
    private ChromeDriver openEvaluatorPage(Story story, int width, int height) {
        ChromeDriver page = screens.open(width, height);
        page.get(screens.url("/evaluator.html?workshop=" + story.workshop().id() + "#evaluator="
                + story.workshop().evaluatorToken()));
        waitOn(page).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline .event")));
        assertThat(page.getCurrentUrl()).doesNotContain(story.workshop().evaluatorToken());
        return page;
    }

    private static List<WebElement> events(ChromeDriver page) {
        return page.findElements(By.cssSelector("#timeline .event"));
    }

    private static WebElement eventSaying(ChromeDriver page, String text) {
        return waitOn(page).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='timeline']//li[contains(@class, 'event')][contains(., \"" + text + "\")]")));
    }

    private static int cards(ChromeDriver page) {
        return page.findElements(By.cssSelector("#replay-ideas [data-idea-id]")).size();
    }

    private static ApiClient.Response expect(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        return response;
    }
}
