package org.pravaas.match.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The Latin spellings of one name token, most likely first; cached since names repeat a lot. */
public final class LatinKeys {
    private static final int CACHE_LIMIT = 1 << 16;
    private static final ConcurrentHashMap<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private LatinKeys() {}

    public static List<String> of(String token) {
        if (Normaliser.isAscii(token)) return List.of(IcuLatin.lettersOnly(token));
        List<String> cached = CACHE.get(token);
        if (cached != null) return cached;
        List<String> computed = compute(token, Script.of(token));
        if (CACHE.size() > CACHE_LIMIT) CACHE.clear(); // a crude bound; a miss only costs time
        CACHE.put(token, computed);
        return computed;
    }

    /** The spellings computed afresh, bypassing the cache: for measuring the real work. */
    public static List<String> uncached(String token) {
        return Normaliser.isAscii(token) ? List.of(IcuLatin.lettersOnly(token)) : compute(token, Script.of(token));
    }

    private static List<String> compute(String token, Script script) {
        Set<String> out = new LinkedHashSet<>();
        LearnedTables tables = LearnedTables.get();
        switch (script) {
            case DEVANAGARI -> {
                out.addAll(tables.spellings(script, token, 6));
                out.add(Devanagari.toLatin(token));
            }
            case HANGUL -> {
                out.addAll(tables.spellings(script, token, 4));
                out.add(Hangul.revised(token));
                out.add(Hangul.mccuneReischauer(token));
            }
            case ARABIC -> arabic(token, tables, out);
            default -> out.add(IcuLatin.of(token));
        }
        out.remove("");
        return out.isEmpty() ? List.of(IcuLatin.of(token)) : List.copyOf(out);
    }

    private static void arabic(String token, LearnedTables tables, Set<String> out) {
        out.addAll(tables.spellings(Script.ARABIC, token, 10));
        out.add(Arabic.toLatin(token));
        if (Arabic.hasArticle(token)) {
            List<String> bare = new ArrayList<>(tables.spellings(Script.ARABIC, token.substring(2), 2));
            out.addAll(bare);
            for (String b : bare) out.add("al" + b);
        }
    }
}
