package org.pravaas.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside Pravaas when no {@code spring.datasource.url} is configured, keeping
 * its data under {@code pravaas.data-dir}/pg between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataDirectory dataDirectory(@Value("${pravaas.data-dir:./data}") Path root) {
        return DataDirectory.claim(root);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            DataDirectory directory,
            @Value("${pravaas.embedded-db.durable:true}") boolean durable,
            @Value("${pravaas.embedded-db.clean:false}") boolean clean,
            @Value("${pravaas.embedded-db.shared-buffers:128MB}") String sharedBuffers) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.postgresData())
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "60")
                    // A field laptop keeps the default small; a server with millions of people raises it.
                    .setServerConfig("shared_buffers", sharedBuffers)
                    .setServerConfig("maintenance_work_mem", "256MB")
                    // Bulk imports write a lot of WAL; fewer, larger checkpoints keep them steady.
                    .setServerConfig("max_wal_size", "4GB");
            // The embedded database holds a field office's real records: flush to disk on commit.
            // (The library defaults to fsync and synchronous commit off, which suits only tests.)
            String flush = durable ? "on" : "off";
            builder.setServerConfig("fsync", flush)
                    .setServerConfig("synchronous_commit", flush)
                    .setServerConfig("full_page_writes", flush);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${pravaas.embedded-db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("pravaas");
        return new HikariDataSource(config);
    }
}
