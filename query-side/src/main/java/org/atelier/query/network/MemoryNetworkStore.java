package org.atelier.query.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The network's facts in memory while the history is replayed, written at the end in large
 * batches: the same documents {@link PendingNetworkStore} keeps, without a round trip per event.
 * Memory grows with organisations, proposals, links and the ideas of workshops still open, not
 * with events.
 */
final class MemoryNetworkStore implements NetworkStore {

    private static final int BATCH = 1_000;
    /** A workshop's links are some hundreds of facts: written a few workshops at a time. */
    private static final int WORKSHOPS_BATCH = 16;
    private static final Map<Character, Class<?>> TYPE_OF = Map.of('o', NetworkOrganisation.class,
            'w', NetworkWorkshop.class, 'p', Participation.class, 'r', ProposalOrigin.class, 'i', IdeaOrigin.class,
            'c', ClusterMembers.class, 'l', LinksMadeIn.class);

    private final Map<String, Document> organisations = new LinkedHashMap<>();
    private final Map<String, Workshop> workshops = new LinkedHashMap<>();
    private final Map<String, Part> participations = new LinkedHashMap<>();
    /** By workshop, then by id within it: a closed workshop's are dropped at once. */
    private final Map<String, Map<String, Idea>> ideas = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> clusters = new LinkedHashMap<>();
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();
    /** By workshop, then by id, in the order they were made. */
    private final Map<String, Map<String, LinkFact>> links = new LinkedHashMap<>();
    /** Once written, what changes is noted, so that writing again writes only that. */
    private boolean written;
    private final Set<String> changed = new LinkedHashSet<>();
    private final Set<String> closed = new LinkedHashSet<>();

    @Override
    public void register(String organisationId, String name, Instant at) {
        changed("o|" + organisationId);
        organisations.put(organisationId, new Document("_id", organisationId).append("name", name)
                .append("registeredAt", at));
    }

    @Override
    public void schedule(String workshopId, String programme, String title, String theme, Instant at) {
        changed("w|" + workshopId);
        Workshop workshop = workshops.computeIfAbsent(workshopId, id -> new Workshop());
        workshop.programme = programme;
        workshop.title = title;
        workshop.theme = theme;
        workshop.scheduledAt = at;
    }

    @Override
    public long appliedUpTo(String workshopId) {
        Workshop workshop = workshops.get(workshopId);
        return workshop == null ? 0 : workshop.applied;
    }

    @Override
    public void applied(String workshopId, long position) {
        changed("w|" + workshopId);
        Workshop workshop = workshops.computeIfAbsent(workshopId, id -> new Workshop());
        workshop.applied = Math.max(workshop.applied, position);
    }

    @Override
    public List<String> organisationsIn(String workshopId) {
        Workshop workshop = workshops.get(workshopId);
        return workshop == null ? List.of() : List.copyOf(workshop.organisations);
    }

    @Override
    public void takePart(String workshopId, String organisationId, String participantId, Instant at) {
        changed("p|" + Participation.idOf(workshopId, organisationId));
        changed("w|" + workshopId);
        participations.computeIfAbsent(Participation.idOf(workshopId, organisationId),
                id -> new Part(workshopId, organisationId, at)).participants.add(participantId);
        Workshop workshop = workshops.get(workshopId);
        if (workshop != null) {
            workshop.organisations.add(organisationId);
        }
    }

    @Override
    public void post(String workshopId, String ideaId, String organisationId) {
        changed("i|" + WorkshopKey.of(workshopId, ideaId));
        ideasOf(workshopId).computeIfAbsent(ideaId, id -> new Idea()).organisationId = organisationId;
    }

    @Override
    public List<IdeaOrigin> ideas(String workshopId, Collection<String> ideaIds) {
        List<IdeaOrigin> found = new ArrayList<>();
        Map<String, Idea> ofWorkshop = ideas.getOrDefault(workshopId, Map.of());
        for (String ideaId : new LinkedHashSet<>(ideaIds)) {
            Idea idea = ofWorkshop.get(ideaId);
            if (idea != null) {
                found.add(new IdeaOrigin(WorkshopKey.of(workshopId, ideaId), idea.organisationId, idea.clusterId));
            }
        }
        return found;
    }

    @Override
    public void cluster(String workshopId, String ideaId, String clusterId) {
        changed("i|" + WorkshopKey.of(workshopId, ideaId));
        if (clusterId != null) {
            changed("c|" + WorkshopKey.of(workshopId, clusterId));
        }
        if (clusterId != null) {
            clustersOf(workshopId).computeIfAbsent(clusterId, id -> new LinkedHashSet<>()).add(ideaId);
        }
        Idea idea = ideas.getOrDefault(workshopId, Map.of()).get(ideaId);
        if (idea != null) {
            idea.clusterId = clusterId;
        }
    }

