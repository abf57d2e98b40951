package org.pravaas.match;

import java.util.List;
import java.util.Map;

/**
 * Records read from a file: the schema recognised from its header, the records, the true entity of
 * each record id where the file says so (a truth column), and how many values of each column were
 * unreadable and treated as missing.
 */
public record RecordSet(
        Schema schema, List<MatchRecord> records, Map<String, String> truth, Map<String, Integer> treatedAsMissing) {
    public RecordSet {
        records = List.copyOf(records);
        truth = Map.copyOf(truth);
        treatedAsMissing = Map.copyOf(treatedAsMissing);
    }
}
