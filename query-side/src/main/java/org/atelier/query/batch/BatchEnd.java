package org.atelier.query.batch;

import java.util.List;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shows each {@link WrittenBehind} projection its batch's events before the first is handled (so
 * that it may read what they need at once), and writes its changes once the last is handled:
 * after every handler of the batch and before Axon stores the batch's token (in the batch's
 * prepare-commit, processors running without a transaction manager), so the token never passes a
 * document that was not written. The interceptor wraps every event of the batch, so it also sees
 * a last event that no handler takes. An event handled outside a batch (a dead letter retried on
 * its own) is written at once. A batch that fails forgets what it held, so its retry reads the
 * store again.
 */
@Configuration(proxyBeanMethods = false)
public class BatchEnd {

    /**
     * The projections are found when Axon builds each processor, not when it is configured: they
     * need the query update emitter, which needs the configuration.
     */
    @Bean
    ConfigurerModule writtenBehindAtBatchEnd(ObjectProvider<WrittenBehind> projections) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (config, processor) -> projections.stream()
                        .filter(projection -> projection.processingGroup().equals(processor))
                        .findFirst()
                        .map(BatchEnd::interceptor)
                        .orElse(NOTHING_WRITTEN_BEHIND));
    }

    private static final MessageHandlerInterceptor<EventMessage<?>> NOTHING_WRITTEN_BEHIND =
            (unitOfWork, chain) -> chain.proceed();

    /** The interceptor that writes {@code projection}'s changes at the end of each batch. */
    public static MessageHandlerInterceptor<EventMessage<?>> interceptor(WrittenBehind projection) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            try {
                if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
                    projection.batchBegins(eventsOf(batch));
                }
                Object result = chain.proceed();
                if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
                    projection.writeBehind();
                }
                return result;
            } catch (Exception | Error e) {
                projection.discardPending();
                throw e;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<? extends EventMessage<?>> eventsOf(BatchingUnitOfWork<?> batch) {
        // A processor's unit of work: its messages are events.
        return (List<? extends EventMessage<?>>) batch.getMessages();
    }

    /**
     * Whether the event being handled belongs to a processor's batch, whose end writes it; else
     * (a replay, a dead letter retried on its own) the projection writes at once.
     */
    public static boolean inBatch() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?>;
    }
}
