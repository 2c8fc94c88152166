package org.atelier.query.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * A token store that extends a claim only when it was last written a while ago. A tracking
 * processor extends its claim at the start of every batch, before its handlers run: on the
 * embedded store that is a durable write between a stored event and the screens, for every batch.
 * A claim only has to be renewed well within its timeout (Axon's default is 10 s), and storing the
 * token at the end of each batch renews it too, so one extension a second keeps it as safe.
 */
final class SparingClaims extends ForwardingTokenStore {

    private final Duration every;
    private final Clock clock;
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    SparingClaims(TokenStore store, Duration every, Clock clock) {
        super(store);
        this.every = every;
        this.clock = clock;
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        Instant last = lastWritten.get(key(processorName, segment));
        if (last != null && clock.instant().isBefore(last.plus(every))) {
            return;
        }
        super.extendClaim(processorName, segment);
        written(processorName, segment);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment)
            throws UnableToClaimTokenException {
        super.storeToken(token, processorName, segment);
        written(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        TrackingToken token = super.fetchToken(processorName, segment);
        written(processorName, segment);
        return token;
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        TrackingToken token = super.fetchToken(processorName, segment);
        written(processorName, segment.getSegmentId());
        return token;
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        lastWritten.remove(key(processorName, segment));
        super.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        lastWritten.remove(key(processorName, segment));
        super.deleteToken(processorName, segment);
    }

    private void written(String processorName, int segment) {
        lastWritten.put(key(processorName, segment), clock.instant());
    }

    private static String key(String processorName, int segment) {
        return processorName + "/" + segment;
    }
}
