package org.atelier.query;

import java.util.List;

import org.atelier.query.batch.BatchEnd;
import org.atelier.query.batch.WrittenBehind;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/** Events handled as a tracking processor's batch: one unit of work for them, through the batch's interceptor. */
public final class ProcessorBatch {

    private ProcessorBatch() {
    }

    /** Handles {@code events} by {@code projection}'s handlers; a failure of the batch is thrown. */
    public static void handle(WrittenBehind projection, List<EventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        MessageHandlerInterceptor<EventMessage<?>> interceptor = BatchEnd.interceptor(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        ResultMessage<?> result = batch.executeWithResult(() -> interceptor.handle(batch,
                new DefaultInterceptorChain<>(batch, List.of(), handlers::handle)));
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
    }
}
