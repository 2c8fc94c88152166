package org.atelier.query.network;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.network.NetworkScope;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The dated facts of the organisations' network: every occurrence of a link between two
 * organisations (they met in a workshop, one built on the other's ideas, both committed to a
 * proposal, both were in a partnership), and who took part in which workshop. The figures are
 * aggregated when asked ({@link NetworkQueries}), so a past date only needs the facts made before it.
 *
 * <p>Only the few events that make links are handled, with one or two small writes each. Every
 * write is an upsert by an id that names what it records, or adds to a set; the links an event
 * makes are written before the state that tells a later event they exist, so an event applied
 * again (redelivery, replay) finds either nothing done or everything, and changes nothing.
 * Links are facts of the past: a withdrawn idea or commitment, a dissolved partnership do not
 * unmake them.
 */
@Component
@ProcessingGroup(NetworkProjection.PROCESSING_GROUP)
public class NetworkProjection {

    public static final String PROCESSING_GROUP = "network";

    private final MongoTemplate mongo;

    public NetworkProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(OrganisationRegistered event, @Timestamp Instant at) {
        mongo.upsert(query(where("_id").is(event.organisationId().value())),
                new Update().set("name", event.name()).set("registeredAt", at), NetworkOrganisation.class);
    }

    @EventHandler
    void on(WorkshopScheduled event, @Timestamp Instant at) {
        mongo.upsert(query(where("_id").is(event.workshopId().value())), new Update()
                        .set("programme", event.programme() == null ? NetworkScope.NO_PROGRAMME : event.programme())
                        .set("title", event.title())
                        .set("theme", event.theme())
                        .set("scheduledAt", at),
                NetworkWorkshop.class);
    }

    /** An organisation new to the workshop meets every organisation already there. */
    @EventHandler
    void on(ParticipantJoined event, @Timestamp Instant at) {
        String workshopId = event.workshopId().value();
        String organisation = event.organisationId().value();
        NetworkWorkshop workshop = mongo.findById(workshopId, NetworkWorkshop.class);
        List<String> present = workshop == null ? List.of() : workshop.organisations();
        if (!present.contains(organisation)) {
            link(LinkKind.MET, organisation, present, workshopId, "", at);
        }
        mongo.upsert(query(where("_id").is(Participation.idOf(workshopId, organisation))), new Update()
                        .setOnInsert("workshopId", workshopId)
                        .setOnInsert("organisationId", organisation)
                        .setOnInsert("at", at)
                        .addToSet("participants", event.participantId().value()),
                Participation.class);
        mongo.upsert(query(where("_id").is(workshopId)), new Update().addToSet("organisations", organisation),
                NetworkWorkshop.class);
    }

    /** An idea inspired by other organisations' ideas builds on each of those organisations once. */
    @EventHandler
    void on(IdeaPosted event, @Timestamp Instant at) {
        String workshopId = event.workshopId().value();
        String organisation = event.organisationId().value();
        if (event.inspiredBy() != null && !event.inspiredBy().isEmpty()) {
            List<String> inspirations = event.inspiredBy().stream().map(IdeaId::value).toList();
            link(LinkKind.BUILT_ON, organisation, organisationsOf(ideas(workshopId, inspirations)),
                    workshopId, "idea|" + event.ideaId().value(), at);
        }
        mongo.upsert(query(where("_id").is(WorkshopKey.of(workshopId, event.ideaId().value()))),
                new Update().set("organisationId", organisation), IdeaOrigin.class);
    }

    @EventHandler
    void on(IdeaClustered event) {
        String workshopId = event.workshopId().value();
        String idea = event.ideaId().value();
        if (event.clusterId() != null) {
            mongo.upsert(query(where("_id").is(WorkshopKey.of(workshopId, event.clusterId().value()))),
                    new Update().addToSet("ideaIds", idea), ClusterMembers.class);
        }
        Update update = event.clusterId() == null ? new Update().unset("clusterId")
                : new Update().set("clusterId", event.clusterId().value());
        mongo.updateFirst(query(where("_id").is(WorkshopKey.of(workshopId, idea))), update, IdeaOrigin.class);
    }

    @EventHandler
    void on(ClustersMerged event) {
        String workshopId = event.workshopId().value();
        List<String> members = candidates(workshopId, event.clusterId());
        if (!members.isEmpty()) {
            mongo.upsert(query(where("_id").is(WorkshopKey.of(workshopId, event.into().value()))),
                    new Update().addToSet("ideaIds").each(members.toArray()), ClusterMembers.class);
            mongo.updateMulti(query(where("_id").in(keys(workshopId, members))
                            .and("clusterId").is(event.clusterId().value())),
                    new Update().set("clusterId", event.into().value()), IdeaOrigin.class);
        }
    }

    @EventHandler
    void on(ClusterDissolved event) {
        String workshopId = event.workshopId().value();
        List<String> members = candidates(workshopId, event.clusterId());
        if (!members.isEmpty()) {
            mongo.updateMulti(query(where("_id").in(keys(workshopId, members))
                    .and("clusterId").is(event.clusterId().value())), new Update().unset("clusterId"), IdeaOrigin.class);
        }
    }

    @EventHandler
    void on(ProjectProposed event, @Timestamp Instant at) {
        String builder = event.proposerOrganisationId() != null ? event.proposerOrganisationId().value()
                : event.leadOrganisationId() == null ? null : event.leadOrganisationId().value();
        builtOn(event.workshopId().value(), event.proposalId().value(), builder, event.derivedFromIdeas(),
                event.derivedFromClusters(), at);
        Update update = new Update().setOnInsert("workshopId", event.workshopId().value())
                .setOnInsert("committed", List.of());
        if (builder != null) {
            update.set("organisationId", builder);
        }
        mongo.upsert(query(where("_id").is(event.proposalId().value())), update, ProposalOrigin.class);
    }

