package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.Map;

import org.atelier.command.workshop.WorkshopRejections.NothingToReveal;
import org.atelier.shared.workshop.ConfigurePhase;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.RevealIdeas;
import org.atelier.shared.workshop.Phase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * How each phase runs, as the facilitator set it up: private writing (ideas hidden from the room
 * until revealed), anonymity, hidden tallies, and the voting mode (which {@link Scoring} decides). A
 * phase can be set up until it is over; a setting that does not change records nothing.
 */
class PhaseOptions {

    private final Room room;
    private final Scoring scoring;
    private final Map<Phase, PhaseSettings> settings = new EnumMap<>(Phase.class);

    PhaseOptions(Room room, Scoring scoring) {
        this.room = room;
        this.scoring = scoring;
    }

    @CommandHandler
    long handle(ConfigurePhase command) {
        room.mustBeAheadOrNow(command.phase());
        scoring.choose(command.phase(), command.votingMode(), command.criteria(), command.at());
        if (changes(settingsOf(command.phase()), command)) {
            apply(new PhaseConfigured(room.workshopId(), command.phase(), command.privateWriting(),
                    command.anonymous(), command.hiddenTallies(), command.at()));
        }
        return Workshop.position();
    }

    @CommandHandler
    long handle(RevealIdeas command) {
        if (!awaitsReveal()) {
            throw new NothingToReveal(room.phase());
        }
        apply(new IdeasRevealed(room.workshopId(), room.phase(), command.at()));
        return Workshop.position();
    }

    private static boolean changes(PhaseSettings current, ConfigurePhase command) {
        return current.privateWriting() != command.privateWriting() || current.anonymous() != command.anonymous()
                || current.hiddenTallies() != command.hiddenTallies();
    }

    /** The phase now open was written in private and its ideas are not shown yet. */
    private boolean awaitsReveal() {
        return room.phase().isOpen() && settingsOf(room.phase()).awaitsReveal();
    }

    private PhaseSettings settingsOf(Phase phase) {
        return settings.getOrDefault(phase, PhaseSettings.OPEN);
    }

    @EventSourcingHandler
    void on(PhaseConfigured event) {
        boolean revealed = settingsOf(event.phase()).revealed();
        settings.put(event.phase(),
                new PhaseSettings(event.privateWriting(), event.anonymous(), event.hiddenTallies(), revealed));
    }

    @EventSourcingHandler
    void on(IdeasRevealed event) {
        PhaseSettings before = settingsOf(event.phase());
        settings.put(event.phase(),
                new PhaseSettings(before.privateWriting(), before.anonymous(), before.hiddenTallies(), true));
    }
}
