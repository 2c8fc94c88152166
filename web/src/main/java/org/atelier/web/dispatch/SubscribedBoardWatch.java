package org.atelier.web.dispatch;

import java.time.Duration;

import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The watch with Axon Server, where several instances share the processors: the board of a
 * workshop may be folded on another instance, so the writer opens a subscription query on
 * {@link FindBoardVersion} before sending and the board projection's updates reach it from
 * whichever instance runs it.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
class SubscribedBoardWatch implements BoardWatch {

    private final QueryGateway queryGateway;

    SubscribedBoardWatch(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public Watching watch(WorkshopId workshopId) {
        SubscriptionQueryResult<Long, Long> progress = queryGateway.subscriptionQuery(
                new FindBoardVersion(workshopId), ResponseTypes.instanceOf(Long.class),
                ResponseTypes.instanceOf(Long.class));
        return new Watching() {
            @Override
            public boolean shown(long position, Duration timeout) {
                return Progress.reached(progress, version -> version >= position, timeout);
            }

            @Override
            public void close() {
                progress.close();
            }
        };
    }
}
