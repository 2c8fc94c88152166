package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages change their copy of a workshop in one place: room.js's fold, given the change a live
 * message says (or will say, for a change the page made itself). A page that sets the phase,
 * adds an idea or moves a cluster by itself is a second fold, which drifts from the first; this
 * test finds one in the page code.
 */
class OneFoldTest {

    /** Writing to the room's state or calling the fold's own steps, from outside room.js. */
    private static final Pattern FOLDING_BY_ITSELF = Pattern.compile(
            "\\broom\\.(phase|step|timer)\\s*=[^=]"
                    + "|\\broom\\.(ideas|clusters|participants|proposals|partnerships|settings|ready|myVotes)"
                    + "\\.(set|delete|add|clear)\\("
                    + "|\\broom\\.(changeIdea|editIdea|changeCluster|mergeCluster|dissolveCluster|changeProposal|commit"
                    + "|uncommit|agreeAction|updateAction|changePartnership|changeTimer|enterStep|applyToProposals)\\(");

    @Test
    void noPageChangesItsCopyOfTheWorkshopOutsideTheFold() throws IOException {
        Path scripts = staticScripts();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(scripts)) {
            List<Path> pages = files.filter(file -> file.toString().endsWith(".js"))
                    .filter(file -> !file.getFileName().toString().equals("room.js"))
                    .toList();
            assertThat(pages).as("page modules").hasSizeGreaterThan(20);
            for (Path page : pages) {
                List<String> lines = Files.readAllLines(page);
                for (int index = 0; index < lines.size(); index++) {
                    Matcher matcher = FOLDING_BY_ITSELF.matcher(lines.get(index).replace("this.#room.", "room."));
                    if (matcher.find()) {
                        found.add(scripts.relativize(page) + ":" + (index + 1) + ": " + lines.get(index).strip());
                    }
                }
            }
        }
        assertThat(found).as("changes made to the room outside room.js's fold (use room.apply)").isEmpty();
    }

    @Test
    void theCheckFindsAPageThatFoldsByItself() {
        assertThat(FOLDING_BY_ITSELF.matcher("room.phase = answer.phase;").find()).isTrue();
        assertThat(FOLDING_BY_ITSELF.matcher("room.ideas.delete(ideaId);").find()).isTrue();
        assertThat(FOLDING_BY_ITSELF.matcher("room.mergeCluster(clusterId, into);").find()).isTrue();
        assertThat(FOLDING_BY_ITSELF.matcher("if (room.phase === 'CLOSED') {").find()).isFalse();
        assertThat(FOLDING_BY_ITSELF.matcher("room.apply({ type: 'IdeaHidden', payload: { ideaId } });").find()).isFalse();
    }

    /** The page modules as the application serves them (the main resources, not the tests' own). */
    private static Path staticScripts() {
        try {
            Path scripts = Path.of(OneFoldTest.class.getResource("/static/js/room.js").toURI()).getParent();
            assertThat(scripts.resolve("participant.js")).exists();
            return scripts;
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
