package org.atelier.command.rejection;

import org.atelier.shared.Rejection;
import org.atelier.shared.RejectionDetails;
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
            throw new CommandExecutionException(rejection.getMessage(), null, rejection.details());
        } catch (AggregateNotFoundException unknown) {
            String detail = "Nothing with id " + unknown.getAggregateIdentifier() + " exists here; check the id.";
            throw new CommandExecutionException(detail, null,
                    new RejectionDetails(Rejection.NOT_FOUND, null, detail, "UnknownId"));
        } catch (AggregateEntityNotFoundException unknown) {
            String detail = "Nothing with this id exists in this workshop; check the id.";
            throw new CommandExecutionException(detail, null,
                    new RejectionDetails(Rejection.NOT_FOUND, null, detail, "UnknownId"));
        } catch (ConcurrencyException concurrent) {
            String detail = "Someone changed this at the same moment; reload and try again.";
            throw new CommandExecutionException(detail, null,
                    new RejectionDetails(Rejection.CONFLICT, null, detail, "ChangedMeanwhile"));
        }
    }
}
