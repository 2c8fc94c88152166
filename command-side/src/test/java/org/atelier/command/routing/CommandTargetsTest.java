package org.atelier.command.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.PostIdea;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** The target is what Axon's own resolver finds, on records, fields and methods alike. */
class CommandTargetsTest {

    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();

    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {
    }

    static final class OnAField {
        @TargetAggregateIdentifier
        private final Object id = new WorkshopId("w-field");
        @TargetAggregateVersion
        private final int version = 7;
    }

    static final class OnAMethod {
        @TargetAggregateIdentifier
        String target() {
            return "w-method";
        }
    }

    record Unaddressed(String id) {
    }

    record NullTarget(@TargetAggregateIdentifier String id) {
    }

    @Test
    void aWorkshopCommandTargetsItsWorkshopAsAxonWouldSay() {
        Object command = new PostIdea(new WorkshopId("w-1"), new IdeaId("i-1"), new ParticipantId("p-1"),
                "Un jardin partagé", null, Instant.parse("2026-12-05T10:00:00Z"));

        VersionedAggregateIdentifier target = resolve(command);

        assertThat(target.getIdentifier()).isEqualTo("w-1");
        assertThat(target.getVersion()).isNull();
        assertThat(target).isEqualTo(axons.resolveTarget(GenericCommandMessage.asCommandMessage(command)));
    }

    @Test
    void fieldsMethodsAndVersionsAreReadAsAxonReadsThem() {
        for (Object command : new Object[] {new Versioned("w-2", "12"), new OnAField(), new OnAMethod()}) {
            assertThat(resolve(command))
                    .isEqualTo(axons.resolveTarget(GenericCommandMessage.asCommandMessage(command)));
        }
        assertThat(resolve(new Versioned("w-2", "12")).getVersion()).isEqualTo(12L);
        assertThat(resolve(new OnAField()).getIdentifier()).isEqualTo("w-field");
        assertThat(resolve(new OnAField()).getVersion()).isEqualTo(7L);
        assertThat(resolve(new OnAMethod()).getIdentifier()).isEqualTo("w-method");
    }

    @Test
    void aCommandWithoutATargetIsRefusedAsAxonRefusesIt() {
        assertThatThrownBy(() -> resolve(new Unaddressed("w-3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[Unaddressed]");
        assertThatThrownBy(() -> resolve(new NullTarget(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[NullTarget]");
        assertThatThrownBy(() -> resolve(new Versioned("w-4", "latest")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    }

    private VersionedAggregateIdentifier resolve(Object command) {
        return targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
    }
}
