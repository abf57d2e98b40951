package org.pravaas.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With spring.datasource.url set, Pravaas uses that PostgreSQL, starts none of its own, and seeds no demo. */
class ExternalDatabaseTests {
    @Test
    void runsOnAConfiguredPostgresWithoutDemoAccounts() throws Exception {
        try (EmbeddedPostgres external =
                EmbeddedPostgres.builder().setServerConfig("fsync", "off").start()) {
            SpringApplication app = new SpringApplication(PravaasApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            try (var context = app.run(
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres")) {
                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from organization.country")
                                .query(Long.class)
                                .single())
                        .isGreaterThan(240);
                assertThat(jdbc.sql("select count(*) from organization.app_user")
                                .query(Long.class)
                                .single())
                        .isZero();
            }
        }
    }
}
