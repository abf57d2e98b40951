package org.pravaas.governance;

import java.time.LocalDate;
import java.util.Map;
import org.pravaas.governance.demo.HistoryGenerator;
import org.springframework.stereotype.Service;

/**
 * The demonstration history, 1951 to today, for the demo profile and for benchmarks that need
 * seventy-five years of data in an empty database.
 */
@Service
public class GovernanceHistory {
    private final HistoryGenerator generator;

    GovernanceHistory(HistoryGenerator generator) {
        this.generator = generator;
    }

    /** Loads it unless a governance history exists; returns whether it did. */
    public boolean loadDemoHistory() {
        return generator.load(LocalDate.now());
    }

    /** How many rows the history holds, per table, for reporting the size of a benchmark's input. */
    public Map<String, Long> size() {
        return generator.size();
    }
}
