package org.atelier.query.network;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.query.fold.EventCases;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClusterRenamed;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.moderation.PhaseModerated;
import org.atelier.shared.network.NetworkScope;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.ProposalsRanked;
import org.atelier.shared.timer.TimerExtended;
import org.atelier.shared.timer.TimerPaused;
import org.atelier.shared.timer.TimerResumed;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.timer.TimerStopped;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.CriterionRated;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.VotingModeChosen;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.workshop.FacilitatorAdded;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.RejoinCodeReplaced;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepReverted;
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

    static final EventCases<NetworkFold, Instant> CASES = EventCases.<NetworkFold, Instant>builder()
            .on(OrganisationRegistered.class, (fold, e, at) -> fold.store.register(e.organisationId().value(), e.name(),
                    at))
            .on(WorkshopScheduled.class, (fold, e, at) -> fold.store.schedule(e.workshopId().value(),
                    e.programme() == null ? NetworkScope.NO_PROGRAMME : e.programme(), e.title(), e.theme(), at))
            .on(ParticipantJoined.class, NetworkFold::joined)
            .on(IdeaPosted.class, NetworkFold::posted)
            // A held idea becomes a contribution of the room when approved; a rejected one never does.
            .on(IdeaApproved.class, (fold, e, at) -> fold.posted(e.asPosted(), at))
            .ignoring(IdeaSubmitted.class, IdeaRejected.class, PhaseModerated.class)
            .on(IdeaClustered.class, (fold, e, at) -> fold.store.cluster(e.workshopId().value(), e.ideaId().value(),
                    e.clusterId() == null ? null : e.clusterId().value()))
            .on(ClustersMerged.class, (fold, e, at) -> fold.store.merge(e.workshopId().value(), e.clusterId().value(),
                    e.into().value()))
            .on(ClusterDissolved.class, (fold, e, at) -> fold.store.dissolve(e.workshopId().value(),
                    e.clusterId().value()))
            .on(ProjectProposed.class, NetworkFold::proposed)
            .on(ProposalAmended.class, NetworkFold::amended)
            .on(OrganisationCommitted.class, NetworkFold::committed)
            .on(PartnershipFormed.class, NetworkFold::formed)
            .on(PartnershipExtended.class, (fold, e, at) -> fold.link(LinkKind.PARTNERSHIP, e.organisationId().value(),
                    values(e.organisationIds()), e.workshopId().value(), "partnership|" + e.partnershipId().value(), at))
            .on(WorkshopClosed.class, (fold, e, at) -> fold.store.close(e.workshopId().value()))
            // Links are facts of the past: what is withdrawn, reduced or dissolved does not unmake them.
            .ignoring(IdeaWithdrawn.class, IdeaHidden.class, ProposalWithdrawn.class, CommitmentWithdrawn.class,
                    PartnershipReduced.class, PartnershipDissolved.class, ParticipantRemoved.class)
            // No link between organisations comes of them.
            .ignoring(OrganisationUpdated.class, PhaseAdvanced.class, PhaseReverted.class, StepAdvanced.class,
                    StepReverted.class, PhaseConfigured.class, IdeasRevealed.class, ParticipantReady.class,
                    ParticipantAttended.class, RejoinCodeReplaced.class, FacilitatorAdded.class,
                    FacilitatorRemoved.class, TimerStarted.class, TimerPaused.class, TimerResumed.class,
                    TimerExtended.class, TimerStopped.class, IdeaEdited.class, ObjectionParked.class,
                    ClusterCreated.class, ClusterRenamed.class, VoteCast.class, VoteRetracted.class,
                    ClusterVoteCast.class, ClusterVoteRetracted.class, ProposalVoteCast.class,
                    ProposalVoteRetracted.class, ProposalsRanked.class, ActionAgreed.class, ActionUpdated.class)
            // Points and scores: the board's, as dots are.
            .ignoring(VotingModeChosen.class, PointsAllocated.class, CriterionRated.class)
            .build();

    /** The events that change the network; no other is read. */
    static final Set<Class<?>> HANDLED = CASES.handled();

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
        CASES.apply(this, event, at);
    }

    /** Each organisation of a new partnership is linked to those listed before it. */
    private void formed(PartnershipFormed event, Instant at) {
        List<String> organisations = values(event.organisationIds());
        for (int i = 1; i < organisations.size(); i++) {
            link(LinkKind.PARTNERSHIP, organisations.get(i), organisations.subList(0, i), event.workshopId().value(),
                    "partnership|" + event.partnershipId().value(), at);
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
