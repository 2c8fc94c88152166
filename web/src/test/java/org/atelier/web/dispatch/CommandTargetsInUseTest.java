package org.atelier.web.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.command.routing.CommandTargets;
import org.atelier.web.ApiTest;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The aggregates' command handlers find their target with {@link CommandTargets}, not Axon's default. */
class CommandTargetsInUseTest extends ApiTest {

    @Autowired
    Configuration axon;

    @Test
    void axonsConfigurationGivesTheAggregatesTheCachingResolver() {
        assertThat(axon.getComponent(CommandTargetResolver.class)).isInstanceOf(CommandTargets.class);
    }
}
