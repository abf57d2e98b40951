package org.pravaas.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into a plain message at start-up instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Stop the other Pravaas first, or start this one with another data directory:"
                        + " ./pravaas serve --data-dir /some/other/folder",
                cause);
    }
}
