package org.atelier.query.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.query.batch.PendingDocuments;
import org.bson.Document;

/**
 * The network's facts as the live processor keeps them: each change made to the documents of the
 * batch in memory ({@link PendingDocuments}), as upserts, set additions and conditional changes
 * would have made it in the store (the documents {@link MemoryNetworkStore} makes too), and all
 * written together when the batch ends. A workshop's {@code applied} position is a field of its
 * document, so it is written in the same bulk as what its events changed, never before.
 */
final class PendingNetworkStore implements NetworkStore {

    private final PendingDocuments pending;

    PendingNetworkStore(PendingDocuments pending) {
        this.pending = pending;
    }

    @Override
    public void register(String organisationId, String name, Instant at) {
        Document organisation = pending.findOrCreate(NetworkOrganisation.class, organisationId, new Document());
        pending.put(NetworkOrganisation.class, copy(organisation).append("name", name).append("registeredAt", at));
    }

    @Override
    public void schedule(String workshopId, String programme, String title, String theme, Instant at) {
        Document workshop = pending.findOrCreate(NetworkWorkshop.class, workshopId,
                new Document("organisations", List.of()));
        pending.put(NetworkWorkshop.class, copy(workshop).append("programme", programme).append("title", title)
                .append("theme", theme).append("scheduledAt", at));
    }

    @Override
    public long appliedUpTo(String workshopId) {
        Document workshop = pending.find(NetworkWorkshop.class, workshopId);
        return workshop != null && workshop.get("applied") instanceof Number position ? position.longValue() : 0;
    }

    @Override
    public void applied(String workshopId, long position) {
        Document workshop = pending.findOrCreate(NetworkWorkshop.class, workshopId,
                new Document("organisations", List.of()));
        pending.put(NetworkWorkshop.class, copy(workshop)
                .append("applied", Math.max(position, appliedUpTo(workshopId))));
    }

    @Override
    public List<String> organisationsIn(String workshopId) {
        Document workshop = pending.find(NetworkWorkshop.class, workshopId);
        return workshop == null ? List.of() : strings(workshop, "organisations");
    }

    @Override
    public void takePart(String workshopId, String organisationId, String participantId, Instant at) {
        Document participation = pending.findOrCreate(Participation.class,
                Participation.idOf(workshopId, organisationId), new Document("workshopId", workshopId)
                        .append("organisationId", organisationId).append("at", at).append("participants", List.of()));
        pending.put(Participation.class, copy(participation)
                .append("participants", added(strings(participation, "participants"), List.of(participantId))));
        Document workshop = pending.find(NetworkWorkshop.class, workshopId);
        if (workshop != null) {
            pending.put(NetworkWorkshop.class, copy(workshop)
                    .append("organisations", added(strings(workshop, "organisations"), List.of(organisationId))));
        }
    }

    /**
     * Made without reading the store: an idea enters its workshop's stream once, before any other
     * event about it, and a write is made whole or not at all (journaled), so its document cannot
     * be there without its workshop's position saying the posting was applied. Asking the store for
     * every new idea was half of this processor's time in the throughput bench, each answer "none".
     */
    @Override
    public void post(String workshopId, String ideaId, String organisationId) {
        pending.put(IdeaOrigin.class, new Document("_id", WorkshopKey.of(workshopId, ideaId))
                .append("organisationId", organisationId));
    }

    @Override
    public List<IdeaOrigin> ideas(String workshopId, Collection<String> ideaIds) {
        List<IdeaOrigin> found = new ArrayList<>();
        for (String ideaId : new LinkedHashSet<>(ideaIds)) {
            Document idea = pending.find(IdeaOrigin.class, WorkshopKey.of(workshopId, ideaId));
            if (idea != null) {
                found.add(new IdeaOrigin(idea.getString("_id"), idea.getString("organisationId"),
                        idea.getString("clusterId")));
            }
        }
        return found;
    }

    @Override
    public void cluster(String workshopId, String ideaId, String clusterId) {
        if (clusterId != null) {
            Document cluster = pending.findOrCreate(ClusterMembers.class, WorkshopKey.of(workshopId, clusterId),
                    new Document("ideaIds", List.of()));
            pending.put(ClusterMembers.class, copy(cluster)
                    .append("ideaIds", added(strings(cluster, "ideaIds"), List.of(ideaId))));
        }
        Document idea = pending.find(IdeaOrigin.class, WorkshopKey.of(workshopId, ideaId));
        if (idea != null) {
            pending.put(IdeaOrigin.class, inCluster(idea, clusterId));
        }
    }

