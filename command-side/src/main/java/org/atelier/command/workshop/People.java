package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.atelier.command.organisation.OrganisationRegister;
import org.atelier.command.workshop.WorkshopRejections.AlreadyInTheRoom;
import org.atelier.command.workshop.WorkshopRejections.LastFacilitator;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.NotDuringSession;
import org.atelier.command.workshop.WorkshopRejections.UnknownFacilitator;
import org.atelier.command.workshop.WorkshopRejections.UnknownOrganisation;
import org.atelier.command.workshop.WorkshopRejections.UnknownParticipant;
import org.atelier.command.workshop.WorkshopRejections.WrongJoinCode;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.AddFacilitator;
import org.atelier.shared.workshop.AttendanceSource;
import org.atelier.shared.workshop.FacilitatorAdded;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.JoinWorkshop;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.RecordAttendance;
import org.atelier.shared.workshop.RejoinCodeReplaced;
import org.atelier.shared.workshop.RemoveFacilitator;
import org.atelier.shared.workshop.RemoveParticipant;
import org.atelier.shared.workshop.ReplaceRejoinCode;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Who is in the room: participants joining with the workshop's code (each for an organisation of the
 * register) and their rejoin codes, participants removed, co-facilitators, and who attended which
 * half-day. A retried call answers as the first did and records nothing more.
 */
class People {

    private final Room room;
    private String joinCode;
    private final Map<ParticipantId, OrganisationId> participants = new HashMap<>();
    private final Map<ParticipantId, String> displayNames = new HashMap<>();
    private final Set<ParticipantId> removed = new HashSet<>();
    private final Set<FacilitatorId> facilitators = new HashSet<>();
    private final Set<FacilitatorId> removedFacilitators = new HashSet<>();
    private HalfDays halfDays = HalfDays.NONE;

    People(Room room) {
        this.room = room;
    }

    /** The organisation a participant represents; refuses anyone who did not join (or was removed). */
    OrganisationId organisationOf(ParticipantId participant) {
        OrganisationId organisation = participants.get(participant);
        if (organisation == null) {
            throw new NotAParticipant();
        }
        return organisation;
    }

    boolean isRepresented(OrganisationId organisation) {
        return participants.containsValue(organisation);
    }

    @CommandHandler
    long handle(JoinWorkshop command, OrganisationRegister register, RejoinCodes rejoinCodes) {
        if (!joinCode.equals(command.joinCode())) {
            throw new WrongJoinCode();
        }
        room.mustNotBeClosedTo("join");
        if (!register.isRegistered(command.organisationId())) {
            throw new UnknownOrganisation(command.organisationId());
        }
        if (!participants.containsKey(command.participantId())) {
            String displayName = DisplayName.of(command.displayName());
            if (isInTheRoom(displayName, command.organisationId())) {
                throw new AlreadyInTheRoom(displayName);
            }
            apply(new ParticipantJoined(room.workshopId(), command.participantId(), displayName,
                    command.organisationId(), command.at()));
            rejoinCodes.assign(command.rejoinCode(), new RejoinCodes.Holder(room.workshopId(),
                    command.participantId(), command.organisationId()));
        }
        return Workshop.position();
    }

    /** The old code stops working in the same transaction as the new one is given. */
    @CommandHandler
    long handle(ReplaceRejoinCode command, RejoinCodes rejoinCodes) {
        OrganisationId organisation = knownParticipant(command.participantId());
        apply(new RejoinCodeReplaced(room.workshopId(), command.participantId(), command.replacedBy(), command.at()));
        rejoinCodes.assign(command.rejoinCode(), new RejoinCodes.Holder(room.workshopId(), command.participantId(),
                organisation));
        return Workshop.position();
    }

    /** Adding the same co-facilitator again (a retried call) records nothing. */
    @CommandHandler
    long handle(AddFacilitator command) {
        if (!facilitators.contains(command.facilitatorId()) && !removedFacilitators.contains(command.facilitatorId())) {
            apply(new FacilitatorAdded(room.workshopId(), command.facilitatorId(), FacilitatorName.of(command.name()),
                    command.addedBy(), command.at()));
        }
        return Workshop.position();
    }

