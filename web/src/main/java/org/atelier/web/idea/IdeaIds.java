package org.atelier.web.idea;

import java.util.List;
import java.util.regex.Pattern;

import org.atelier.shared.idea.IdeaId;
import org.atelier.web.problem.ApiException;

/** Ids chosen by clients: a UUID or any short token of letters, digits, '-' and '_'. */
public final class IdeaIds {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private IdeaIds() {
    }

    public static IdeaId of(String field, String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw ApiException.invalid(field, field + " must be 1 to 64 letters, digits, '-' or '_' (a UUID fits).");
        }
        return new IdeaId(value);
    }

    public static List<IdeaId> list(String field, List<String> values) {
        return values == null ? List.of() : values.stream().map(value -> of(field, value)).distinct().toList();
    }
}
