package org.pravaas.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the Pravaas server until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Pravaas server.")
class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: 8080, or server.port).")
    @Nullable
    Integer port;

    @Option(names = "--data-dir", description = "Where the embedded database keeps its data (default: ./data).")
    @Nullable
    Path dataDir;

    @Option(
            names = "--exit-when-ready",
            hidden = true,
            description = "Start, then stop at once: the launcher's class-data-sharing training run.")
    boolean exitWhenReady;

    @Override
    public Integer call() {
        int effectivePort = port == null ? Integer.getInteger("server.port", 8080) : port;
        if (!isFree(effectivePort)) {
            System.err.printf(
                    "pravaas: port %d is already in use. Stop what uses it, or choose another: "
                            + "./pravaas serve --port 8081%n",
                    effectivePort);
            return 1;
        }
        ConfigurableApplicationContext context = SpringContexts.server(port, dataDir);
        if (exitWhenReady) {
            context.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener((ContextClosedEvent event) -> stopped.countDown());
        announce(context.getEnvironment());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void announce(Environment env) {
        String url = "http://localhost:" + env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        System.out.println();
        System.out.println("Pravaas is running at " + url);
        if (env.matchesProfiles("demo")) {
            System.out.println("Demo accounts: admin, registrar, caseworker, health, movements, enumerator, elections,"
                    + " governance, partner, viewer - password: pravaas-demo");
            System.out.println("API token for admin: pravaas-demo-admin-token  (curl -H 'Authorization: Bearer "
                    + "pravaas-demo-admin-token' " + url + "/api/v1/offices)");
        }
        System.out.println("Stop it with Ctrl+C.");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
