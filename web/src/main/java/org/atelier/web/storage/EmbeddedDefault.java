package org.atelier.web.storage;

import org.springframework.core.env.Environment;

/**
 * What makes a configuration the embedded default, said once: Axon Server off (the events in the
 * application's own store), no MongoDB address (the read models in the in-process server), the
 * store an H2 file. The storage configurations are made on these conditions, and the start from
 * the build's bean definitions ({@code AheadOfTimeStart}), made with them, asks for all three.
 */
public final class EmbeddedDefault {

    static final String AXON_SERVER_ENABLED = "axon.axonserver.enabled";
    static final String H2_FILE_URL = "jdbc:h2:file:";
    static final String WITHOUT_MONGODB_URI = "'${spring.data.mongodb.uri:}'.isEmpty()";
    static final String ON_AN_H2_FILE = "'${spring.datasource.url:}'.startsWith('" + H2_FILE_URL + "')";

    private EmbeddedDefault() {
    }

    /** Whether the three conditions hold in {@code environment}, as the storage configurations read them. */
    public static boolean isConfiguredIn(Environment environment) {
        return "false".equals(environment.getProperty(AXON_SERVER_ENABLED))
                && environment.getProperty("spring.data.mongodb.uri", "").isEmpty()
                && environment.getProperty("spring.datasource.url", "").startsWith(H2_FILE_URL);
    }
}
