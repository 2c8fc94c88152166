package org.atelier.query.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.atelier.query.fold.EventCases;
import org.atelier.query.partnership.PartnershipView;
import org.atelier.query.trace.TraceView.Edge;
import org.atelier.query.trace.TraceView.Graph;
import org.atelier.query.trace.TraceView.Node;
import org.atelier.query.trace.TraceView.Step;
import org.atelier.shared.PublicNames;
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
import org.atelier.shared.proposal.PartnershipId;
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
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.FacilitatorAdded;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.RejoinCodeReplaced;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepReverted;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Folds a workshop's stream into the story of one partnership: the proposal it formed on, every
 * version of that proposal up to the partnership's last change, what each version was derived
 * from (ideas, and the ideas then in its clusters), what those ideas were inspired by, back to the
 * first, and the commitments and partnership events themselves.
 *
 * <p>Anonymity: where a phase was anonymous at any time of the workshop, its persons are left out
 * (actor {@code participant}, no name); organisations are always shown, as to evaluators on the
 * board. Ideas withdrawn or hidden keep their place without their text; so do ideas still written
 * privately, for the facilitator.
 */
final class TraceFold {

    static final String ACTOR = "actor";
    private static final String PARTICIPANT = "participant";

    private final String partnershipId;
    private final Audience audience;

    private String proposalId;
    private long lastPosition;
    private final Set<Phase> everAnonymous = EnumSet.noneOf(Phase.class);
    private final Set<Phase> privateWriting = EnumSet.noneOf(Phase.class);
    private final Set<Phase> revealed = EnumSet.noneOf(Phase.class);

    private Phase room;
    private final Map<Long, Phase> roomAt = new HashMap<>();
    private final Map<String, Person> participants = new HashMap<>();
    private final Map<String, Idea> ideas = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private final Map<String, Membership> membership = new HashMap<>();

    private final Set<String> derivedIdeas = new LinkedHashSet<>();
    private final Set<String> derivedClusters = new LinkedHashSet<>();
    private final Set<Membership> members = new LinkedHashSet<>();
    /** The steps of the proposal, its commitments and the partnership, named once the organisations' names are known. */
    private final Map<Long, Function<Map<String, String>, Step>> proposalSteps = new TreeMap<>();
    private ProjectProposed proposed;
    private long proposedAt;
    private String proposalTitle;
    private final Set<String> committed = new LinkedHashSet<>();
    private final Set<String> partners = new LinkedHashSet<>();
    private String partnershipStatus = "ACTIVE";
    private long formedAt;

    private TraceFold(String partnershipId, Audience audience) {
        this.partnershipId = partnershipId;
        this.audience = audience;
    }

    /**
     * The story of the partnership in {@code stream}, or {@code null} when the stream never formed it.
     *
     * @param names the organisations' names by id
     */
    static TraceView of(PartnershipView partnership, List<? extends DomainEventMessage<?>> stream, Audience audience,
                        Function<Set<String>, Map<String, String>> names) {
        TraceFold fold = new TraceFold(partnership.partnershipId(), audience);
        stream.forEach(fold::survey);
        if (fold.proposalId == null) {
            return null;
        }
        for (DomainEventMessage<?> message : stream) {
            if (position(message) > fold.lastPosition) {
                break;
            }
            fold.apply(message);
        }
        return fold.view(partnership, names);
    }