    @Override
    public List<String> everIn(String workshopId, Collection<String> clusterIds) {
        Set<String> members = new LinkedHashSet<>();
        Map<String, Set<String>> ofWorkshop = clusters.getOrDefault(workshopId, Map.of());
        clusterIds.forEach(cluster -> members.addAll(ofWorkshop.getOrDefault(cluster, Set.of())));
        return List.copyOf(members);
    }

    @Override
    public void merge(String workshopId, String clusterId, String into) {
        List<String> members = everIn(workshopId, List.of(clusterId));
        if (!members.isEmpty()) {
            clustersOf(workshopId).computeIfAbsent(into, id -> new LinkedHashSet<>()).addAll(members);
            changed("c|" + WorkshopKey.of(workshopId, into));
            reassign(workshopId, members, clusterId, into);
        }
    }

    @Override
    public void dissolve(String workshopId, String clusterId) {
        reassign(workshopId, everIn(workshopId, List.of(clusterId)), clusterId, null);
    }

    @Override
    public ProposalOrigin proposal(String proposalId) {
        Proposal proposal = proposals.get(proposalId);
        return proposal == null ? null : new ProposalOrigin(proposalId, proposal.workshopId, proposal.organisationId,
                List.copyOf(proposal.committed));
    }

    @Override
    public void propose(String proposalId, String workshopId, String organisationId) {
        changed("r|" + proposalId);
        Proposal proposal = proposals.computeIfAbsent(proposalId, id -> new Proposal(workshopId));
        if (organisationId != null) {
            proposal.organisationId = organisationId;
        }
    }

    @Override
    public void commit(String proposalId, String workshopId, String organisationId) {
        changed("r|" + proposalId);
        proposals.computeIfAbsent(proposalId, id -> new Proposal(workshopId)).committed.add(organisationId);
    }

    @Override
    public void close(String workshopId) {
        ideas.remove(workshopId);
        clusters.remove(workshopId);
        if (written) {
            closed.add(workshopId);
        }
    }

    @Override
    public void link(List<LinkFact> occurrences) {
        occurrences.forEach(occurrence -> {
            if (links.computeIfAbsent(occurrence.workshopId(), id -> new LinkedHashMap<>())
                    .putIfAbsent(occurrence.linkId(), occurrence) == null) {
                changed("l|" + occurrence.workshopId());
            }
        });
    }

    /**
     * Writes into {@code target} every document the first time (its network collections are then
     * empty), and afterwards only what changed since: changed documents (a workshop's links among
     * them) replaced, the lookups of workshops closed since then removed, as the live store does.
     */
    void writeTo(MongoTemplate target) {
        if (written) {
            writeChanges(target);
            return;
        }
        written = true;
        writeAll(target);
    }

    private void changed(String key) {
        if (written) {
            changed.add(key);
        }
    }

