package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every API test also starts the application on a data folder relative to the working directory. */
class H2FilePathTest {

    @Test
    void aFolderImplicitlyRelativeToTheWorkingDirectoryIsMadeAbsolute() {
        assertThat(H2FilePath.absolute("jdbc:h2:file:target/bench/events;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:" + Path.of("target/bench/events").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(H2FilePath.absolute("jdbc:h2:file:data/events"))
                .isEqualTo("jdbc:h2:file:" + Path.of("data/events").toAbsolutePath());
    }

    @Test
    void pathsH2TakesAsTheyAreAndOtherDatabasesAreLeftAlone() {
        String absolute = "jdbc:h2:file:" + Path.of("/srv/atelier/events").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        assertThat(H2FilePath.absolute(absolute)).isEqualTo(absolute);
        assertThat(H2FilePath.absolute("jdbc:h2:file:./data/events")).isEqualTo("jdbc:h2:file:./data/events");
        assertThat(H2FilePath.absolute("jdbc:h2:file:~/atelier/events")).isEqualTo("jdbc:h2:file:~/atelier/events");
        assertThat(H2FilePath.absolute("jdbc:postgresql://db/atelier")).isEqualTo("jdbc:postgresql://db/atelier");
    }
}
