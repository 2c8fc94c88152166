package org.atelier.shared.proposal;

/** One partnership, whichever workshop it was formed in; {@code null} when there is none. */
public record FindPartnership(PartnershipId partnershipId) {
}