    /** Removing someone already removed records nothing: a retried call answers as the first did. */
    @CommandHandler
    long handle(RemoveFacilitator command, RemovedFacilitators removedFacilitatorTable) {
        if (removedFacilitators.contains(command.facilitatorId())) {
            return Workshop.position();
        }
        if (!facilitators.contains(command.facilitatorId())) {
            throw new UnknownFacilitator(command.facilitatorId());
        }
        if (isLastFacilitator(command.facilitatorId())) {
            throw new LastFacilitator(command.facilitatorId());
        }
        apply(new FacilitatorRemoved(room.workshopId(), command.facilitatorId(), command.removedBy(), command.at()));
        removedFacilitatorTable.record(room.workshopId(), command.facilitatorId(), command.at());
        return Workshop.position();
    }

    /**
     * A presence at a dated half-day, recorded once per person and half-day: a screen seen connected
     * counts only within the half-day's hours; a facilitator may mark someone present at any time.
     */
    @CommandHandler
    long handle(RecordAttendance command) {
        OrganisationId organisation = knownParticipant(command.participantId());
        Session session = halfDays.numbered(command.session());
        if (command.source() == AttendanceSource.CONNECTED && !HalfDays.isDuring(session, command.at())) {
            throw new NotDuringSession(command.session());
        }
        if (!halfDays.isRecorded(command.participantId(), command.session())) {
            apply(new ParticipantAttended(room.workshopId(), command.participantId(), organisation,
                    command.session(), session.phase(), command.source(), command.recordedBy(), command.at()));
        }
        return Workshop.position();
    }

    /** Removing someone already removed records nothing: a retried call answers as the first did. */
    @CommandHandler
    long handle(RemoveParticipant command, RemovedParticipants removedParticipants) {
        if (removed.contains(command.participantId())) {
            return Workshop.position();
        }
        OrganisationId organisation = knownParticipant(command.participantId());
        apply(new ParticipantRemoved(room.workshopId(), command.participantId(), organisation, command.removedBy(),
                RemovalReason.of(command.reason()), command.at()));
        removedParticipants.record(command.participantId(), room.workshopId(), command.at());
        return Workshop.position();
    }

    /** The organisation of a participant the facilitator names; refuses someone not (or no longer) in the room. */
    private OrganisationId knownParticipant(ParticipantId participant) {
        OrganisationId organisation = participants.get(participant);
        if (organisation == null) {
            throw new UnknownParticipant(participant);
        }
        return organisation;
    }

    /** Someone of that name (whatever its case) already represents that organisation here. */
    private boolean isInTheRoom(String displayName, OrganisationId organisation) {
        return participants.entrySet().stream().anyMatch(participant -> participant.getValue().equals(organisation)
                && displayNames.getOrDefault(participant.getKey(), "").equalsIgnoreCase(displayName));
    }

    private boolean isLastFacilitator(FacilitatorId facilitatorId) {
        return facilitators.size() == 1 && facilitators.contains(facilitatorId);
    }

    @EventSourcingHandler
    void on(WorkshopScheduled event) {
        joinCode = event.joinCode();
        facilitators.add(FacilitatorId.FIRST);
        halfDays = new HalfDays(event.sessions());
    }

    @EventSourcingHandler
    void on(ParticipantAttended event) {
        halfDays.record(event.participantId(), event.session());
    }

    @EventSourcingHandler
    void on(FacilitatorAdded event) {
        facilitators.add(event.facilitatorId());
    }

    @EventSourcingHandler
    void on(FacilitatorRemoved event) {
        facilitators.remove(event.facilitatorId());
        removedFacilitators.add(event.facilitatorId());
    }

    @EventSourcingHandler
    void on(ParticipantJoined event) {
        participants.put(event.participantId(), event.organisationId());
        displayNames.put(event.participantId(), event.displayName());
    }

    @EventSourcingHandler
    void on(ParticipantRemoved event) {
        participants.remove(event.participantId());
        displayNames.remove(event.participantId());
        removed.add(event.participantId());
    }
}
