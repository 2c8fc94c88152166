package org.atelier.query.network;

import java.time.Duration;

import org.atelier.query.processing.HeldWrites;
import org.atelier.query.processing.WriterLifecycle;
import org.atelier.query.processing.WritingBehind;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * When the network's facts are written, and the network processor's token with them: every
 * {@code atelier.network.write-every}, or at once when a reader waits for them
 * ({@link #writeSoon()}). Written as each batch ended, an idea on a live board cost the read-model
 * store two reads and three writes (the token's included) for figures nobody looks at while the
 * room works; the documents
 * changed in between are held in memory by {@link NetworkProjection}, and the token the processor
 * stores meanwhile waits until they are written ({@link WritingBehind}), so it is never ahead of
 * them and a crash makes the processor fold again at most that interval's events.
 */
@Component
class NetworkWriting extends WriterLifecycle implements HeldWrites {

    NetworkWriting(NetworkProjection projection, TokenStore tokens,
                   @Value("${atelier.network.write-every:50ms}") Duration every) {
        super(new WritingBehind("network-writer", every, tokens, () -> true, projection::writeHeld));
        projection.heldForWriting(writing()::forget);
    }

    /** The network processor's token store: a token waits until the facts it covers are written. */
    TokenStore tokens() {
        return writing().tokens();
    }

    /** Writes the facts held, then the token that waited for them. */
    void write() {
        writing().write();
    }

    @Bean
    ConfigurerModule networkTokensWaitForTheirFacts() {
        return configurer -> configurer.eventProcessing()
                .registerTokenStore(NetworkProjection.PROCESSING_GROUP, config -> tokens());
    }

    @Override
    public String processingGroup() {
        return NetworkProjection.PROCESSING_GROUP;
    }

    @Override
    public void writeSoon() {
        writing().writeSoon();
    }
}
