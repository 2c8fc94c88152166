package org.atelier.command.workshop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.rejection.TextInput;
import org.atelier.shared.vote.Criterion;
import org.atelier.shared.vote.VotingMode;

/**
 * How a phase votes, checked: a CRITERIA phase names one to five criteria with distinct ids (given,
 * or numbered {@code c1}… when left out) and labels of 1 to 80 characters; other modes name none.
 */
record VotingRules(VotingMode mode, List<Criterion> criteria) {

    static final VotingRules DOTS = new VotingRules(VotingMode.DOTS, List.of());
    static final int MAX_CRITERIA = 5;
    static final int MAX_LABEL = 80;
    private static final Pattern CRITERION_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    static VotingRules of(VotingMode mode, List<Criterion> raw) {
        if (mode == null || mode == VotingMode.DOTS || mode == VotingMode.POINTS) {
            if (raw != null && !raw.isEmpty()) {
                throw new InvalidInput("criteria", "Only a CRITERIA phase names criteria.");
            }
            return mode == VotingMode.POINTS ? new VotingRules(VotingMode.POINTS, List.of()) : DOTS;
        }
        if (raw == null || raw.isEmpty() || raw.size() > MAX_CRITERIA) {
            throw new InvalidInput("criteria", "A CRITERIA phase names one to " + MAX_CRITERIA + " criteria.");
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Criterion given = raw.get(i);
            if (given == null) {
                throw new InvalidInput("criteria", "Each criterion needs a label.");
            }
            String id = given.criterionId() == null || given.criterionId().isBlank() ? "c" + (i + 1)
                    : given.criterionId().strip();
            if (!CRITERION_ID.matcher(id).matches()) {
                throw new InvalidInput("criteria", "A criterion id is 1 to 40 letters, digits, '-' or '_'.");
            }
            if (!ids.add(id)) {
                throw new InvalidInput("criteria", "Criterion " + id + " is named twice.");
            }
            criteria.add(new Criterion(id, TextInput.required("criteria", given.label(), MAX_LABEL)));
        }
        return new VotingRules(VotingMode.CRITERIA, List.copyOf(criteria));
    }

    boolean hasCriterion(String criterionId) {
        return criteria.stream().anyMatch(criterion -> criterion.criterionId().equals(criterionId));
    }
}