    /** First reading: the partnership's proposal and last change, and the settings of every phase. */
    static final EventCases<TraceFold, DomainEventMessage<?>> SURVEY =
            EventCases.<TraceFold, DomainEventMessage<?>>builder()
                    .on(PartnershipFormed.class, (fold, e, message) -> {
                        if (fold.isPartnership(e.partnershipId().value())) {
                            fold.proposalId = e.proposalId().value();
                            fold.lastPosition = position(message);
                        }
                    })
                    .on(PartnershipExtended.class, (fold, e, message) -> fold.changed(e.partnershipId(), message))
                    .on(PartnershipReduced.class, (fold, e, message) -> fold.changed(e.partnershipId(), message))
                    .on(PartnershipDissolved.class, (fold, e, message) -> fold.changed(e.partnershipId(), message))
                    .on(PhaseConfigured.class, (fold, e, message) -> {
                        if (e.anonymous()) {
                            fold.everAnonymous.add(e.phase());
                        }
                        if (e.privateWriting()) {
                            fold.privateWriting.add(e.phase());
                        } else {
                            fold.privateWriting.remove(e.phase());
                        }
                    })
                    .on(IdeasRevealed.class, (fold, e, message) -> fold.revealed.add(e.phase()))
                    // The second reading takes the story from everything else.
                    .ignoring(WorkshopScheduled.class, PhaseAdvanced.class, PhaseReverted.class, StepAdvanced.class,
                            StepReverted.class, WorkshopClosed.class, ParticipantJoined.class, ParticipantRemoved.class,
                            ParticipantReady.class, ParticipantAttended.class, RejoinCodeReplaced.class,
                            FacilitatorAdded.class, FacilitatorRemoved.class, TimerStarted.class, TimerPaused.class,
                            TimerResumed.class, TimerExtended.class, TimerStopped.class, IdeaPosted.class,
                            PhaseModerated.class, IdeaSubmitted.class, IdeaApproved.class, IdeaRejected.class,
                            IdeaEdited.class, IdeaWithdrawn.class, IdeaHidden.class, ObjectionParked.class,
                            ClusterCreated.class, ClusterRenamed.class, ClustersMerged.class, ClusterDissolved.class,
                            IdeaClustered.class, VoteCast.class, VoteRetracted.class, ClusterVoteCast.class,
                            ClusterVoteRetracted.class, ProposalVoteCast.class, ProposalVoteRetracted.class,
                            ProjectProposed.class, ProposalAmended.class, ProposalWithdrawn.class,
                            ProposalsRanked.class, OrganisationCommitted.class, CommitmentWithdrawn.class,
                            ActionAgreed.class, ActionUpdated.class, OrganisationRegistered.class,
                            OrganisationUpdated.class)
                    // Points and scores: the board's, as dots are.
                    .ignoring(VotingModeChosen.class, PointsAllocated.class, CriterionRated.class)
                    .build();

