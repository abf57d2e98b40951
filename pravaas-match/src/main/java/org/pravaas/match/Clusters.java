package org.pravaas.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entities from pairs: connected components (union-find) of the pairs at or above a threshold. */
public final class Clusters {
    private final Map<String, String> parent = new HashMap<>();
    private final double threshold;

    public Clusters(double threshold) {
        this.threshold = threshold;
    }

    /** Adds a pair; ignored below the threshold. Not thread-safe. */
    public void add(ScoredPair pair) {
        if (pair.probability() >= threshold) union(pair.leftId(), pair.rightId());
    }

    public void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }

    private String find(String id) {
        String root = id;
        for (String p = parent.get(root); p != null; p = parent.get(root)) root = p;
        for (String cur = id; !cur.equals(root); ) { // path compression keeps later finds short
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    /** Every cluster of two or more ids. */
    public List<List<String>> clusters() {
        Map<String, List<String>> byRoot = new HashMap<>();
        for (String id : new ArrayList<>(parent.keySet()))
            byRoot.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id);
        List<List<String>> out = new ArrayList<>();
        byRoot.forEach((root, members) -> {
            if (!members.contains(root)) members.add(root);
            out.add(members);
        });
        return out;
    }
}
