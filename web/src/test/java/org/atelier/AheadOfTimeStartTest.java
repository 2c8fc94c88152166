package org.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

class AheadOfTimeStartTest {

    private final Map<String, String> systemProperties = new HashMap<>();
    private final AheadOfTimeStart start = new AheadOfTimeStart(systemProperties::get, systemProperties::put,
            main -> main == Packaged.class);

    @Test
    void thePackagedEmbeddedDefaultStartsFromTheBuildsBeanDefinitions() {
        start.onApplicationEvent(prepared(embeddedDefault(), Packaged.class));

        assertThat(systemProperties).containsEntry(AotDetector.AOT_ENABLED, "true");
    }

    @Test
    void theEmbeddedDefaultIsNoProfileAxonServerOffTheInProcessReadModelsAndTheH2File() {
        assertThat(AheadOfTimeStart.isEmbeddedDefault(embeddedDefault())).isTrue();

        MockEnvironment production = embeddedDefault();
        production.setActiveProfiles("axonserver");
        assertThat(AheadOfTimeStart.isEmbeddedDefault(production)).isFalse();
        assertThat(AheadOfTimeStart.isEmbeddedDefault(embeddedDefault().withProperty("axon.axonserver.enabled", "true")))
                .isFalse();
        assertThat(AheadOfTimeStart.isEmbeddedDefault(
                embeddedDefault().withProperty("spring.data.mongodb.uri", "mongodb://elsewhere/atelier"))).isFalse();
        assertThat(AheadOfTimeStart.isEmbeddedDefault(
                embeddedDefault().withProperty("spring.datasource.url", "jdbc:postgresql://elsewhere/atelier"))).isFalse();
    }

    @Test
    void anotherConfigurationStartsFromTheClasses() {
        MockEnvironment production = embeddedDefault();
        production.setActiveProfiles("axonserver");

        start.onApplicationEvent(prepared(production, Packaged.class));

        assertThat(systemProperties).doesNotContainKey(AotDetector.AOT_ENABLED);
    }

    @Test
    void theOperatorMayTurnItOff() {
        start.onApplicationEvent(prepared(embeddedDefault().withProperty(AheadOfTimeStart.SETTING, "false"),
                Packaged.class));

        assertThat(systemProperties).doesNotContainKey(AotDetector.AOT_ENABLED);
    }

    @Test
    void theOperatorsOwnSpringSwitchIsObeyed() {
        systemProperties.put(AotDetector.AOT_ENABLED, "false");

        start.onApplicationEvent(prepared(embeddedDefault(), Packaged.class));

        assertThat(systemProperties).containsEntry(AotDetector.AOT_ENABLED, "false");
    }

    @Test
    void onlyAnApplicationWhoseBuildMadeItsBeanDefinitionsAndThatIsNotLoadedFromAFolder() {
        assertThat(AheadOfTimeStart.wasBuiltAheadOfTime(Built.class)).isTrue();
        assertThat(AheadOfTimeStart.wasBuiltAheadOfTime(NotBuilt.class)).isFalse();
        assertThat(AheadOfTimeStart.loadedFromAFolder(SpringApplication.class)).isFalse();
        assertThat(AheadOfTimeStart.loadedFromAFolder(Built.class)).as("the test's classes are in a folder").isTrue();
        assertThat(AheadOfTimeStart.wasPackagedAheadOfTime(Built.class)).isFalse();
        assertThat(AheadOfTimeStart.wasPackagedAheadOfTime(SpringApplication.class)).isFalse();
    }

    @Test
    void aStartFromTheBuildsClassFoldersStartsFromTheClasses() {
        start.onApplicationEvent(prepared(embeddedDefault(), Built.class));

        assertThat(systemProperties).doesNotContainKey(AotDetector.AOT_ENABLED);
    }

    /** As the application's configuration file makes it. */
    private static MockEnvironment embeddedDefault() {
        return new MockEnvironment()
                .withProperty("axon.axonserver.enabled", "false")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/events;WRITE_DELAY=100");
    }

    private static ApplicationEnvironmentPreparedEvent prepared(MockEnvironment environment, Class<?> main) {
        SpringApplication application = new SpringApplication(AtelierApplication.class);
        application.setMainApplicationClass(main);
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application, new String[0],
                environment);
    }

    /** Stands for the packaged application. */
    static class Packaged {
    }

    static class Built {
    }

    /** What Spring's build names after the main class it made definitions for. */
    static class Built__ApplicationContextInitializer {
    }

    static class NotBuilt {
    }
}
