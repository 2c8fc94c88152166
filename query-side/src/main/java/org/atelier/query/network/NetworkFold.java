package org.atelier.query.network;

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
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What each event makes of the network: the occurrences of links it adds, and the little state
 * later events need to find them (who took part, whose each idea is and its cluster, who built
 * and committed to each proposal). The same fold runs live and in a replay; only the store
 * differs. The links an event makes are stored before the state that tells a later event they
 * exist, so an event applied again finds either nothing done or everything.
 */
final class NetworkFold {

    /** The events that change the network; no other is read. */
    static final Set<Class<?>> HANDLED = Set.of(OrganisationRegistered.class, WorkshopScheduled.class,
            ParticipantJoined.class, IdeaPosted.class, IdeaClustered.class, ClustersMerged.class,
            ClusterDissolved.class, ProjectProposed.class, ProposalAmended.class, OrganisationCommitted.class,
            PartnershipFormed.class, PartnershipExtended.class, WorkshopClosed.class);

    private static final String WORKSHOP = "Workshop";

    private final NetworkStore store;

    NetworkFold(NetworkStore store) {
        this.store = store;
    }

    /**
     * Applies a workshop's event once: one at or below the position its workshop has applied (the
     * events after a token that a crash left behind the documents) is skipped, since a fold that
     * reads its own lookups would find them already changed by it and by later events.
     */
    void apply(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain && WORKSHOP.equals(domain.getType())) {
            String workshopId = domain.getAggregateIdentifier();
            long position = domain.getSequenceNumber() + 1;
            if (position <= store.appliedUpTo(workshopId)) {
                return;
            }
            apply(message.getPayload(), message.getTimestamp());
            store.applied(workshopId, position);
        } else {
            apply(message.getPayload(), message.getTimestamp());
        }
    }

    /** @param at the time the event was recorded, which dates the links it makes */
    void apply(Object event, Instant at) {
        if (event instanceof OrganisationRegistered e) {
            store.register(e.organisationId().value(), e.name(), at);
        } else if (event instanceof WorkshopScheduled e) {
            store.schedule(e.workshopId().value(), e.programme() == null ? NetworkScope.NO_PROGRAMME : e.programme(),
                    e.title(), e.theme(), at);
        } else if (event instanceof ParticipantJoined e) {
            joined(e, at);
        } else if (event instanceof IdeaPosted e) {
            posted(e, at);
        } else if (event instanceof IdeaClustered e) {
            store.cluster(e.workshopId().value(), e.ideaId().value(),
                    e.clusterId() == null ? null : e.clusterId().value());
        } else if (event instanceof ClustersMerged e) {
            store.merge(e.workshopId().value(), e.clusterId().value(), e.into().value());
        } else if (event instanceof ClusterDissolved e) {
            store.dissolve(e.workshopId().value(), e.clusterId().value());
        } else if (event instanceof ProjectProposed e) {
            proposed(e, at);
        } else if (event instanceof ProposalAmended e) {
            amended(e, at);
        } else if (event instanceof OrganisationCommitted e) {
            committed(e, at);
        } else if (event instanceof PartnershipFormed e) {
            List<String> organisations = values(e.organisationIds());
            for (int i = 1; i < organisations.size(); i++) {
                link(LinkKind.PARTNERSHIP, organisations.get(i), organisations.subList(0, i),
                        e.workshopId().value(), "partnership|" + e.partnershipId().value(), at);
            }
        } else if (event instanceof PartnershipExtended e) {
            link(LinkKind.PARTNERSHIP, e.organisationId().value(), values(e.organisationIds()),
                    e.workshopId().value(), "partnership|" + e.partnershipId().value(), at);
        } else if (event instanceof WorkshopClosed e) {
            store.close(e.workshopId().value());
        }
    }

    /** An organisation new to the workshop meets every organisation already there. */
    private void joined(ParticipantJoined event, Instant at) {
        String workshopId = event.workshopId().value();
        String organisation = event.organisationId().value();
        List<String> present = store.organisationsIn(workshopId);
        if (!present.contains(organisation)) {
            link(LinkKind.MET, organisation, present, workshopId, "", at);
        }
        store.takePart(workshopId, organisation, event.participantId().value(), at);
    }

    /** An idea inspired by other organisations' ideas builds on each of those organisations once. */
    private void posted(IdeaPosted event, Instant at) {
        String workshopId = event.workshopId().value();
        String organisation = event.organisationId().value();
        if (event.inspiredBy() != null && !event.inspiredBy().isEmpty()) {
            List<String> inspirations = event.inspiredBy().stream().map(IdeaId::value).toList();
            link(LinkKind.BUILT_ON, organisation, organisationsOf(store.ideas(workshopId, inspirations)), workshopId,
                    "idea|" + event.ideaId().value(), at);
        }
        store.post(workshopId, event.ideaId().value(), organisation);
    }

    /** The proposer's organisation builds on; the lead's when the facilitator proposed. */
    private void proposed(ProjectProposed event, Instant at) {
        OrganisationId builder = event.proposerOrganisationId() != null ? event.proposerOrganisationId()
                : event.leadOrganisationId();
        String organisation = builder == null ? null : builder.value();
        builtOn(event.workshopId().value(), event.proposalId().value(), organisation, event.derivedFromIdeas(),
                event.derivedFromClusters(), at);
        store.propose(event.proposalId().value(), event.workshopId().value(), organisation);
    }

    /** What an amendment adds to the proposal's origins is built on too; nothing is unbuilt. */
    private void amended(ProposalAmended event, Instant at) {
        ProposalOrigin proposal = store.proposal(event.proposalId().value());
        String builder = proposal != null && proposal.organisationId() != null ? proposal.organisationId()
                : event.leadOrganisationId() == null ? null : event.leadOrganisationId().value();
        builtOn(event.workshopId().value(), event.proposalId().value(), builder, event.derivedFromIdeas(),
                event.derivedFromClusters(), at);
    }

    /** An organisation committing is linked to every organisation that ever committed to the proposal. */
    private void committed(OrganisationCommitted event, Instant at) {
        ProposalOrigin proposal = store.proposal(event.proposalId().value());
        link(LinkKind.CO_COMMITTED, event.organisationId().value(), proposal == null ? List.of() : proposal.committed(),
                event.workshopId().value(), "proposal|" + event.proposalId().value(), at);
        store.commit(event.proposalId().value(), event.workshopId().value(), event.organisationId().value());
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
        Set<String> candidates = new LinkedHashSet<>();
        if (derivedIdeas != null) {
            derivedIdeas.forEach(idea -> candidates.add(idea.value()));
        }
        if (!clusters.isEmpty()) {
            candidates.addAll(store.everIn(workshopId, derivedClusters.stream().map(ClusterId::value).toList()));
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<IdeaOrigin> origins = store.ideas(workshopId, candidates).stream()
                .filter(origin -> ideas.contains(WorkshopKey.idIn(workshopId, origin.ideaKey()))
                        || clusters.contains(origin.clusterId()))
                .toList();
        link(LinkKind.BUILT_ON, builder, organisationsOf(origins), workshopId, "proposal|" + proposalId, at);
    }

    /** The occurrence of {@code kind} between {@code organisation} and each of {@code others} (itself left out). */
    private void link(LinkKind kind, String organisation, Collection<String> others, String workshopId, String madeBy,
                      Instant at) {
        store.link(others.stream()
                .filter(other -> other != null && !other.equals(organisation))
                .distinct()
                .map(other -> new LinkFact(LinkFact.idOf(kind, organisation, other, workshopId, madeBy), kind.name(),
                        LinkFact.pair(organisation, other), workshopId, at))
                .toList());
    }

    private static List<String> organisationsOf(List<IdeaOrigin> ideas) {
        return ideas.stream().map(IdeaOrigin::organisationId).filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> values(List<OrganisationId> organisations) {
        return organisations.stream().filter(Objects::nonNull).map(OrganisationId::value).toList();
    }
}
