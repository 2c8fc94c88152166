package org.atelier.web.workshop;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import org.atelier.query.board.WorkshopView;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Tokens outlast the workshop's last dated half-day: when it ends, for the tokens given after scheduling. */
@Component
class LastSessions {

    private final QueryGateway queryGateway;

    LastSessions(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The end of the workshop's last dated half-day; null when none is dated. */
    Instant endOf(WorkshopId workshopId) {
        WorkshopView workshop = queryGateway.query(new FindWorkshop(workshopId), WorkshopView.class).join();
        return workshop == null || workshop.sessions() == null ? null : workshop.sessions().stream()
                .filter(Objects::nonNull).map(WorkshopView.SessionView::end).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
