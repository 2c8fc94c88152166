package org.atelier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Atelier: live Future Workshops, every board and figure rebuilt from the history of facts. */
@SpringBootApplication
public class AtelierApplication {

    public static void main(String[] args) {
        // Axon's update checker calls its vendor at start-up; these machines have no such network.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(AtelierApplication.class, args);
    }
}
