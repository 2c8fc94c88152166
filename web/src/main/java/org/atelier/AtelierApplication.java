package org.atelier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Atelier: live Future Workshops, every board and figure rebuilt from the history of facts. */
@SpringBootApplication
public class AtelierApplication {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";
    /**
     * H2 keeps a shared cache of the small values it reads, to hand out one object for equal ones:
     * every text and number read from a row goes through it (hashed, looked up, kept): 5 % of a
     * rebuild's reading of the history in a profile. Off, unless the operator's command line says otherwise.
     */
    static final String H2_VALUE_CACHE = "h2.objectCache";

    /** The packaged application's start: ahead-of-time on the embedded default ({@link AheadOfTimeStart}). */
    public static void main(String[] args) {
        SpringApplication atelier = application();
        atelier.addListeners(new AheadOfTimeStart());
        atelier.run(args);
    }

    /**
     * A start inside another program (tests, benches): from the classes, as Spring's switch to the
     * build's bean definitions is a system property, which would hold for every later context there.
     */
    public static ConfigurableApplicationContext run(String... args) {
        return application().run(args);
    }

    private static SpringApplication application() {
        // Axon's update checker calls its vendor at start-up; these machines have no such network.
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        System.getProperties().putIfAbsent(H2_VALUE_CACHE, "false");
        SpringApplication atelier = new SpringApplication(AtelierApplication.class);
        atelier.addListeners(new ClassArchiveTraining());
        return atelier;
    }
}
