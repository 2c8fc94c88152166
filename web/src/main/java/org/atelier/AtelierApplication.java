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

    public static void main(String[] args) {
        run(args);
    }

    public static ConfigurableApplicationContext run(String... args) {
        // Axon's update checker calls its vendor at start-up; these machines have no such network.
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        System.getProperties().putIfAbsent(H2_VALUE_CACHE, "false");
        SpringApplication atelier = new SpringApplication(AtelierApplication.class);
        atelier.addListeners(new ClassArchiveTraining());
        return atelier.run(args);
    }
}