    /** Second reading, up to the partnership's last change: the ideas, clusters and proposal behind it. */
    static final EventCases<TraceFold, DomainEventMessage<?>> STORY =
            EventCases.<TraceFold, DomainEventMessage<?>>builder()
                    .on(WorkshopScheduled.class, (fold, e, message) -> fold.room = Phase.PREPARATION)
                    .on(PhaseAdvanced.class, (fold, e, message) -> fold.room = e.to())
                    .on(PhaseReverted.class, (fold, e, message) -> fold.room = e.to())
                    .on(WorkshopClosed.class, (fold, e, message) -> fold.room = Phase.CLOSED)
                    .on(ParticipantJoined.class, (fold, e, message) -> fold.participants.put(e.participantId().value(),
                            new Person(e.displayName(), e.organisationId().value())))
                    .on(IdeaPosted.class, (fold, e, message) -> fold.ideas.put(e.ideaId().value(),
                            new Idea(message, e, e.text())))
                    // A held idea enters the story when approved; a rejected one never does.
                    .on(IdeaApproved.class, (fold, e, message) -> fold.ideas.put(e.ideaId().value(),
                            new Idea(message, e.asPosted(), e.text())))
                    .ignoring(IdeaSubmitted.class, IdeaRejected.class, PhaseModerated.class)
                    .on(IdeaEdited.class, (fold, e, message) -> fold.ideaChanged(e.ideaId(),
                            idea -> idea.edited(message, e.text())))
                    .on(IdeaWithdrawn.class, (fold, e, message) -> fold.offBoard(e.ideaId(), "WITHDRAWN"))
                    .on(IdeaHidden.class, (fold, e, message) -> fold.offBoard(e.ideaId(), "HIDDEN"))
                    .on(ClusterCreated.class, (fold, e, message) -> fold.clusters.put(e.clusterId().value(),
                            new Cluster(message, e.phase(), e.title())))
                    .on(ClusterRenamed.class, (fold, e, message) -> fold.clusters.computeIfPresent(
                            e.clusterId().value(), (id, cluster) -> cluster.withTitle(e.title())))
                    .on(IdeaClustered.class, (fold, e, message) -> {
                        if (e.clusterId() == null) {
                            fold.membership.remove(e.ideaId().value());
                        } else {
                            fold.membership.put(e.ideaId().value(),
                                    new Membership(e.ideaId().value(), e.clusterId().value(), message));
                        }
                    })
                    .on(ClustersMerged.class, (fold, e, message) -> fold.membership.replaceAll((idea, member) ->
                            member.clusterId().equals(e.clusterId().value())
                                    ? new Membership(idea, e.into().value(), message) : member))
                    .on(ClusterDissolved.class, (fold, e, message) -> fold.membership.values()
                            .removeIf(member -> member.clusterId().equals(e.clusterId().value())))
                    .on(ProjectProposed.class, TraceFold::proposed)
                    .on(ProposalAmended.class, TraceFold::amended)
                    .on(OrganisationCommitted.class, (fold, e, message) -> {
                        if (fold.isOurs(e.proposalId().value())) {
                            fold.committed.add(e.organisationId().value());
                            fold.commitmentStep(message, e.organisationId());
                        }
                    })
                    .on(CommitmentWithdrawn.class, (fold, e, message) -> {
                        if (fold.isOurs(e.proposalId().value())) {
                            fold.commitmentStep(message, e.organisationId());
                        }
                    })
                    .on(PartnershipFormed.class, (fold, e, message) -> {
                        if (fold.isPartnership(e.partnershipId().value())) {
                            fold.formedAt = position(message);
                            fold.partners.addAll(values(e.organisationIds()));
                            fold.partnershipStep(message, e.organisationIds(), null);
                        }
                    })
                    .on(PartnershipExtended.class, (fold, e, message) -> {
                        if (fold.isPartnership(e.partnershipId().value())) {
                            fold.partners.addAll(values(e.organisationIds()));
                            fold.partnershipStep(message, e.organisationIds(), e.organisationId());
                        }
                    })
                    .on(PartnershipReduced.class, (fold, e, message) -> {
                        if (fold.isPartnership(e.partnershipId().value())) {
                            fold.partnershipStep(message, e.organisationIds(), e.organisationId());
                        }
                    })
                    .on(PartnershipDissolved.class, (fold, e, message) -> {
                        if (fold.isPartnership(e.partnershipId().value())) {
                            fold.partnershipStatus = "DISSOLVED";
                            fold.partnershipStep(message, e.organisationIds(), null);
                        }
                    })
                    // Settings were read in the first reading.
                    .ignoring(PhaseConfigured.class, IdeasRevealed.class)
                    // Not part of how the partnership came about: the withdrawal of its proposal ends it
                    // by dissolving it.
                    .ignoring(StepAdvanced.class, StepReverted.class, ParticipantRemoved.class,
                            ParticipantReady.class, ParticipantAttended.class, RejoinCodeReplaced.class,
                            FacilitatorAdded.class, FacilitatorRemoved.class, TimerStarted.class, TimerPaused.class,
                            TimerResumed.class, TimerExtended.class, TimerStopped.class, ObjectionParked.class,
                            VoteCast.class, VoteRetracted.class, ClusterVoteCast.class, ClusterVoteRetracted.class,
                            ProposalVoteCast.class, ProposalVoteRetracted.class, ProposalWithdrawn.class,
                            ProposalsRanked.class, ActionAgreed.class, ActionUpdated.class,
                            OrganisationRegistered.class, OrganisationUpdated.class)
                    // Points and scores: the board's, as dots are.
                    .ignoring(VotingModeChosen.class, PointsAllocated.class, CriterionRated.class)
                    .build();

