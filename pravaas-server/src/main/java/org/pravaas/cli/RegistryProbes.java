package org.pravaas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pravaas.registry.matching.DuplicateCheck;
import org.pravaas.registry.person.NameKind;
import org.pravaas.registry.person.NameReadings;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonCommand.NameInput;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonMatching.Profile;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.registry.person.PersonStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's hot paths as a registrar hits them: the duplicate check of a person typed in
 * Latin letters (whatever script they were registered in, without their document), and a name
 * search. People are sampled at random from the registry.
 */
final class RegistryProbes {
    private final DuplicateCheck check;
    private final PersonDirectory directory;
    private final PersonStore store;
    private final JdbcClient jdbc;

    RegistryProbes(ConfigurableApplicationContext context) {
        this.check = context.getBean(DuplicateCheck.class);
        this.directory = context.getBean(PersonDirectory.class);
        this.store = context.getBean(PersonStore.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    record Checks(double p50, double p99, double perSecond) {}

    record Searches(double p50, double p95) {}

    Checks checks(int count) throws Exception {
        List<Profile> probes =
                sample(count).stream().map(RegistryProbes::latinProbe).toList();
        probes.stream().limit(200).forEach(p -> check.check(p, 5));
        Latencies single = new Latencies();
        for (Profile p : probes) {
            long start = System.nanoTime();
            check.check(p, 5);
            single.add((System.nanoTime() - start) / 1000);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            List<Profile> half = probes.subList(t * probes.size() / 2, (t + 1) * probes.size() / 2);
            runs.add(pool.submit(() -> half.forEach(p -> check.check(p, 5))));
        }
        for (Future<?> f : runs) f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Checks(single.percentileMillis(50), single.percentileMillis(99), probes.size() / seconds);
    }

    Searches searches(int count) {
        List<String> names =
                sample(count).stream().map(p -> p.primaryName().latin()).toList();
        names.stream().limit(100).forEach(n -> directory.search(new PersonQuery(n, null, null)));
        Latencies l = new Latencies();
        for (String n : names) {
            long start = System.nanoTime();
            directory.search(new PersonQuery(n, null, null));
            l.add((System.nanoTime() - start) / 1000);
        }
        return new Searches(l.percentileMillis(50), l.percentileMillis(95));
    }

    private List<Person> sample(int count) {
        long total = jdbc.sql("select count(*) from registry.person")
                .query(Long.class)
                .single();
        double percent = Math.min(100, 100.0 * count * 3 / Math.max(1, total));
        List<UUID> ids = jdbc.sql("select id from registry.person tablesample system (" + percent
                        + ") order by random() limit :n")
                .param("n", count)
                .query(UUID.class)
                .list();
        return store.persons().findAll(ids);
    }

    /** The person as a registrar would type them from memory: Latin letters, no document. */
    private static Profile latinProbe(Person p) {
        String[] words = p.primaryName().latin().split(" ");
        String family = words[words.length - 1];
        String given = String.join(" ", java.util.Arrays.copyOf(words, Math.max(1, words.length - 1)));
        var name = NameReadings.of(
                new NameInput(NameKind.PRIMARY, given, null, words.length > 1 ? family : null, null), NameKind.PRIMARY);
        return new Profile(
                "probe", List.of(name), p.birth(), p.sex(), p.details().nationalities(), List.of());
    }
}
