package org.atelier.web.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The one folder that holds everything the embedded default keeps: events, read models, keys. */
@Component
public class DataFolder {

    private final Path root;

    DataFolder(@Value("${atelier.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root, e);
        }
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }
}
