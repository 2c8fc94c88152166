package org.atelier.web.storage;

import java.nio.file.Path;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Lets the event store's folder be given relative to the working directory ({@code data},
 * {@code target/bench}), as people give folders: H2 refuses a file URL whose path is implicitly
 * relative, so such a path is made absolute before the connection pool is built. Paths H2 accepts
 * as they are ({@code ./data}, {@code ~/data}, absolute ones) and other databases are left alone.
 */
@Component
class H2FilePath implements BeanPostProcessor {

    private static final String PREFIX = EmbeddedDefault.H2_FILE_URL;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            properties.setUrl(absolute(properties.getUrl()));
        }
        return bean;
    }

    static String absolute(String url) {
        if (!url.startsWith(PREFIX)) {
            return url;
        }
        String rest = url.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.startsWith("./") || path.startsWith("~") || Path.of(path).isAbsolute()) {
            return url;
        }
        return PREFIX + Path.of(path).toAbsolutePath().normalize() + (settings < 0 ? "" : rest.substring(settings));
    }
}
