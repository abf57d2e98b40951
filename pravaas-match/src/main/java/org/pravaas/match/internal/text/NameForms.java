package org.pravaas.match.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A name prepared once for many comparisons: its script and several Latin readings (each a list of
 * lowercase ASCII tokens, as char arrays), built from the spellings of each token. The first
 * reading is the most likely one.
 */
public final class NameForms {
    // 65,536 names (about 90 MB): enough for the common names, small enough for a server's heap.
    private static final int CACHE_LIMIT = 1 << 16;
    // Names repeat a lot in real registers: prepare each distinct spelling once.
    private static final ConcurrentHashMap<String, NameForms> CACHE = new ConcurrentHashMap<>();

    private final Script script;
    private final @Nullable Channel channel;
    private final char[] reversedJoined;
    private final char[][] nativeTokens;
    private final char[][][] spellings;
    private final char[] nativeJoined;
    private final char[][][] readings;
    private final char[][] joined;
    private final String key;
    private final String phonetic;
    private final BlockingMaterial blocking;

    private NameForms(Script script, List<String> written, List<List<String>> options, List<List<String>> readings) {
        this.script = script;
        this.spellings = Readings.chars(options);
        this.channel = Channel.of(script, written);
        this.nativeTokens = Readings.chars(written);
        this.nativeJoined = String.join("", written).toCharArray();
        this.readings = Readings.chars(readings);
        this.joined = new char[readings.size()][];
        for (int r = 0; r < readings.size(); r++)
            joined[r] = String.join("", readings.get(r)).toCharArray();
        this.reversedJoined = Readings.reversedJoined(readings);
        this.phonetic = joined.length == 0 ? "" : Phonetic.code(new String(joined[0]));
        this.blocking = BlockingMaterial.of(this.readings, joined.length == 0 ? new char[0] : joined[0]);
        this.key = readings.isEmpty()
                ? ""
                : String.join(" ", readings.get(0).stream().sorted().toList());
    }

    /** Null when the name has no letters at all. */
    public static @Nullable NameForms of(String raw) {
        NameForms cached = CACHE.get(raw);
        if (cached != null) return cached;
        NameForms computed = compute(raw);
        if (computed != null) {
            if (CACHE.size() > CACHE_LIMIT) CACHE.clear(); // crude bound; a miss only costs time
            CACHE.put(raw, computed);
        }
        return computed;
    }

    private static @Nullable NameForms compute(String raw) {
        List<List<String>> options = new ArrayList<>();
        List<String> tokens = Normaliser.tokens(raw);
        for (String token : tokens) addOptions(token, options);
        if (options.isEmpty()) return null;
        return new NameForms(Script.of(raw), tokens, options, Readings.of(options));
    }

    private static void addOptions(String token, List<List<String>> options) {
        List<String> split = KoreanNames.split(token);
        if (split != null) {
            options.add(KoreanNames.surnameSpellings(split.get(0)));
            options.add(LatinKeys.of(split.get(1)));
            return;
        }
        // Digits and symbols spell nothing: "123" is no name, and two of them are no match.
        List<String> letters =
                LatinKeys.of(token).stream().filter(t -> !t.isEmpty()).toList();
        if (letters.isEmpty()) return;
        List<String> spellings = ArabicCompounds.merge(options, letters);
        if (!spellings.isEmpty()) options.add(spellings);
    }

    public Script script() {
        return script;
    }

    /** The first reading's tokens joined last to first: "minseok kim" as "kimminseok". */
    public char[] reversedJoined() {
        return reversedJoined;
    }

    /** Precomputed hashes the blocking rules combine. */
    public BlockingMaterial blocking() {
        return blocking;
    }

    /** The channel model of a name in a script with learned tables, else null. */
    public @Nullable Channel channel() {
        return channel;
    }

    /** For each name part, its Latin spellings, most likely first. */
    public char[][][] spellings() {
        return spellings;
    }

    /** The folded tokens in the name's own script, for comparing two names written alike. */
    public char[][] nativeTokens() {
        return nativeTokens;
    }

    public char[] nativeJoined() {
        return nativeJoined;
    }

    public int readingCount() {
        return readings.length;
    }

    public char[][] reading(int r) {
        return readings[r];
    }

    public char[] joined(int r) {
        return joined[r];
    }

    /** Sorted tokens of the first reading, for exact agreement and term frequencies. */
    public String key() {
        return key;
    }

    /** The phonetic code of the first reading, all tokens joined. */
    public String phonetic() {
        return phonetic;
    }
}
