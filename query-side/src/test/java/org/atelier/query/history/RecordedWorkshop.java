package org.atelier.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/** A workshop's stream as the web layer records it: each event with the actor of its command, one minute apart. */
final class RecordedWorkshop {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final WorkshopId workshopId;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    RecordedWorkshop(String workshopId) {
        this.workshopId = new WorkshopId(workshopId);
    }

    WorkshopId id() {
        return workshopId;
    }

    List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    RecordedWorkshop scheduled() {
        return by("organiser", new WorkshopScheduled(workshopId, "Getting around the valley", "Mobility", null,
                List.of(), 5, 0, "JOIN-42", now()));
    }

    RecordedWorkshop joined(String participantId, String organisationId) {
        return by("participant:" + participantId, new ParticipantJoined(workshopId, new ParticipantId(participantId),
                "Person " + participantId, new OrganisationId(organisationId), now()));
    }

    RecordedWorkshop configured(Phase phase, boolean anonymous) {
        return by("facilitator", new PhaseConfigured(workshopId, phase, false, anonymous, false, now()));
    }

    RecordedWorkshop advanced(Phase from, Phase to) {
        return by("facilitator", new PhaseAdvanced(workshopId, from, to, to.isOpen() ? Step.COLLECT : null, now()));
    }

    RecordedWorkshop stepped(Phase phase, Step from, Step to) {
        return by("facilitator", new StepAdvanced(workshopId, phase, from, to, now()));
    }

    RecordedWorkshop posted(String ideaId, String author, String organisationId, Phase phase, String text) {
        return by("participant:" + author, new IdeaPosted(workshopId, new IdeaId(ideaId), new ParticipantId(author),
                new OrganisationId(organisationId), phase, text, List.of(), now()));
    }

    RecordedWorkshop edited(String ideaId, String author, String text) {
        return by("participant:" + author, new IdeaEdited(workshopId, new IdeaId(ideaId), text, now()));
    }

    RecordedWorkshop withdrawn(String ideaId, String author) {
        return by("participant:" + author, new IdeaWithdrawn(workshopId, new IdeaId(ideaId), now()));
    }

    RecordedWorkshop voted(String voter, String ideaId, Phase phase) {
        return by("participant:" + voter, new VoteCast(workshopId, new ParticipantId(voter), new IdeaId(ideaId), phase,
                now()));
    }

    RecordedWorkshop proposed(String proposalId, String proposer, String organisationId) {
        return by("participant:" + proposer, new ProjectProposed(workshopId, new ProposalId(proposalId), "Un tram",
                "Du centre à la vallée", List.of(), List.of(), new OrganisationId(organisationId),
                new Conditions(null, null, null, null), new ParticipantId(proposer), new OrganisationId(organisationId),
                Phase.REALIZATION, now()));
    }

    RecordedWorkshop committed(String proposalId, String participantId, String organisationId) {
        return by("participant:" + participantId, new OrganisationCommitted(workshopId, new ProposalId(proposalId),
                new OrganisationId(organisationId), new ParticipantId(participantId), now()));
    }

    private Instant now() {
        return START.plusSeconds(60L * events.size());
    }

    private RecordedWorkshop by(String actor, Object payload) {
        events.add(new GenericDomainEventMessage<>(WorkshopHistory.WORKSHOP_AGGREGATE, workshopId.value(),
                events.size(), payload, MetaData.from(Map.of(WorkshopHistory.ACTOR, actor)),
                UUID.randomUUID().toString(), now()));
        return this;
    }
}
