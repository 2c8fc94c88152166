package org.atelier.command.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;

/** The workshop, people and past events that the workshop's tests tell their stories with. */
final class WorkshopStory {

    static final WorkshopId WORKSHOP = new WorkshopId("workshop-1");
    static final String JOIN_CODE = "SOLEIL42";
    static final Instant AT = Instant.parse("2025-03-14T09:00:00Z");

    static final OrganisationId KALEIDO = new OrganisationId("org-kaleido");
    static final OrganisationId ENTRAIDE = new OrganisationId("org-entraide");
    static final ParticipantId ALICE = new ParticipantId("alice");
    static final ParticipantId BOB = new ParticipantId("bob");
    static final ParticipantId STRANGER = new ParticipantId("stranger");

    static final IdeaId IDEA = new IdeaId("idea-1");
    static final IdeaId OTHER_IDEA = new IdeaId("idea-2");
    static final String TEXT = "Too many meetings, not enough decisions";

    private WorkshopStory() {
    }

    static WorkshopScheduled scheduled() {
        return new WorkshopScheduled(WORKSHOP, "Our shared kitchen", "Food and solidarity", null, List.of(), 5,
                0, JOIN_CODE, AT);
    }

    static ParticipantJoined joined(ParticipantId participant, OrganisationId organisation) {
        return new ParticipantJoined(WORKSHOP, participant, participant.value(), organisation, AT);
    }

    static PhaseAdvanced phaseAdvanced(Phase from) {
        Phase to = from.next();
        return new PhaseAdvanced(WORKSHOP, from, to, to.isOpen() ? Step.COLLECT : null, AT);
    }

    static StepAdvanced stepAdvanced(Phase phase, Step from) {
        return new StepAdvanced(WORKSHOP, phase, from, from.next(), AT);
    }

    static IdeaPosted posted(IdeaId idea, ParticipantId author, OrganisationId organisation, Phase phase) {
        return new IdeaPosted(WORKSHOP, idea, author, organisation, phase, TEXT, List.of(), AT);
    }

    static IdeaPosted alicePostedIdea() {
        return posted(IDEA, ALICE, KALEIDO, Phase.CRITIQUE);
    }

    /**
     * Alice (Kaléido) and Bob (Entraide) joined, then the room went from PREPARATION to the given
     * phase: in CRITIQUE the last position is 4.
     */
    static List<Object> aliceAndBobIn(Phase phase) {
        List<Object> events = new ArrayList<>(List.of(scheduled(), joined(ALICE, KALEIDO), joined(BOB, ENTRAIDE)));
        for (Phase current = Phase.PREPARATION; current != phase; current = current.next()) {
            events.add(phaseAdvanced(current));
            if (current.next() == Phase.CLOSED) {
                events.add(new WorkshopClosed(WORKSHOP, AT));
            }
        }
        return events;
    }
}
