package org.atelier.command.workshop;

import java.time.LocalDate;
import java.util.Objects;

import org.atelier.command.rejection.TextInput;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ActionStatus;

/**
 * What a proposal keeps of a follow-up action to decide on it: who carries it, what was first
 * agreed (to recognise a retry), what it says now, and the position it was agreed at.
 */
record FollowUpAction(OrganisationId organisationId, String agreedWhat, LocalDate agreedDue, String what,
                      LocalDate due, ActionStatus status, long agreedAt) {

    static final int MAX_WHAT = 500;

    static String what(String raw) {
        return TextInput.required("what", raw, MAX_WHAT);
    }

    FollowUpAction(OrganisationId organisationId, String what, LocalDate due, ActionStatus status, long agreedAt) {
        this(organisationId, what, due, what, due, status, agreedAt);
    }

    boolean isSameAgreement(OrganisationId otherOrganisation, String otherWhat, LocalDate otherDue) {
        return organisationId.equals(otherOrganisation) && agreedWhat.equals(otherWhat)
                && Objects.equals(agreedDue, otherDue);
    }

    FollowUpAction now(ActionStatus newStatus, String newWhat, LocalDate newDue) {
        return new FollowUpAction(organisationId, agreedWhat, agreedDue, newWhat, newDue, newStatus, agreedAt);
    }
}
