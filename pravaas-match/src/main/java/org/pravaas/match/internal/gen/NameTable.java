package org.pravaas.match.internal.gen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Names per country and kind (surname, male, female), in native script and Latin spellings. */
final class NameTable {
    /** One name: native form (null for Latin-script countries) and its Latin spellings, commonest first. */
    record Name(String nativeForm, List<String> latin) {
        boolean hasNative() {
            return !nativeForm.equals("-");
        }
    }

    private final Map<String, List<Name>> names;

    private NameTable(Map<String, List<Name>> names) {
        this.names = names;
    }

    static NameTable load() {
        Map<String, List<Name>> names = new HashMap<>();
        try (InputStream in = NameTable.class.getResourceAsStream("names.tsv")) {
            if (in == null) throw new IllegalStateException("names.tsv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                names.computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>())
                        .add(new Name(f[2], List.of(f[3].split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameTable(names);
    }

    /** A name drawn with Zipf frequencies: the list is ordered commonest first. */
    Name draw(String country, String kind, SplittableRandom random) {
        List<Name> list = names.get(country + "/" + kind);
        return list.get(zipf(list.size(), random));
    }

    static int zipf(int n, SplittableRandom random) {
        double h = 0;
        for (int i = 1; i <= n; i++) h += 1.0 / i;
        double u = random.nextDouble() * h;
        for (int i = 1; i <= n; i++) {
            u -= 1.0 / i;
            if (u <= 0) return i - 1;
        }
        return n - 1;
    }
}
