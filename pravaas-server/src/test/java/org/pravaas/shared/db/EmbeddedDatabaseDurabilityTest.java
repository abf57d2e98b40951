package org.pravaas.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field office's records survive a power cut: the embedded database flushes on commit. */
class EmbeddedDatabaseDurabilityTest {
    @Test
    void theServersDatabaseFlushesToDiskOnCommit(@TempDir Path root) throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        try (DataDirectory directory = DataDirectory.claim(root);
                EmbeddedPostgres postgres = configuration.embeddedPostgres(directory, true, false, "128MB");
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String setting(Connection connection, String name) throws Exception {
        try (ResultSet rs = connection.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
