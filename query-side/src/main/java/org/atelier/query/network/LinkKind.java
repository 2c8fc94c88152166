package org.atelier.query.network;

/** How two organisations came to be linked; in this order on every edge. */
public enum LinkKind {
    /** Participants of both took part in the same workshop. */
    MET,
    /** An idea of one was inspired by an idea of the other, or a proposal of one derived from the other's ideas. */
    BUILT_ON,
    /** Both committed to the same proposal. */
    CO_COMMITTED,
    /** Both were in the same partnership. */
    PARTNERSHIP
}
