package org.atelier.shared;

/**
 * Why a command was refused, carried as typed details of a command's failure so that callers on
 * any node map it without parsing messages.
 */
public enum Rejection {
    /** The input breaks a rule of form (length, range, reference); the caller fixes it and retries. */
    INVALID_INPUT,
    /** The caller may not do this to this thing (not its author, not a participant). */
    NOT_ALLOWED,
    /** The thing named does not exist. */
    NOT_FOUND,
    /** The state changed or forbids it: wrong phase, phase moved on, duplicate with other content. */
    CONFLICT
}