    private void survey(DomainEventMessage<?> message) {
        SURVEY.apply(this, message.getPayload(), message);
    }

    private void apply(DomainEventMessage<?> message) {
        STORY.apply(this, message.getPayload(), message);
        roomAt.put(position(message), room);
    }

    private void changed(PartnershipId partnership, DomainEventMessage<?> message) {
        if (isPartnership(partnership.value())) {
            lastPosition = position(message);
        }
    }

    private void offBoard(IdeaId ideaId, String status) {
        ideaChanged(ideaId, idea -> idea.withStatus(status));
        membership.remove(ideaId.value());
    }

    private void proposed(ProjectProposed event, DomainEventMessage<?> message) {
        if (!isOurs(event.proposalId().value())) {
            return;
        }
        proposed = event;
        proposedAt = position(message);
        derive(event.title(), event.derivedFromIdeas(), event.derivedFromClusters());
        String proposer = event.proposerOrganisationId() == null ? null : event.proposerOrganisationId().value();
        proposalSteps.put(position(message), nameOf -> step(message, event.phase(), proposer, event.title(),
                derivationRefs(event.derivedFromIdeas(), event.derivedFromClusters()), nameOf));
    }

    private void amended(ProposalAmended event, DomainEventMessage<?> message) {
        if (!isOurs(event.proposalId().value())) {
            return;
        }
        derive(event.title(), event.derivedFromIdeas(), event.derivedFromClusters());
        proposalSteps.put(position(message), nameOf -> step(message, proposalPhase(), null, event.title(),
                derivationRefs(event.derivedFromIdeas(), event.derivedFromClusters()), nameOf));
    }

    private void commitmentStep(DomainEventMessage<?> message, OrganisationId committing) {
        String organisation = committing.value();
        proposalSteps.put(position(message), nameOf -> step(message, proposalPhase(), organisation,
                nameOf.get(organisation), List.of(organisationNode(organisation), proposalNode(proposalId)), nameOf));
    }

    /** A step of the partnership itself, its organisations named; {@code acting} the one that joined or left. */
    private void partnershipStep(DomainEventMessage<?> message, List<OrganisationId> organisationIds,
                                 OrganisationId acting) {
        List<String> organisations = values(organisationIds);
        proposalSteps.put(position(message), nameOf -> {
            List<String> refs = new ArrayList<>(List.of(partnershipNode(partnershipId), proposalNode(proposalId)));
            organisations.forEach(organisation -> refs.add(organisationNode(organisation)));
            String summary = organisations.stream()
                    .map(organisation -> Objects.requireNonNullElse(nameOf.get(organisation), organisation))
                    .collect(Collectors.joining(", "));
            return step(message, proposalPhase(), acting == null ? null : acting.value(), summary, refs, nameOf);
        });
    }

    /** A version of the proposal: what it names, and the ideas then in the clusters it names. */
    private void derive(String title, List<IdeaId> fromIdeas, List<ClusterId> fromClusters) {
        proposalTitle = title;
        if (fromIdeas != null) {
            fromIdeas.forEach(idea -> derivedIdeas.add(idea.value()));
        }
        if (fromClusters != null) {
            for (ClusterId cluster : fromClusters) {
                derivedClusters.add(cluster.value());
                membership.values().stream().filter(member -> member.clusterId().equals(cluster.value()))
                        .forEach(members::add);
            }
        }
    }

