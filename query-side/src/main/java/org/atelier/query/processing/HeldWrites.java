package org.atelier.query.processing;

/**
 * A read model whose changes are held in memory and written behind its processor, the token
 * waiting for them: a reader that waits for the token asks for the write at once.
 */
public interface HeldWrites {

    /** The tracking processor whose token waits for the writes. */
    String processingGroup();

    /** Writes what is held, and the token that waited for it, as soon as the writing thread can. */
    void writeSoon();
}
