package org.atelier.query.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled French ideas of the test resources: each with the group a facilitator would put it in,
 * and for the rewrites of one idea the key they share.
 */
record LabelledIdeas(List<Labelled> ideas) {

    record Labelled(String group, String text, String rewriteOf) {
    }

    /** The set the lexicon and the tuning were chosen on. */
    static LabelledIdeas tuningSet() {
        return load("/suggestion/ideas-fr.tsv");
    }

    /** The set written after they were fixed, never used to choose them. */
    static LabelledIdeas heldOutSet() {
        return load("/suggestion/ideas-fr-heldout.tsv");
    }

    private static LabelledIdeas load(String resource) {
        try (InputStream in = LabelledIdeas.class.getResourceAsStream(resource)) {
            List<Labelled> ideas = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                ideas.add(new Labelled(columns[0], columns[1], columns.length > 2 ? columns[2] : null));
            }
            return new LabelledIdeas(List.copyOf(ideas));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> texts() {
        return ideas.stream().map(Labelled::text).toList();
    }

    List<String> groups() {
        return ideas.stream().map(Labelled::group).toList();
    }

    List<String> rewriteKeys() {
        return ideas.stream().map(Labelled::rewriteOf).toList();
    }

    /** Only the ideas of the groups named, in the same order. */
    LabelledIdeas ofGroups(List<String> groups) {
        return new LabelledIdeas(ideas.stream().filter(idea -> groups.contains(idea.group())).toList());
    }
}
