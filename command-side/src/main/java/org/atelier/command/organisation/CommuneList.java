package org.atelier.command.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A territory read from a CSV list of communes ({@code insee,name}, lines starting with # are
 * comments). A head office matches by INSEE code or by name, ignoring case, accents, hyphens,
 * apostrophes and the abbreviations St / Ste.
 */
public final class CommuneList implements Territory {

    private final Set<String> keys;

    private CommuneList(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    public static CommuneList read(InputStream csv) {
        Set<String> keys = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.equals("insee,name"))
                    .forEach(line -> {
                        int comma = line.indexOf(',');
                        keys.add(line.substring(0, comma).strip());
                        keys.add(key(line.substring(comma + 1)));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of communes", e);
        }
        return new CommuneList(keys);
    }

    @Override
    public boolean contains(String commune) {
        return commune != null && (keys.contains(commune.strip()) || keys.contains(key(commune)));
    }

    public int size() {
        return keys.size() / 2;
    }

    static String key(String commune) {
        String plain = Normalizer.normalize(commune.replace("œ", "oe").replace("Œ", "OE"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[-'’\\s]+", " ")
                .strip();
        return plain.replaceAll("^st ", "saint ")
                .replaceAll("^ste ", "sainte ");
    }
}