    private TraceView view(PartnershipView partnership, Function<Set<String>, Map<String, String>> names) {
        Set<String> traced = tracedIdeas();
        Set<String> organisations = new LinkedHashSet<>();
        traced.forEach(idea -> organisations.add(ideas.get(idea).posted().organisationId().value()));
        organisations.addAll(committed);
        organisations.addAll(partners);
        if (proposed != null && proposed.proposerOrganisationId() != null) {
            organisations.add(proposed.proposerOrganisationId().value());
        }
        participants.values().forEach(person -> organisations.add(person.organisationId()));
        Map<String, String> nameOf = names.apply(organisations);

        Map<Long, Step> steps = new TreeMap<>();
        for (String id : traced) {
            Idea idea = ideas.get(id);
            List<String> refs = new ArrayList<>(List.of(ideaNode(id)));
            inspirations(idea).forEach(inspiration -> refs.add(ideaNode(inspiration)));
            // Each step quotes the idea as it read at that position: as posted, then each later version.
            steps.put(position(idea.message()), step(idea.message(), idea.posted().phase(),
                    idea.posted().organisationId().value(), versionOf(idea, idea.posted().text()), refs, nameOf));
            for (Edit edit : idea.edits()) {
                steps.put(position(edit.message()), step(edit.message(), idea.posted().phase(),
                        idea.posted().organisationId().value(), versionOf(idea, edit.text()), refs, nameOf));
            }
        }
        for (String id : clustersShown()) {
            Cluster cluster = clusters.get(id);
            if (cluster != null) {
                steps.put(position(cluster.message()), step(cluster.message(), cluster.phase(), null, cluster.title(),
                        List.of(clusterNode(id)), nameOf));
            }
        }
        Map<Long, List<Membership>> joinings = members.stream()
                .collect(Collectors.groupingBy(member -> position(member.since()), TreeMap::new, Collectors.toList()));
        joinings.forEach((position, joined) -> {
            DomainEventMessage<?> since = joined.get(0).since();
            String clusterId = joined.get(0).clusterId();
            List<String> ideasJoined = joined.stream().map(member -> ideaNode(member.ideaId())).toList();
            // An idea clustered is that step's subject; a merge is the cluster's, whatever ideas it brought.
            List<String> refs = new ArrayList<>();
            if (since.getPayload() instanceof IdeaClustered) {
                refs.addAll(ideasJoined);
                refs.add(clusterNode(clusterId));
            } else {
                refs.add(clusterNode(clusterId));
                refs.addAll(ideasJoined);
            }
            Cluster cluster = clusters.get(clusterId);
            steps.put(position, step(since, cluster == null ? null : cluster.phase(), null,
                    cluster == null ? null : cluster.title(), refs, nameOf));
        });
        proposalSteps.forEach((position, step) -> steps.put(position, step.apply(nameOf)));
        return new TraceView(partnership, List.copyOf(steps.values()), graph(traced, nameOf));
    }

