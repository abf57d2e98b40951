package org.pravaas.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pravaas.match.internal.io.Json;
import org.pravaas.match.internal.score.Levels;

/**
 * A Fellegi-Sunter model: for each field and agreement level, m (probability of that level among
 * true matches) and u (among non-matches), plus the prior probability that a candidate pair is a
 * match. Immutable; saved and loaded as JSON so that a server reuses what a batch run trained.
 */
public final class Model {
    private static final String FORMAT = "pravaas-match-model/1";

    private final Schema schema;
    private final double prior;
    private final double[][] m;
    private final double[][] u;

    /** Validates that each field has one m and one u per level, all in (0, 1]. */
    public Model(Schema schema, double prior, double[][] m, double[][] u) {
        if (!(prior > 0 && prior < 1)) throw new IllegalArgumentException("prior must be in (0, 1)");
        if (m.length != schema.size() || u.length != schema.size())
            throw new IllegalArgumentException("one m and u row per field");
        for (int f = 0; f < schema.size(); f++) {
            int levels = Levels.count(schema.field(f).type());
            if (m[f].length != levels || u[f].length != levels) {
                throw new IllegalArgumentException(
                        "field '" + schema.field(f).name() + "' needs " + levels + " levels");
            }
            for (int l = 0; l < levels; l++) {
                if (!(m[f][l] > 0 && m[f][l] <= 1 && u[f][l] > 0 && u[f][l] <= 1))
                    throw new IllegalArgumentException("probabilities must be in (0, 1]");
            }
        }
        this.schema = schema;
        this.prior = prior;
        this.m = deepCopy(m);
        this.u = deepCopy(u);
    }

    /** A model with rough, hand-set probabilities: good for ranking before any training. */
    public static Model untrained(Schema schema) {
        double[][] m = new double[schema.size()][];
        double[][] u = new double[schema.size()][];
        for (int f = 0; f < schema.size(); f++) {
            m[f] = Defaults.m(schema.field(f).type());
            u[f] = Defaults.u(schema.field(f).type());
        }
        return new Model(schema, 0.01, m, u);
    }

    public Schema schema() {
        return schema;
    }

    public double prior() {
        return prior;
    }

    public double m(int field, int level) {
        return m[field][level];
    }

    public double u(int field, int level) {
        return u[field][level];
    }

    public String toJson() {
        List<Object> fields = new ArrayList<>();
        for (int f = 0; f < schema.size(); f++) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", schema.field(f).name());
            field.put("type", schema.field(f).type().name());
            field.put("levels", Levels.labels(schema.field(f).type()));
            field.put("m", m[f]);
            field.put("u", u[f]);
            fields.add(field);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("prior", prior);
        root.put("fields", fields);
        return Json.write(root) + "\n";
    }

    /** Parses a model; unknown keys, a wrong format tag or inconsistent levels are rejected. */
    public static Model fromJson(String json) {
        Map<String, Object> root = ModelJson.object(Json.parse(json), Set.of("format", "prior", "fields"));
        if (!FORMAT.equals(root.get("format"))) throw new IllegalArgumentException("not a " + FORMAT + " file");
        List<FieldSpec> specs = new ArrayList<>();
        List<double[]> ms = new ArrayList<>();
        List<double[]> us = new ArrayList<>();
        for (Object o : ModelJson.list(root.get("fields"))) {
            Map<String, Object> f = ModelJson.object(o, Set.of("name", "type", "levels", "m", "u"));
            specs.add(new FieldSpec((String) f.get("name"), FieldType.valueOf((String) f.get("type"))));
            ms.add(ModelJson.numbers(f.get("m")));
            us.add(ModelJson.numbers(f.get("u")));
        }
        return new Model(
                new Schema(specs),
                ModelJson.number(root.get("prior")),
                ms.toArray(double[][]::new),
                us.toArray(double[][]::new));
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public static Model load(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = a[i].clone();
        return out;
    }
}
