package org.atelier.query.network;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where the network's facts are kept while events are folded: a batch's documents, written behind,
 * as events come ({@link PendingNetworkStore}), memory while the whole history is replayed
 * ({@link MemoryNetworkStore}).
 * Both keep the same documents; every change is idempotent (set a value, add to a set, insert
 * what is absent), so applying an event again changes nothing.
 */
interface NetworkStore {

    void register(String organisationId, String name, Instant at);

    void schedule(String workshopId, String programme, String title, String theme, Instant at);

    /** The organisations that took part in the workshop, in the order they first joined. */
    List<String> organisationsIn(String workshopId);

    /** The participant took part for the organisation; its first time there is {@code at}. */
    void takePart(String workshopId, String organisationId, String participantId, Instant at);

    void post(String workshopId, String ideaId, String organisationId);

    /** The ideas of the workshop that exist among {@code ideaIds}, with their organisation and cluster. */
    List<IdeaOrigin> ideas(String workshopId, Collection<String> ideaIds);

    /** The idea is now in the cluster, or in none when {@code clusterId} is {@code null}. */
    void cluster(String workshopId, String ideaId, String clusterId);

    /** Every idea ever put in any of the clusters. */
    List<String> everIn(String workshopId, Collection<String> clusterIds);

    /** The ideas now in {@code clusterId} are now in {@code into}. */
    void merge(String workshopId, String clusterId, String into);

    /** The ideas now in {@code clusterId} are in no cluster. */
    void dissolve(String workshopId, String clusterId);

    /** {@code null} when there is no such proposal. */
    ProposalOrigin proposal(String proposalId);

    /** @param organisationId the organisation that built the proposal, {@code null} when none is known */
    void propose(String proposalId, String workshopId, String organisationId);

    void commit(String proposalId, String workshopId, String organisationId);

    /**
     * The workshop is closed: no idea, cluster or proposal of it will change any more, so what
     * was kept to find their organisations is dropped.
     */
    void close(String workshopId);

    /** The position of the last event of the workshop applied, 0 before its first. */
    long appliedUpTo(String workshopId);

    /** The workshop's events up to {@code position} are applied; written after what they changed. */
    void applied(String workshopId, long position);

    /** Each occurrence is kept once: one already there is left as it is. */
    void link(List<LinkFact> occurrences);
}
