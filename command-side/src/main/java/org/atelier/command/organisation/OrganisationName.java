package org.atelier.command.organisation;

import java.text.Normalizer;
import java.util.Locale;

/** Names are compared without case, accents or extra spaces: "  Kaléido'Scop " is "kaleido'scop". */
final class OrganisationName {

    private OrganisationName() {
    }

    static String key(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return withoutAccents.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
