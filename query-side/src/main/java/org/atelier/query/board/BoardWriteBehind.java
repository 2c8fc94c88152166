package org.atelier.query.board;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes the boards a batch of events changed once the batch's last event is handled: after every
 * handler of the batch and before Axon stores the batch's token (in the batch's prepare-commit,
 * processors running without a transaction manager), so the token never passes a board that was
 * not written. It wraps every event of the batch, so it also sees a last event that no handler
 * takes (one parked behind a dead letter of its workshop, for one). A write that fails fails the
 * batch: the processor retries it, and the boards, still unwritten, are written then.
 */
@Configuration(proxyBeanMethods = false)
class BoardWriteBehind implements MessageHandlerInterceptor<EventMessage<?>> {

    private final OpenBoards boards;
    private final MongoTemplate mongo;

    BoardWriteBehind(OpenBoards boards, MongoTemplate mongo) {
        this.boards = boards;
        this.mongo = mongo;
    }

    @Bean
    ConfigurerModule boardsWrittenBehind() {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(
                BoardProjection.PROCESSING_GROUP, config -> this);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            boards.writeBehind(mongo);
        }
        return result;
    }
}
