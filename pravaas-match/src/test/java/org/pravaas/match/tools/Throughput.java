package org.pravaas.match.tools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pravaas.match.internal.compare.JaroWinkler;
import org.pravaas.match.internal.text.LatinKeys;
import org.pravaas.match.internal.text.NameForms;
import org.pravaas.match.internal.text.Normaliser;

/**
 * Prints single-thread throughputs: normalisation + transliteration of names (the distinct names of
 * a file, first cold then warm caches) and Jaro-Winkler comparisons. Usage:
 * {@code Throughput <people.csv> <dev_pairs.tsv>}; prints, never asserts.
 */
public final class Throughput {
    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        for (String line :
                Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).subList(1, 1_000_001)) {
            String[] f = line.split(",");
            names.add(f[2] + " " + f[3]);
        }
        List<String> xs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) xs.add(line.split("\t")[2]);
        for (int i = 0; i < 3; i++)
            rate("normalise+transliterate, xscript native names, no cache", xs, Throughput::uncached);
        for (int i = 0; i < 2; i++)
            rate("normalise+transliterate, 1M register names, no cache", names, Throughput::uncached);
        for (int i = 0; i < 3; i++)
            rate("normalise+transliterate, 1M register names (token cache warm)", names, Throughput::analyse);
        for (int i = 0; i < 2; i++)
            rate("full name preparation with name cache (NameForms.of)", names, n -> NameForms.of(n) == null ? 0 : 1);
        jaroWinkler(names);
    }

    private static int analyse(String name) {
        int n = 0;
        for (String t : Normaliser.tokens(name)) n += LatinKeys.of(t).size();
        return n;
    }

    private static int uncached(String name) {
        int n = 0;
        for (String t : Normaliser.tokens(name)) n += LatinKeys.uncached(t).size();
        return n;
    }

    private interface Work {
        int run(String name);
    }

    private static void rate(String what, List<String> names, Work work) {
        long t = System.nanoTime();
        long sink = 0;
        for (String n : names) sink += work.run(n);
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("%s: %,.0f names/s (%d names, checksum %d)%n", what, names.size() / s, names.size(), sink);
    }

    private static void jaroWinkler(List<String> names) {
        char[][] a = new char[4096][];
        for (int i = 0; i < a.length; i++)
            a[i] = names.get(i * 97).toLowerCase().toCharArray();
        for (int rep = 0; rep < 3; rep++) {
            long t = System.nanoTime();
            double sum = 0;
            long n = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < 2048; j++, n++) sum += JaroWinkler.similarity(a[i], a[j]);
            }
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("Jaro-Winkler: %,.0f comparisons/s (%d, checksum %.1f)%n", n / s, n, sum);
        }
    }
}