    /** The ideas the proposal came from, and every idea those were inspired by, transitively. */
    private Set<String> tracedIdeas() {
        Set<String> traced = new LinkedHashSet<>();
        List<String> waiting = new ArrayList<>(derivedIdeas);
        members.forEach(member -> waiting.add(member.ideaId()));
        while (!waiting.isEmpty()) {
            String id = waiting.remove(waiting.size() - 1);
            Idea idea = ideas.get(id);
            if (idea != null && traced.add(id)) {
                waiting.addAll(inspirations(idea));
            }
        }
        return traced.stream().sorted(Comparator.comparingLong(id -> position(ideas.get(id).message())))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<String> clustersShown() {
        Set<String> shown = new LinkedHashSet<>(derivedClusters);
        members.forEach(member -> shown.add(member.clusterId()));
        return shown;
    }

    private List<String> derivationRefs(List<IdeaId> fromIdeas, List<ClusterId> fromClusters) {
        List<String> refs = new ArrayList<>(List.of(proposalNode(proposalId)));
        if (fromIdeas != null) {
            fromIdeas.stream().filter(idea -> ideas.containsKey(idea.value()))
                    .forEach(idea -> refs.add(ideaNode(idea.value())));
        }
        if (fromClusters != null) {
            fromClusters.stream().filter(cluster -> clusters.containsKey(cluster.value()))
                    .forEach(cluster -> refs.add(clusterNode(cluster.value())));
        }
        return refs;
    }

    /**
     * One step: who acted (the person left out where its phase was ever anonymous), the organisation
     * (named, or that of the acting participant), the room's phase then.
     */
    private Step step(DomainEventMessage<?> message, Phase ownPhase, String organisationId, String summary,
                      List<String> refs, Map<String, String> nameOf) {
        String actor = message.getMetaData().get(ACTOR) instanceof String recorded ? recorded : null;
        if (actor == null && message.getPayload() instanceof IdeaPosted e) {
            actor = PARTICIPANT + ":" + e.author().value();
        }
        Person person = actor != null && actor.startsWith(PARTICIPANT + ":")
                ? participants.get(actor.substring(PARTICIPANT.length() + 1)) : null;
        String organisation = organisationId != null ? organisationId : person == null ? null : person.organisationId();
        Phase roomPhase = roomAt.get(position(message));
        Phase phase = ownPhase != null ? ownPhase : roomPhase;
        String actorName = person == null ? null : person.displayName();
        if (person != null && everAnonymous.contains(phase)) {
            actor = PARTICIPANT;
            actorName = null;
        }
        return new Step(position(message), message.getTimestamp(), PublicNames.of(message.getPayloadType()), actor,
                actorName, organisation, organisation == null ? null : nameOf.get(organisation),
                roomPhase == null ? null : roomPhase.name(), summary, List.copyOf(refs));
    }

    private Graph graph(Set<String> traced, Map<String, String> nameOf) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        for (String id : traced) {
            Idea idea = ideas.get(id);
            nodes.put(ideaNode(id), new Node(ideaNode(id), kindOf(idea.posted().phase()), summaryOf(idea),
                    idea.posted().phase().name(), idea.posted().organisationId().value(), position(idea.message()),
                    idea.status()));
            inspirations(idea).forEach(inspiration -> edges.add(new Edge(ideaNode(id), ideaNode(inspiration),
                    "inspiredBy")));
        }
        for (String id : clustersShown()) {
            Cluster cluster = clusters.get(id);
            if (cluster != null) {
                nodes.put(clusterNode(id), new Node(clusterNode(id), "cluster", cluster.title(), cluster.phase().name(),
                        null, position(cluster.message()), null));
            }
        }
        members.stream().filter(member -> nodes.containsKey(clusterNode(member.clusterId())))
                .forEach(member -> edges.add(new Edge(ideaNode(member.ideaId()), clusterNode(member.clusterId()),
                        "inCluster")));
        String proposal = proposalNode(proposalId);
        if (proposed != null) {
            nodes.put(proposal, new Node(proposal, "proposal", proposalTitle, proposed.phase().name(),
                    proposed.proposerOrganisationId() != null ? proposed.proposerOrganisationId().value()
                            : proposed.leadOrganisationId() == null ? null : proposed.leadOrganisationId().value(),
                    proposedAt, null));
            derivedIdeas.stream().filter(idea -> nodes.containsKey(ideaNode(idea)))
                    .forEach(idea -> edges.add(new Edge(proposal, ideaNode(idea), "derivedFrom")));
            derivedClusters.stream().filter(cluster -> nodes.containsKey(clusterNode(cluster)))
                    .forEach(cluster -> edges.add(new Edge(proposal, clusterNode(cluster), "derivedFrom")));
        }
        Set<String> organisations = new LinkedHashSet<>(committed);
        organisations.addAll(partners);
        for (String organisation : organisations) {
            nodes.put(organisationNode(organisation), new Node(organisationNode(organisation), "organisation",
                    nameOf.get(organisation), null, organisation, 0, null));
        }
        String partnership = partnershipNode(partnershipId);
        nodes.put(partnership, new Node(partnership, "partnership", partners.stream()
                .map(organisation -> Objects.requireNonNullElse(nameOf.get(organisation), organisation))
                .collect(Collectors.joining(", ")), proposalPhase() == null ? null : proposalPhase().name(), null,
                formedAt, partnershipStatus));
        if (nodes.containsKey(proposal)) {
            edges.add(new Edge(partnership, proposal, "derivedFrom"));
            committed.forEach(organisation -> edges.add(new Edge(organisationNode(organisation), proposal,
                    "committed")));
        }
        partners.forEach(organisation -> edges.add(new Edge(organisationNode(organisation), partnership, "formed")));
        return new Graph(List.copyOf(nodes.values()), List.copyOf(edges));
    }

