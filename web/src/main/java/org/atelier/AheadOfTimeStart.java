package org.atelier;

import java.net.URL;
import java.security.CodeSource;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.atelier.web.storage.EmbeddedDefault;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts the packaged application on the embedded default from the bean definitions its build made
 * (Spring AOT, the web module's {@code process-aot}): no configuration class parsed, no condition
 * evaluated and no proxy class generated at each start (README, "Start"). Those definitions are the
 * embedded default's, made with no profile, Axon Server off, the in-process read-model server and the
 * H2 file, so a start configured otherwise (the {@code axonserver} profile, a MongoDB address,
 * another database) starts from the classes as before; so does one with
 * {@code atelier.start.ahead-of-time=false}, or with {@code spring.aot.enabled} set by the operator
 * (then theirs is obeyed), or one from the build's class folders ({@code spring-boot:run}, an IDE),
 * where the generated classes may be an older build's.
 *
 * <p>Decided once the environment is prepared (the profiles and every property source read), before
 * logging starts and the context is made: the two places that first ask whether the start is
 * ahead-of-time. Spring reads the answer from a system property.
 */
final class AheadOfTimeStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String SETTING = "atelier.start.ahead-of-time";
    /** After the environment's post-processors (configuration files, profiles), before logging. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

    private final Function<String, String> systemProperties;
    private final BiConsumer<String, String> setSystemProperty;
    private final Predicate<Class<?>> packagedAheadOfTime;

    AheadOfTimeStart() {
        this(System::getProperty, System::setProperty, AheadOfTimeStart::wasPackagedAheadOfTime);
    }

    AheadOfTimeStart(Function<String, String> systemProperties, BiConsumer<String, String> setSystemProperty,
                     Predicate<Class<?>> packagedAheadOfTime) {
        this.systemProperties = systemProperties;
        this.setSystemProperty = setSystemProperty;
        this.packagedAheadOfTime = packagedAheadOfTime;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Class<?> main = event.getSpringApplication().getMainApplicationClass();
        if (main != null && mayStartAheadOfTime(event.getEnvironment(), main)) {
            setSystemProperty.accept(AotDetector.AOT_ENABLED, "true");
        }
    }

    private boolean mayStartAheadOfTime(ConfigurableEnvironment environment, Class<?> main) {
        return systemProperties.apply(AotDetector.AOT_ENABLED) == null
                && environment.getProperty(SETTING, Boolean.class, true)
                && isEmbeddedDefault(environment)
                && packagedAheadOfTime.test(main);
    }

    /** The configuration the build's bean definitions were made with: no profile, the embedded default. */
    static boolean isEmbeddedDefault(ConfigurableEnvironment environment) {
        return environment.getActiveProfiles().length == 0 && EmbeddedDefault.isConfiguredIn(environment);
    }

    /** Run from a jar whose build made the bean definitions, so that they are that build's. */
    static boolean wasPackagedAheadOfTime(Class<?> main) {
        return wasBuiltAheadOfTime(main) && !loadedFromAFolder(main);
    }

    static boolean wasBuiltAheadOfTime(Class<?> main) {
        return ClassUtils.isPresent(main.getName() + "__ApplicationContextInitializer", main.getClassLoader());
    }

    /** Loaded from a folder of classes ({@code target/classes}) rather than from a jar, the single one's included. */
    static boolean loadedFromAFolder(Class<?> main) {
        CodeSource source = main.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return location == null || "file".equals(location.getProtocol()) && location.getPath().endsWith("/");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
