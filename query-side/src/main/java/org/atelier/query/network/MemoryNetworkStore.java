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

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The network's facts in memory while the history is replayed, written at the end in large
 * batches: the same documents {@link MongoNetworkStore} keeps, without a round trip per event.
 * Memory grows with organisations, proposals, links and the ideas of workshops still open, not
 * with events.
 */
final class MemoryNetworkStore implements NetworkStore {

    private static final int BATCH = 1_000;

    private final Map<String, Document> organisations = new LinkedHashMap<>();
    private final Map<String, Workshop> workshops = new LinkedHashMap<>();
    private final Map<String, Part> participations = new LinkedHashMap<>();
    /** By workshop, then by id within it: a closed workshop's are dropped at once. */
    private final Map<String, Map<String, Idea>> ideas = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> clusters = new LinkedHashMap<>();
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();
    private final Map<String, LinkFact> links = new LinkedHashMap<>();

    @Override
    public void register(String organisationId, String name, Instant at) {
        organisations.put(organisationId, new Document("_id", organisationId).append("name", name)
                .append("registeredAt", at));
    }

    @Override
    public void schedule(String workshopId, String programme, String title, String theme, Instant at) {
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
        participations.computeIfAbsent(Participation.idOf(workshopId, organisationId),
                id -> new Part(workshopId, organisationId, at)).participants.add(participantId);
        Workshop workshop = workshops.get(workshopId);
        if (workshop != null) {
            workshop.organisations.add(organisationId);
        }
    }

    @Override
    public void post(String workshopId, String ideaId, String organisationId) {
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
        Proposal proposal = proposals.computeIfAbsent(proposalId, id -> new Proposal(workshopId));
        if (organisationId != null) {
            proposal.organisationId = organisationId;
        }
    }

    @Override
    public void commit(String proposalId, String workshopId, String organisationId) {
        proposals.computeIfAbsent(proposalId, id -> new Proposal(workshopId)).committed.add(organisationId);
    }

    @Override
    public void close(String workshopId) {
        ideas.remove(workshopId);
        clusters.remove(workshopId);
    }

    @Override
    public void link(List<LinkFact> occurrences) {
        occurrences.forEach(occurrence -> links.putIfAbsent(occurrence.linkId(), occurrence));
    }

    /** Writes every document into {@code target}, whose network collections are empty. */
    void writeTo(MongoTemplate target) {
        write(target, NetworkOrganisation.class, organisations.values());
        write(target, NetworkWorkshop.class, workshops.entrySet().stream()
                .map(entry -> entry.getValue().document(entry.getKey())).toList());
        write(target, Participation.class, participations.entrySet().stream()
                .map(entry -> entry.getValue().document(entry.getKey())).toList());
        write(target, IdeaOrigin.class, ideas.entrySet().stream()
                .flatMap(workshop -> workshop.getValue().entrySet().stream()
                        .map(idea -> idea.getValue().document(WorkshopKey.of(workshop.getKey(), idea.getKey()))))
                .toList());
        write(target, ClusterMembers.class, clusters.entrySet().stream()
                .flatMap(workshop -> workshop.getValue().entrySet().stream()
                        .map(cluster -> new Document("_id", WorkshopKey.of(workshop.getKey(), cluster.getKey()))
                                .append("ideaIds", List.copyOf(cluster.getValue()))))
                .toList());
        write(target, ProposalOrigin.class, proposals.entrySet().stream()
                .map(entry -> entry.getValue().document(entry.getKey())).toList());
        write(target, LinkFact.class, links.values().stream()
                .map(link -> new Document("_id", link.linkId()).append("kind", link.kind())
                        .append("organisationIds", link.organisationIds()).append("workshopId", link.workshopId())
                        .append("at", link.at()))
                .toList());
    }

    private void reassign(String workshopId, List<String> members, String from, String to) {
        Map<String, Idea> ofWorkshop = ideas.getOrDefault(workshopId, Map.of());
        for (String member : members) {
            Idea idea = ofWorkshop.get(member);
            if (idea != null && Objects.equals(idea.clusterId, from)) {
                idea.clusterId = to;
            }
        }
    }

    private Map<String, Idea> ideasOf(String workshopId) {
        return ideas.computeIfAbsent(workshopId, id -> new HashMap<>());
    }

    private Map<String, Set<String>> clustersOf(String workshopId) {
        return clusters.computeIfAbsent(workshopId, id -> new HashMap<>());
    }

    private static void write(MongoTemplate target, Class<?> type, Collection<Document> documents) {
        List<Document> batch = new ArrayList<>(BATCH);
        for (Document document : documents) {
            batch.add(document);
            if (batch.size() == BATCH) {
                target.getCollection(target.getCollectionName(type)).insertMany(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            target.getCollection(target.getCollectionName(type)).insertMany(batch);
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
