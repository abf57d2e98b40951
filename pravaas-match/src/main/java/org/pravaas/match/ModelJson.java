package org.pravaas.match;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Typed access to parsed model JSON, with clear messages for what is wrong. */
final class ModelJson {
    private ModelJson() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o, Set<String> allowed) {
        if (!(o instanceof Map<?, ?> map)) throw new IllegalArgumentException("expected a JSON object");
        Set<String> unknown = new TreeSet<>((Set<String>) map.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown keys in model: " + unknown);
        for (String key : allowed) {
            if (!map.containsKey(key)) throw new IllegalArgumentException("model lacks '" + key + "'");
        }
        return (Map<String, Object>) map;
    }

    static List<?> list(Object o) {
        if (!(o instanceof List<?> l)) throw new IllegalArgumentException("expected a JSON array");
        return l;
    }

    static double number(Object o) {
        if (!(o instanceof Double d)) throw new IllegalArgumentException("expected a number");
        return d;
    }

    static double[] numbers(Object o) {
        List<?> l = list(o);
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = number(l.get(i));
        return out;
    }
}
