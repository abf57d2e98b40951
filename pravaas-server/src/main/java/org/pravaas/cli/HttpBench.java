package org.pravaas.cli;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Many signed-in users browsing list pages of a running Pravaas at once. Each user has its own
 * session; each loops over the pages until the time or request budget is spent.
 */
@Command(
        name = "http",
        mixinStandardHelpOptions = true,
        description = "Load a running Pravaas (loopback only) with signed-in users browsing list pages.")
class HttpBench implements Callable<Integer> {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080")
    String url = "http://127.0.0.1:8080";

    @Option(names = "--users", defaultValue = "50")
    int users = 50;

    @Option(names = "--seconds", defaultValue = "30", description = "How long to run (at most 600).")
    int seconds = 30;

    @Option(names = "--think-ms", defaultValue = "0", description = "Pause of each user between pages.")
    int thinkMs;

    @Option(names = "--max-requests", defaultValue = "500000")
    int maxRequests = 500000;

    @Option(names = "--username", defaultValue = "admin")
    String username = "admin";

    @Option(names = "--password", defaultValue = "pravaas-demo")
    String password = "pravaas-demo";

    @Option(
            names = "--pages",
            split = ",",
            defaultValue = "/admin/offices,/admin/users,/admin/partners,"
                    + "/admin/audit,/admin/offices?sort=name&dir=desc&page=1,/admin/users?q=a")
    List<String> pages = List.of();

    @Override
    public Integer call() throws Exception {
        URI base = URI.create(url);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()
                || seconds < 1
                || seconds > 600
                || users < 1
                || users > 500) {
            System.err.println(
                    "pravaas bench http: --url must be a loopback address, --seconds 1..600, --users 1..500");
            return 1;
        }
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger budget = new AtomicInteger(maxRequests);
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        for (int i = 0; i < users; i++) {
            int offset = i;
            threads.add(new Thread(() -> browse(base, offset, deadline, budget, latencies, errors), "user-" + i));
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "users=%d think=%dms seconds=%.1f requests=%d errors=%d throughput=%.0f/s"
                        + " p50=%.1fms p95=%.1fms p99=%.1fms%n",
                users,
                thinkMs,
                elapsed,
                latencies.count(),
                errors.get(),
                latencies.count() / elapsed,
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(99));
        return errors.get() == 0 ? 0 : 2;
    }

    private void browse(
            URI base, int offset, long deadline, AtomicInteger budget, Latencies latencies, AtomicInteger errors) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try {
            signIn(client, base, username, password);
        } catch (Exception e) {
            errors.incrementAndGet();
            return;
        }
        for (int n = offset; System.nanoTime() < deadline && budget.decrementAndGet() >= 0; n++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(pages.get(n % pages.size())))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                latencies.add((System.nanoTime() - t0) / 1000);
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                if (thinkMs > 0) {
                    Thread.sleep(thinkMs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
    }

    /** Signs the client in through the login form (its cookie handler keeps the session); fails if refused. */
    static void signIn(HttpClient client, URI base, String username, String password) throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
