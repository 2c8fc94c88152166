package org.atelier.command.rejection;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Turns domain rejections into command failures with typed details, the same shape whether the
 * command ran here or on another node behind Axon Server.
 */
public class RejectionInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (DomainRejection rejection) {
            throw new CommandExecutionException(rejection.getMessage(), null, rejection.details());
        }
    }
}
