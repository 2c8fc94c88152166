package org.atelier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Atelier: live Future Workshops, every board and figure rebuilt from the history of facts. */
@SpringBootApplication
public class AtelierApplication {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        run(args);
    }

    public static ConfigurableApplicationContext run(String... args) {
        // Axon's update checker calls its vendor at start-up; these machines have no such network.
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        return SpringApplication.run(AtelierApplication.class, args);
    }
}
