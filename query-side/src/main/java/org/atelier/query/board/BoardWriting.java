package org.atelier.query.board;

import java.time.Duration;

import org.atelier.query.processing.WriterLifecycle;
import org.atelier.query.processing.WritingBehind;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * When the boards are written, and the board processor's token with them. Writing a big board
 * after every small batch (a few events each while a room is busy) cost more than folding the
 * events: the boards are written every {@code atelier.boards.write-every} instead, and the token
 * the processor stores in between waits until the boards it covers are written
 * ({@link WritingBehind}). So the token is never ahead of a written board, and a crash makes the
 * processor fold again at most that interval's events. Only the interval grows with the boards'
 * size; memory answers readers and screens meanwhile.
 */
@Component
class BoardWriting extends WriterLifecycle {

    BoardWriting(OpenBoards boards, MongoTemplate mongo, TokenStore tokens,
                 @Value("${atelier.boards.write-every:50ms}") Duration every) {
        super(new WritingBehind("board-writer", every, tokens, boards::anyUnwritten,
                () -> boards.writeBehind(mongo)));
    }

    /** The board processor's token store: a token waits while a board it covers is not written. */
    TokenStore tokens() {
        return writing().tokens();
    }

    @Bean
    ConfigurerModule boardTokensWaitForTheirBoards() {
        return configurer -> configurer.eventProcessing()
                .registerTokenStore(BoardProjection.PROCESSING_GROUP, config -> tokens());
    }

    /** Writes the boards changed since they were last written, then the token that waited for them. */
    void write() {
        writing().write();
    }
}