    private void writeChanges(MongoTemplate target) {
        for (String workshopId : closed) {
            Query ofWorkshop = Query.query(Criteria.where("_id")
                    .regex("^" + Pattern.quote(WorkshopKey.of(workshopId, ""))));
            target.remove(ofWorkshop, IdeaOrigin.class);
            target.remove(ofWorkshop, ClusterMembers.class);
        }
        closed.clear();
        Map<Class<?>, List<Document>> replaced = new LinkedHashMap<>();
        for (String key : changed) {
            String id = key.substring(2);
            Document document = switch (key.charAt(0)) {
                case 'o' -> organisations.get(id);
                case 'w' -> workshops.containsKey(id) ? workshops.get(id).document(id) : null;
                case 'p' -> participations.containsKey(id) ? participations.get(id).document(id) : null;
                case 'r' -> proposals.containsKey(id) ? proposals.get(id).document(id) : null;
                case 'i' -> idea(id);
                case 'c' -> cluster(id);
                case 'l' -> links.containsKey(id) ? linksOf(id, links.get(id)) : null;
                default -> throw new IllegalStateException("No such network document: " + key);
            };
            if (document != null) {
                replaced.computeIfAbsent(TYPE_OF.get(key.charAt(0)), type -> new ArrayList<>()).add(document);
            }
        }
        changed.clear();
        replaced.forEach((type, documents) -> target.getCollection(target.getCollectionName(type)).bulkWrite(
                documents.stream().map(document -> new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")),
                        document, new ReplaceOptions().upsert(true))).toList()));
    }

    /** An idea of a workshop still open, by its key. */
    private Document idea(String key) {
        for (Map.Entry<String, Map<String, Idea>> workshop : ideas.entrySet()) {
            if (key.startsWith(WorkshopKey.of(workshop.getKey(), ""))) {
                Idea idea = workshop.getValue().get(WorkshopKey.idIn(workshop.getKey(), key));
                return idea == null ? null : idea.document(key);
            }
        }
        return null;
    }

    private Document cluster(String key) {
        for (Map.Entry<String, Map<String, Set<String>>> workshop : clusters.entrySet()) {
            if (key.startsWith(WorkshopKey.of(workshop.getKey(), ""))) {
                Set<String> members = workshop.getValue().get(WorkshopKey.idIn(workshop.getKey(), key));
                return members == null ? null : new Document("_id", key).append("ideaIds", List.copyOf(members));
            }
        }
        return null;
    }

    private static Document linksOf(String workshopId, Map<String, LinkFact> made) {
        return new Document("_id", workshopId).append("links", made.values().stream().map(LinkFact::stored).toList());
    }

    /** Documents are made as they are written, a batch at a time: a programme's links at once would not fit. */
    private void writeAll(MongoTemplate target) {
        write(target, NetworkOrganisation.class, organisations.values().stream(), BATCH);
        write(target, NetworkWorkshop.class, workshops.entrySet().stream()
                .map(entry -> entry.getValue().document(entry.getKey())), BATCH);
        write(target, Participation.class, participations.entrySet().stream()
                .map(entry -> entry.getValue().document(entry.getKey())), BATCH);
        write(target, IdeaOrigin.class, ideas.entrySet().stream()
                .flatMap(workshop -> workshop.getValue().entrySet().stream()
                        .map(idea -> idea.getValue().document(WorkshopKey.of(workshop.getKey(), idea.getKey())))),
                BATCH);
        write(target, ClusterMembers.class, clusters.entrySet().stream()
                .flatMap(workshop -> workshop.getValue().entrySet().stream()
                        .map(cluster -> new Document("_id", WorkshopKey.of(workshop.getKey(), cluster.getKey()))
                                .append("ideaIds", List.copyOf(cluster.getValue())))), BATCH);
        write(target, ProposalOrigin.class, proposals.entrySet().stream()
                .map(entry -> entry.getValue().document(entry.getKey())), BATCH);
        write(target, LinksMadeIn.class, links.entrySet().stream()
                .map(entry -> linksOf(entry.getKey(), entry.getValue())), WORKSHOPS_BATCH);
    }

    private void reassign(String workshopId, List<String> members, String from, String to) {
        Map<String, Idea> ofWorkshop = ideas.getOrDefault(workshopId, Map.of());
        for (String member : members) {
            Idea idea = ofWorkshop.get(member);
            if (idea != null && Objects.equals(idea.clusterId, from)) {
                idea.clusterId = to;
                changed("i|" + WorkshopKey.of(workshopId, member));
            }
        }
    }

    private Map<String, Idea> ideasOf(String workshopId) {
        return ideas.computeIfAbsent(workshopId, id -> new HashMap<>());
    }

    private Map<String, Set<String>> clustersOf(String workshopId) {
        return clusters.computeIfAbsent(workshopId, id -> new HashMap<>());
    }

    private static void write(MongoTemplate target, Class<?> type, Stream<Document> documents, int batch) {
        MongoCollection<Document> collection = target.getCollection(target.getCollectionName(type));
        List<Document> pending = new ArrayList<>(batch);
        documents.forEachOrdered(document -> {
            pending.add(document);
            if (pending.size() == batch) {
                collection.insertMany(pending);
                pending.clear();
            }
        });
        if (!pending.isEmpty()) {
            collection.insertMany(pending);
        }
    }

    /** A field is written when it has a value, as an upsert leaves it. */
    private static Document withOptional(Document document, String field, Object value) {
        return value == null ? document : document.append(field, value);
    }

    private static final class Workshop {
        private String programme;
        private String title;
        private String theme;
        private Instant scheduledAt;
        private long applied;
        private final Set<String> organisations = new LinkedHashSet<>();

        Document document(String id) {
            Document document = new Document("_id", id).append("programme", programme).append("title", title)
                    .append("theme", theme).append("scheduledAt", scheduledAt)
                    .append("organisations", List.copyOf(organisations));
            return applied == 0 ? document : document.append("applied", applied);
        }
    }

    private static final class Part {
        private final String workshopId;
        private final String organisationId;
        private final Instant at;
        private final Set<String> participants = new LinkedHashSet<>();

        Part(String workshopId, String organisationId, Instant at) {
            this.workshopId = workshopId;
            this.organisationId = organisationId;
            this.at = at;
        }

        Document document(String id) {
            return new Document("_id", id).append("workshopId", workshopId).append("organisationId", organisationId)
                    .append("at", at).append("participants", List.copyOf(participants));
        }
    }

    private static final class Idea {
        private String organisationId;
        private String clusterId;

        Document document(String key) {
            return withOptional(new Document("_id", key).append("organisationId", organisationId), "clusterId",
                    clusterId);
        }
    }

    private static final class Proposal {
        private final String workshopId;
        private String organisationId;
        private final Set<String> committed = new LinkedHashSet<>();

        Proposal(String workshopId) {
            this.workshopId = workshopId;
        }

        Document document(String id) {
            return withOptional(new Document("_id", id).append("workshopId", workshopId)
                    .append("committed", List.copyOf(committed)), "organisationId", organisationId);
        }
    }
}