    /**
     * The idea's text as it stood at the partnership's last change, unless it left the board or is
     * still private for this reader.
     */
    private String summaryOf(Idea idea) {
        return versionOf(idea, idea.text());
    }

    /** One version of the idea's text, unless the idea left the board or is still private for this reader. */
    private String versionOf(Idea idea, String text) {
        Phase phase = idea.posted().phase();
        boolean awaitsReveal = privateWriting.contains(phase) && !revealed.contains(phase);
        if (!"POSTED".equals(idea.status()) || (awaitsReveal && audience != Audience.EVALUATOR)) {
            return null;
        }
        return text;
    }

    private List<String> inspirations(Idea idea) {
        List<IdeaId> inspiredBy = idea.posted().inspiredBy();
        return inspiredBy == null ? List.of()
                : inspiredBy.stream().map(IdeaId::value).filter(ideas::containsKey).toList();
    }

    private Phase proposalPhase() {
        return proposed == null ? null : proposed.phase();
    }

    private void ideaChanged(IdeaId ideaId, UnaryOperator<Idea> change) {
        ideas.computeIfPresent(ideaId.value(), (id, idea) -> change.apply(idea));
    }

    private boolean isOurs(String proposal) {
        return proposal.equals(proposalId);
    }

    private boolean isPartnership(String partnership) {
        return partnership.equals(partnershipId);
    }

    private static String kindOf(Phase phase) {
        return switch (phase) {
            case CRITIQUE -> "critique";
            case UTOPIA -> "dream";
            case REALIZATION -> "action";
            default -> "idea";
        };
    }

    private static long position(DomainEventMessage<?> message) {
        return message.getSequenceNumber() + 1;
    }

    private static List<String> values(List<OrganisationId> organisations) {
        return organisations.stream().filter(Objects::nonNull).map(OrganisationId::value).toList();
    }

    static String ideaNode(String id) {
        return "idea:" + id;
    }

    static String clusterNode(String id) {
        return "cluster:" + id;
    }

    static String proposalNode(String id) {
        return "proposal:" + id;
    }

    static String organisationNode(String id) {
        return "organisation:" + id;
    }

    static String partnershipNode(String id) {
        return "partnership:" + id;
    }

    private record Person(String displayName, String organisationId) {
    }

    /** An idea and its later versions, each at the position of its edit. */
    private record Idea(DomainEventMessage<?> message, IdeaPosted posted, String text, String status, List<Edit> edits) {

        Idea(DomainEventMessage<?> message, IdeaPosted posted, String text) {
            this(message, posted, text, "POSTED", List.of());
        }

        Idea edited(DomainEventMessage<?> edit, String changed) {
            List<Edit> versions = new ArrayList<>(edits);
            versions.add(new Edit(edit, changed));
            return new Idea(message, posted, changed, status, List.copyOf(versions));
        }

        Idea withStatus(String changed) {
            return new Idea(message, posted, text, changed, edits);
        }
    }

    private record Edit(DomainEventMessage<?> message, String text) {
    }

    private record Cluster(DomainEventMessage<?> message, Phase phase, String title) {

        Cluster withTitle(String changed) {
            return new Cluster(message, phase, changed);
        }
    }

    /** The idea is in the cluster since that event (put there, or moved there by a merge). */
    private record Membership(String ideaId, String clusterId, DomainEventMessage<?> since) {
    }
}
