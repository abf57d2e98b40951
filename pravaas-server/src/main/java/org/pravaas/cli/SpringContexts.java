package org.pravaas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.PravaasApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Pravaas for a command: as a web server, or without one for batch work on the database
 * (which never seeds demo data: a command acts on the database as it is).
 */
final class SpringContexts {
    private SpringContexts() {}

    static ConfigurableApplicationContext server(@Nullable Integer port, @Nullable Path dataDir, String... extra) {
        return start(WebApplicationType.SERVLET, port, dataDir, extra);
    }

    static ConfigurableApplicationContext batch(@Nullable Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(
                List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN", "--spring.flyway.enabled=true"));
        args.addAll(List.of(extra));
        return start(WebApplicationType.NONE, null, dataDir, args.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(
            WebApplicationType type, @Nullable Integer port, @Nullable Path dataDir, String... extra) {
        SpringApplication app = new SpringApplication(PravaasApplication.class);
        app.setWebApplicationType(type);
        List<String> args = new ArrayList<>(List.of(extra));
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--pravaas.data-dir=" + dataDir);
        }
        return app.run(args.toArray(String[]::new));
    }
}
