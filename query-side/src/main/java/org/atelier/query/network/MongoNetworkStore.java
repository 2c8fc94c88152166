package org.atelier.query.network;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The network's facts in MongoDB, changed by upserts and set additions by id: a few small writes
 * per event, in the same shape as {@link MemoryNetworkStore} writes after a replay (a field is
 * there when it has a value, lists always are, no type field).
 */
final class MongoNetworkStore implements NetworkStore {

    private final MongoTemplate mongo;

    MongoNetworkStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void register(String organisationId, String name, Instant at) {
        mongo.upsert(byId(organisationId), new Update().set("name", name).set("registeredAt", at),
                NetworkOrganisation.class);
    }

    @Override
    public void schedule(String workshopId, String programme, String title, String theme, Instant at) {
        mongo.upsert(byId(workshopId), new Update().set("programme", programme).set("title", title)
                        .set("theme", theme).set("scheduledAt", at).setOnInsert("organisations", List.of()),
                NetworkWorkshop.class);
    }

    @Override
    public long appliedUpTo(String workshopId) {
        Query applied = byId(workshopId);
        applied.fields().include("applied");
        Document workshop = mongo.findOne(applied, Document.class, mongo.getCollectionName(NetworkWorkshop.class));
        return workshop != null && workshop.get("applied") instanceof Number position ? position.longValue() : 0;
    }

    @Override
    public void applied(String workshopId, long position) {
        mongo.upsert(byId(workshopId), new Update().max("applied", position).setOnInsert("organisations", List.of()),
                NetworkWorkshop.class);
    }

    @Override
    public List<String> organisationsIn(String workshopId) {
        NetworkWorkshop workshop = mongo.findById(workshopId, NetworkWorkshop.class);
        return workshop == null ? List.of() : workshop.organisations();
    }

    @Override
    public void takePart(String workshopId, String organisationId, String participantId, Instant at) {
        mongo.upsert(byId(Participation.idOf(workshopId, organisationId)), new Update()
                        .setOnInsert("workshopId", workshopId)
                        .setOnInsert("organisationId", organisationId)
                        .setOnInsert("at", at)
                        .addToSet("participants", participantId),
                Participation.class);
        mongo.updateFirst(byId(workshopId), new Update().addToSet("organisations", organisationId),
                NetworkWorkshop.class);
    }

    @Override
    public void post(String workshopId, String ideaId, String organisationId) {
        mongo.upsert(byId(WorkshopKey.of(workshopId, ideaId)), new Update().set("organisationId", organisationId),
                IdeaOrigin.class);
    }

    @Override
    public List<IdeaOrigin> ideas(String workshopId, Collection<String> ideaIds) {
        return mongo.find(query(where("_id").in(keys(workshopId, ideaIds))), IdeaOrigin.class);
    }

    @Override
    public void cluster(String workshopId, String ideaId, String clusterId) {
        if (clusterId != null) {
            mongo.upsert(byId(WorkshopKey.of(workshopId, clusterId)), new Update().addToSet("ideaIds", ideaId),
                    ClusterMembers.class);
        }
        Update update = clusterId == null ? new Update().unset("clusterId") : new Update().set("clusterId", clusterId);
        mongo.updateFirst(byId(WorkshopKey.of(workshopId, ideaId)), update, IdeaOrigin.class);
    }

    @Override
    public List<String> everIn(String workshopId, Collection<String> clusterIds) {
        return mongo.find(query(where("_id").in(keys(workshopId, clusterIds))), ClusterMembers.class).stream()
                .flatMap(cluster -> cluster.ideaIds().stream())
                .distinct()
                .toList();
    }

    @Override
    public void merge(String workshopId, String clusterId, String into) {
        List<String> members = everIn(workshopId, List.of(clusterId));
        if (!members.isEmpty()) {
            mongo.upsert(byId(WorkshopKey.of(workshopId, into)),
                    new Update().addToSet("ideaIds").each(members.toArray()), ClusterMembers.class);
            mongo.updateMulti(query(where("_id").in(keys(workshopId, members)).and("clusterId").is(clusterId)),
                    new Update().set("clusterId", into), IdeaOrigin.class);
        }
    }

    @Override
    public void dissolve(String workshopId, String clusterId) {
        List<String> members = everIn(workshopId, List.of(clusterId));
        if (!members.isEmpty()) {
            mongo.updateMulti(query(where("_id").in(keys(workshopId, members)).and("clusterId").is(clusterId)),
                    new Update().unset("clusterId"), IdeaOrigin.class);
        }
    }

    @Override
    public ProposalOrigin proposal(String proposalId) {
        return mongo.findById(proposalId, ProposalOrigin.class);
    }

    @Override
    public void propose(String proposalId, String workshopId, String organisationId) {
        Update update = new Update().setOnInsert("workshopId", workshopId).setOnInsert("committed", List.of());
        if (organisationId != null) {
            update.set("organisationId", organisationId);
        }
        mongo.upsert(byId(proposalId), update, ProposalOrigin.class);
    }

    @Override
    public void commit(String proposalId, String workshopId, String organisationId) {
        mongo.upsert(byId(proposalId), new Update().setOnInsert("workshopId", workshopId)
                .addToSet("committed", organisationId), ProposalOrigin.class);
    }

    @Override
    public void close(String workshopId) {
        Query ofWorkshop = query(where("_id")
                .regex("^" + Pattern.quote(WorkshopKey.of(workshopId, ""))));
        mongo.remove(ofWorkshop, IdeaOrigin.class);
        mongo.remove(ofWorkshop, ClusterMembers.class);
    }

    /** One round trip for all the occurrences an event makes. */
    @Override
    public void link(List<LinkFact> occurrences) {
        if (occurrences.isEmpty()) {
            return;
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LinkFact.class);
        for (LinkFact occurrence : occurrences) {
            writes.upsert(byId(occurrence.linkId()), new Update()
                    .setOnInsert("kind", occurrence.kind())
                    .setOnInsert("organisationIds", occurrence.organisationIds())
                    .setOnInsert("workshopId", occurrence.workshopId())
                    .setOnInsert("at", occurrence.at()));
        }
        writes.execute();
    }

    /** Every collection of the network's read model. */
    List<String> collections() {
        return NetworkDocuments.TYPES.stream().map(mongo::getCollectionName).toList();
    }

    void clear() {
        collections().forEach(mongo::dropCollection);
    }

    private static Query byId(String id) {
        return query(where("_id").is(id));
    }

    private static List<String> keys(String workshopId, Collection<String> ids) {
        return ids.stream().map(id -> WorkshopKey.of(workshopId, id)).toList();
    }
}
