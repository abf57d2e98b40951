package org.pravaas.registry.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.shared.web.Csv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The refused rows of an import as a file the user can fix and import again: the row number,
 * the column, the reason in the user's language, then the row's cells as they were.
 */
@Component
public class ImportReports {
    static final int MAX_ERRORS = 1_000_000;

    private final ImportService imports;
    private final MessageSource messages;

    ImportReports(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The file's own columns plus {@code pravaas_errors}: fix the cells, import the file again. */
    public void writeErrors(UUID job, OutputStream out, Locale locale) throws IOException {
        List<StoredError> errors = imports.errors(job, MAX_ERRORS);
        List<String> header = imports.header(job);
        try (Csv csv = new Csv(out)) {
            List<Object> head = new ArrayList<>(header);
            head.add("pravaas_errors");
            csv.row(head);
            int i = 0;
            while (i < errors.size()) {
                int row = errors.get(i).error().row();
                List<String> reasons = new ArrayList<>();
                List<String> cells = errors.get(i).raw();
                for (; i < errors.size() && errors.get(i).error().row() == row; i++) {
                    RowError e = errors.get(i).error();
                    reasons.add(messages.getMessage(
                            "registry.import.row-error", new Object[] {row, e.column(), reason(e, locale)}, locale));
                }
                List<Object> line = new ArrayList<>(cells);
                line.add(String.join(" ", reasons));
                csv.row(line);
            }
        }
    }

    public String reason(RowError e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale);
    }
}