    @Override
    public List<String> everIn(String workshopId, Collection<String> clusterIds) {
        LinkedHashSet<String> members = new LinkedHashSet<>();
        for (String clusterId : new LinkedHashSet<>(clusterIds)) {
            Document cluster = pending.find(ClusterMembers.class, WorkshopKey.of(workshopId, clusterId));
            if (cluster != null) {
                members.addAll(strings(cluster, "ideaIds"));
            }
        }
        return List.copyOf(members);
    }

    @Override
    public void merge(String workshopId, String clusterId, String into) {
        List<String> members = everIn(workshopId, List.of(clusterId));
        if (!members.isEmpty()) {
            Document cluster = pending.findOrCreate(ClusterMembers.class, WorkshopKey.of(workshopId, into),
                    new Document("ideaIds", List.of()));
            pending.put(ClusterMembers.class, copy(cluster)
                    .append("ideaIds", added(strings(cluster, "ideaIds"), members)));
            reassign(workshopId, members, clusterId, into);
        }
    }

    @Override
    public void dissolve(String workshopId, String clusterId) {
        reassign(workshopId, everIn(workshopId, List.of(clusterId)), clusterId, null);
    }

    @Override
    public ProposalOrigin proposal(String proposalId) {
        Document proposal = pending.find(ProposalOrigin.class, proposalId);
        return proposal == null ? null : new ProposalOrigin(proposalId, proposal.getString("workshopId"),
                proposal.getString("organisationId"), strings(proposal, "committed"));
    }

    @Override
    public void propose(String proposalId, String workshopId, String organisationId) {
        Document proposal = copy(pending.findOrCreate(ProposalOrigin.class, proposalId,
                new Document("workshopId", workshopId).append("committed", List.of())));
        if (organisationId != null) {
            proposal.append("organisationId", organisationId);
        }
        pending.put(ProposalOrigin.class, proposal);
    }

    @Override
    public void commit(String proposalId, String workshopId, String organisationId) {
        Document proposal = pending.findOrCreate(ProposalOrigin.class, proposalId,
                new Document("workshopId", workshopId).append("committed", List.of()));
        pending.put(ProposalOrigin.class, copy(proposal)
                .append("committed", added(strings(proposal, "committed"), List.of(organisationId))));
    }

    @Override
    public void close(String workshopId) {
        pending.removeWhereIdStartsWith(IdeaOrigin.class, WorkshopKey.of(workshopId, ""));
        pending.removeWhereIdStartsWith(ClusterMembers.class, WorkshopKey.of(workshopId, ""));
    }

    /** Links are never changed once made: added to their workshop's, after those already there, unless there. */
    @Override
    public void link(List<LinkFact> occurrences) {
        occurrences.stream()
                .collect(Collectors.groupingBy(LinkFact::workshopId, LinkedHashMap::new, Collectors.toList()))
                .forEach(this::link);
    }

    private void link(String workshopId, List<LinkFact> made) {
        Document workshop = pending.findOrCreate(LinksMadeIn.class, workshopId, new Document("links", List.of()));
        List<Document> links = new ArrayList<>(workshop.getList("links", Document.class, List.of()));
        Set<String> there = links.stream().map(link -> link.getString("linkId"))
                .collect(Collectors.toCollection(HashSet::new));
        made.stream().filter(occurrence -> there.add(occurrence.linkId()))
                .forEach(occurrence -> links.add(occurrence.stored()));
        pending.put(LinksMadeIn.class, copy(workshop).append("links", links));
    }

    /** The ideas among {@code members} still in cluster {@code from} are now in {@code to} (in none when null). */
    private void reassign(String workshopId, List<String> members, String from, String to) {
        for (String member : members) {
            Document idea = pending.find(IdeaOrigin.class, WorkshopKey.of(workshopId, member));
            if (idea != null && Objects.equals(idea.getString("clusterId"), from)) {
                pending.put(IdeaOrigin.class, inCluster(idea, to));
            }
        }
    }

    private static Document inCluster(Document idea, String clusterId) {
        Document changed = copy(idea);
        if (clusterId == null) {
            changed.remove("clusterId");
        } else {
            changed.append("clusterId", clusterId);
        }
        return changed;
    }

    private static Document copy(Document document) {
        return new Document(document);
    }

    private static List<String> strings(Document document, String field) {
        return document.getList(field, String.class, List.of());
    }

    /** The values added at the end of the list, those not there already (as $addToSet does). */
    private static List<String> added(List<String> values, Collection<String> more) {
        List<String> all = new ArrayList<>(values);
        more.stream().filter(value -> !all.contains(value)).forEach(all::add);
        return all;
    }
}
