package org.pravaas.cli;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts Pravaas as a separate process on a fresh data directory and on a used one, times the
 * way to readiness, then reads the resident memory of the idle JVM and of its PostgreSQL.
 */
@Command(
        name = "startup",
        mixinStandardHelpOptions = true,
        description = "Time from start to ready on the embedded database, and idle resident memory.")
class StartupBench implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "3")
    int runs = 3;

    @Option(names = "--port", defaultValue = "18080")
    int port = 18080;

    @Option(names = "--idle-seconds", defaultValue = "20")
    int idleSeconds = 20;

    @Option(names = "--java-options", defaultValue = "${env:PRAVAAS_JAVA_OPTS:--XX:+UseSerialGC -Xss512k}", split = " ")
    List<String> javaOptions = List.of();

    @Override
    public Integer call() throws Exception {
        Path jar = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0])
                .toAbsolutePath();
        if (runs < 1 || runs > 10 || !jar.toString().endsWith(".jar")) {
            System.err.println(
                    "pravaas bench startup: run it from the built jar (./pravaas bench startup), --runs 1..10");
            return 1;
        }
        Path data = Files.createTempDirectory("pravaas-bench-");
        for (int run = 1; run <= runs; run++) {
            measure(jar, data, run == 1 ? "fresh" : "existing", run == runs);
        }
        return 0;
    }

    private void measure(Path jar, Path data, String kind, boolean readMemory) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar"));
        command.addAll(1, javaOptions.stream().filter(o -> !o.isBlank()).toList());
        Path archive = jar.resolveSibling("pravaas.jsa");
        if (Files.isRegularFile(archive)) {
            // Measure what ./pravaas runs: with the class-data-sharing archive it prepared.
            command.addAll(1, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of(jar.toString(), "serve", "--port", String.valueOf(port), "--data-dir", data.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server-" + kind + ".log").toFile())
                .start();
        try {
            waitUntilReady();
            double seconds = (System.nanoTime() - start) / 1e9;
            String memory = "";
            if (readMemory) {
                Thread.sleep(idleSeconds * 1000L);
                long jvm = Memory.residentKiB(process.pid());
                long postgres = Memory.postgresPssKiB(data.resolve("pg/postmaster.pid"));
                memory = String.format(" idle_rss_jvm=%dMB idle_pss_postgres=%dMB", jvm / 1024, postgres / 1024);
            }
            System.out.printf("startup data=%s ready_after=%.2fs%s%n", kind, seconds, memory);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private void waitUntilReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Pravaas was not ready within 120 s");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Memory of processes, from /proc. */
    static final class Memory {
        static long residentKiB(long pid) {
            return field("/proc/" + pid + "/status", "VmRSS:");
        }

        /**
         * PostgreSQL runs detached from the JVM, as a postmaster and its workers sharing buffers; their
         * proportional set sizes add up without counting shared memory twice.
         */
        static long postgresPssKiB(Path pidFile) {
            try {
                long postmaster =
                        Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                return java.util.stream.Stream.concat(
                                ProcessHandle.of(postmaster).stream(),
                                ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants))
                        .mapToLong(p -> field("/proc/" + p.pid() + "/smaps_rollup", "Pss:"))
                        .sum();
            } catch (Exception gone) {
                return 0;
            }
        }

        private static long field(String file, String name) {
            try {
                for (String line : Files.readAllLines(Path.of(file))) {
                    if (line.startsWith(name)) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (Exception gone) {
                return 0;
            }
            return 0;
        }
    }
}
