package org.atelier.shared;

/**
 * The typed details of a refused command.
 *
 * @param rejection the kind of refusal
 * @param field     the input field at fault, or {@code null}
 * @param detail    what a person can do about it
 * @param code      the rule's name, stable across languages, for a screen to say it in its own words
 */
public record RejectionDetails(Rejection rejection, String field, String detail, String code) {
}
