package org.atelier.command.rejection;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;

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
            throw failure(rejection);
        } catch (AggregateNotFoundException unknown) {
            throw failure(new UnknownId("Nothing with id " + unknown.getAggregateIdentifier()
                    + " exists here; check the id."));
        } catch (AggregateEntityNotFoundException unknown) {
            throw failure(new UnknownId("Nothing with this id exists in this workshop; check the id."));
        } catch (ConcurrencyException concurrent) {
            throw failure(new ChangedMeanwhile("Someone changed this at the same moment; reload and try again."));
        }
    }

    private static CommandExecutionException failure(DomainRejection rejection) {
        return new CommandExecutionException(rejection.getMessage(), null, rejection.details());
    }
}
