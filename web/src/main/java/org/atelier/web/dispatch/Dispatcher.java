package org.atelier.web.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.atelier.query.organisation.OrganisationView;
import org.atelier.shared.organisation.FindOrganisation;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.Outcome;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.security.Caller;
import org.atelier.web.storage.GroupCommit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends commands on behalf of a caller and answers only once the read model shows the change,
 * so that a client that has just written can read its change at once (read-your-writes). It
 * starts watching the read model before sending, so no change can slip between the two: the board
 * through {@link BoardWatch} (in memory on the embedded default), other read models by a
 * subscription query to their progress, whose updates with Axon Server come from whichever node
 * ran the projection.
 */
@Component
public class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    public static final String ACTOR = "actor";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final BoardWatch boards;
    private final Duration readYourWritesTimeout;

    Dispatcher(CommandGateway commandGateway, QueryGateway queryGateway, BoardWatch boards,
               @Value("${atelier.read-your-writes-timeout:10s}") Duration readYourWritesTimeout) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.boards = boards;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    /** Sends a command of a workshop's stream and waits until its board shows the resulting position. */
    public long sendToWorkshop(WorkshopId workshopId, Object command, Caller caller) {
        try (BoardWatch.Watching board = boards.watch(workshopId)) {
            long position = outcomeOf(send(command, caller)).position();
            awaitBoard(board, position, workshopId);
            return position;
        }
    }

    /**
     * As {@link #sendToWorkshop}, and waits as well for each other read model of the workshop named
     * by {@code alsoShownBy}: queries answered, and updated, with the position that read model shows.
     * Answers the command's outcome (whether it recorded anything).
     */
    public Outcome recordInWorkshop(WorkshopId workshopId, Object command, Caller caller, Object... alsoShownBy) {
        List<SubscriptionQueryResult<Long, Long>> progress = new ArrayList<>();
        try (BoardWatch.Watching board = boards.watch(workshopId)) {
            for (Object query : alsoShownBy) {
                progress.add(queryGateway.subscriptionQuery(query, ResponseTypes.instanceOf(Long.class),
                        ResponseTypes.instanceOf(Long.class)));
            }
            Outcome outcome = outcomeOf(send(command, caller));
            awaitBoard(board, outcome.position(), workshopId);
            progress.forEach(readModel -> await(readModel, version -> version >= outcome.position(),
                    "the read models of " + workshopId + " at " + outcome.position()));
            return outcome;
        } finally {
            progress.forEach(SubscriptionQueryResult::close);
        }
    }

    private void awaitBoard(BoardWatch.Watching board, long position, WorkshopId workshopId) {
        if (!board.shown(position, readYourWritesTimeout)) {
            LOG.warn("The change was recorded but the board of {} did not show position {} within {}", workshopId,
                    position, readYourWritesTimeout);
        }
    }

    private static Outcome outcomeOf(Object result) {
        if (result instanceof Outcome outcome) {
            return outcome;
        }
        return new Outcome(result instanceof Long reached ? reached : 1L, true);
    }

    /** Sends a registration and waits until the register shows the organisation. */
    public void sendToRegister(OrganisationId organisationId, Object command, Caller caller) {
        sendToRegister(organisationId, command, caller, registered -> true);
    }

    /** Sends a change to a registered organisation and answers once the register shows it as {@code shown} says. */
    public void sendToRegister(OrganisationId organisationId, Object command, Caller caller,
                               Predicate<OrganisationView> shown) {
        try (SubscriptionQueryResult<Optional<OrganisationView>, OrganisationView> progress =
                     queryGateway.subscriptionQuery(new FindOrganisation(organisationId),
                             ResponseTypes.optionalInstanceOf(OrganisationView.class),
                             ResponseTypes.instanceOf(OrganisationView.class))) {
            send(command, caller);
            awaitTrue(Flux.concat(progress.initialResult().flux().flatMap(Mono::justOrEmpty), progress.updates())
                    .map(shown::test), "the change of organisation " + organisationId + " in the register");
        }
    }

    /**
     * Sends a command and answers once what it recorded is in the event store's file: waited for
     * after the command has released its workshop, so that the workshop's next command need not
     * wait for the write as well (on the embedded default; with Axon Server the server answers the
     * append once it has it).
     */
    private Object send(Object command, Caller caller) {
        return GroupCommit.afterCommandsOf(() -> commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(ACTOR, caller.actor()))));
    }

    private <T> void await(SubscriptionQueryResult<T, T> progress, Predicate<T> reached, String what) {
        warnUnless(Progress.reached(progress, reached, readYourWritesTimeout), what);
    }

    private void awaitTrue(Flux<Boolean> progress, String what) {
        warnUnless(Progress.shown(progress, readYourWritesTimeout), what);
    }

    private void warnUnless(boolean shown, String what) {
        if (!shown) {
            LOG.warn("The change was recorded but the read model did not show {} within {}", what,
                    readYourWritesTimeout);
        }
    }
}