    /** What an amendment adds to the proposal's origins is built on too; nothing is unbuilt. */
    @EventHandler
    void on(ProposalAmended event, @Timestamp Instant at) {
        ProposalOrigin proposal = mongo.findById(event.proposalId().value(), ProposalOrigin.class);
        String builder = proposal != null && proposal.organisationId() != null ? proposal.organisationId()
                : event.leadOrganisationId() == null ? null : event.leadOrganisationId().value();
        builtOn(event.workshopId().value(), event.proposalId().value(), builder, event.derivedFromIdeas(),
                event.derivedFromClusters(), at);
    }

    /** An organisation committing is linked to every organisation that ever committed to the proposal. */
    @EventHandler
    void on(OrganisationCommitted event, @Timestamp Instant at) {
        String organisation = event.organisationId().value();
        ProposalOrigin proposal = mongo.findById(event.proposalId().value(), ProposalOrigin.class);
        link(LinkKind.CO_COMMITTED, organisation, proposal == null ? List.of() : proposal.committed(),
                event.workshopId().value(), "proposal|" + event.proposalId().value(), at);
        mongo.upsert(query(where("_id").is(event.proposalId().value())), new Update()
                        .setOnInsert("workshopId", event.workshopId().value())
                        .addToSet("committed", organisation),
                ProposalOrigin.class);
    }

    @EventHandler
    void on(PartnershipFormed event, @Timestamp Instant at) {
        List<String> organisations = values(event.organisationIds());
        for (int i = 1; i < organisations.size(); i++) {
            link(LinkKind.PARTNERSHIP, organisations.get(i), organisations.subList(0, i), event.workshopId().value(),
                    "partnership|" + event.partnershipId().value(), at);
        }
    }

    @EventHandler
    void on(PartnershipExtended event, @Timestamp Instant at) {
        link(LinkKind.PARTNERSHIP, event.organisationId().value(), values(event.organisationIds()),
                event.workshopId().value(), "partnership|" + event.partnershipId().value(), at);
    }

    @ResetHandler
    void reset() {
        collections().forEach(mongo::dropCollection);
    }

    /** Every collection of this read model. */
    public List<String> collections() {
        return List.of(LinkFact.class, NetworkWorkshop.class, Participation.class, IdeaOrigin.class,
                        ClusterMembers.class, ProposalOrigin.class, NetworkOrganisation.class).stream()
                .map(mongo::getCollectionName)
                .toList();
    }

    /**
     * The proposal builds on the organisations of the ideas it is derived from and of the ideas now
     * in the clusters it is derived from: one occurrence per organisation and proposal.
     */
    private void builtOn(String workshopId, String proposalId, String builder, List<IdeaId> derivedIdeas,
                         List<ClusterId> derivedClusters, Instant at) {
        if (builder == null) {
            return;
        }
        Set<String> ideas = derivedIdeas == null ? Set.of()
                : derivedIdeas.stream().map(IdeaId::value).collect(Collectors.toSet());
        Set<String> clusters = derivedClusters == null ? Set.of()
                : derivedClusters.stream().map(ClusterId::value).collect(Collectors.toSet());
        Set<String> candidates = new LinkedHashSet<>(ideas);
        if (!clusters.isEmpty()) {
            mongo.find(query(where("_id").in(keys(workshopId, clusters))), ClusterMembers.class)
                    .forEach(cluster -> candidates.addAll(cluster.ideaIds()));
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<IdeaOrigin> origins = ideas(workshopId, candidates).stream()
                .filter(origin -> ideas.contains(WorkshopKey.idIn(workshopId, origin.ideaKey()))
                        || clusters.contains(origin.clusterId()))
                .toList();
        link(LinkKind.BUILT_ON, builder, organisationsOf(origins), workshopId, "proposal|" + proposalId, at);
    }

    /**
     * Writes the occurrence of {@code kind} between {@code organisation} and each of {@code others}
     * (itself left out), in one round trip; an occurrence already there is left as it is.
     */
    private void link(LinkKind kind, String organisation, Collection<String> others, String workshopId, String madeBy,
                      Instant at) {
        List<String> partners = others.stream().filter(other -> other != null && !other.equals(organisation))
                .distinct().toList();
        if (partners.isEmpty()) {
            return;
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LinkFact.class);
        for (String other : partners) {
            writes.upsert(query(where("_id").is(LinkFact.idOf(kind, organisation, other, workshopId, madeBy))),
                    new Update().setOnInsert("kind", kind.name())
                            .setOnInsert("organisationIds", LinkFact.pair(organisation, other))
                            .setOnInsert("workshopId", workshopId)
                            .setOnInsert("at", at));
        }
        writes.execute();
    }

    private List<IdeaOrigin> ideas(String workshopId, Collection<String> ideaIds) {
        return mongo.find(query(where("_id").in(keys(workshopId, ideaIds))), IdeaOrigin.class);
    }

    private List<String> candidates(String workshopId, ClusterId clusterId) {
        ClusterMembers cluster = mongo.findById(WorkshopKey.of(workshopId, clusterId.value()), ClusterMembers.class);
        return cluster == null ? List.of() : cluster.ideaIds();
    }

    private static List<String> organisationsOf(List<IdeaOrigin> ideas) {
        return ideas.stream().map(IdeaOrigin::organisationId).filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> keys(String workshopId, Collection<String> ids) {
        return ids.stream().map(id -> WorkshopKey.of(workshopId, id)).toList();
    }

    private static List<String> values(List<OrganisationId> organisations) {
        return organisations.stream().filter(Objects::nonNull).map(OrganisationId::value).toList();
    }

}
