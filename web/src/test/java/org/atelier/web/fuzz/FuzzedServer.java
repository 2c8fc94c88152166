package org.atelier.web.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.AtelierApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on the embedded default for the fuzz properties, started once for all of them:
 * jqwik runs properties outside Spring's test context, so they share this one instead. Limits are
 * raised so that only the input decides the answer.
 */
final class FuzzedServer {

    static final String ORGANISER = "organiser-key-for-fuzzing";

    private static ConfigurableApplicationContext context;

    private FuzzedServer() {
    }

    static synchronized int port() {
        if (context == null) {
            context = AtelierApplication.run("--server.port=0", "--atelier.data-dir=" + freshFolder(),
                    "--atelier.organiser-key=" + ORGANISER, "--atelier.rate-limit.burst=1000000",
                    "--atelier.rate-limit.join.burst=1000000",
                    "--atelier.rate-limit.failed-authentication.burst=1000000", "--spring.jmx.enabled=false");
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String freshFolder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "atelier-fuzz").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
