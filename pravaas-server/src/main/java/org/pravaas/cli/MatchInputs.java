package org.pravaas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.CsvFormatException;
import org.pravaas.match.FieldType;
import org.pravaas.match.MatchOptions;
import org.pravaas.match.Matcher;
import org.pravaas.match.Model;
import org.pravaas.match.PreparedRecords;
import org.pravaas.match.ReadOptions;
import org.pravaas.match.RecordFiles;
import org.pravaas.match.RecordSet;
import picocli.CommandLine.Option;

/** The options every matching command shares, and reading its inputs with them. */
class MatchInputs {
    @Option(names = "--id", description = "The column holding record ids (default: recognised by header).")
    @Nullable
    String idColumn;

    @Option(names = "--fields", description = "CSV of column,type (name, date, identifier, text, category, ignore).")
    @Nullable
    Path fieldsFile;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Keep pairs at or above this probability.")
    double threshold = 0.5;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    @Nullable
    Integer threads;

    @Option(names = "--month-first", description = "Read 01/02/1990 as 2 January.")
    boolean monthFirst;

    @Option(names = "--strict-dates", description = "Fail on an unparseable date instead of treating it as missing.")
    boolean strictDates;

    @Option(names = "--model", description = "Use this saved model instead of training one.")
    @Nullable
    Path model;

    @Option(names = "--save-model", description = "Save the trained model here (JSON).")
    @Nullable
    Path saveModel;

    RecordSet read(Path file, Progress progress) throws IOException {
        if (!Files.isReadable(file)) {
            throw new CsvFormatException(file.toString(), 0, 0, "no such file, or it cannot be read");
        }
        RecordSet set = RecordFiles.read(file, readOptions());
        progress.say("read %,d records from %s", set.records().size(), file);
        set.treatedAsMissing()
                .forEach((field, count) ->
                        progress.say("%s: %,d values were not dates and count as missing", field, count));
        return set;
    }

    MatchOptions options() {
        MatchOptions options = MatchOptions.defaults().withThreshold(threshold);
        return threads == null ? options : options.withThreads(threads);
    }

    Model model(PreparedRecords prepared, Progress progress) throws IOException {
        Model result;
        if (model != null) {
            result = Model.load(model);
            progress.say("loaded the model %s", model);
        } else {
            progress.say("training the model on %,d records (no labels needed)", prepared.size());
            result = Matcher.train(prepared, options());
        }
        if (saveModel != null) {
            result.save(saveModel);
            progress.say("saved the model to %s", saveModel);
        }
        return result;
    }

    private ReadOptions readOptions() throws IOException {
        Map<String, FieldType> types = new HashMap<>();
        Set<String> ignored = new HashSet<>();
        if (fieldsFile != null) {
            List<String> lines = Files.readAllLines(fieldsFile);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length != 2) {
                    throw new CsvFormatException(fieldsFile.toString(), i + 1, 0, "expected: column,type");
                }
                String column = parts[0].strip().toLowerCase(Locale.ROOT).replace(' ', '_');
                String type = parts[1].strip().toUpperCase(Locale.ROOT);
                if (type.equals("IGNORE")) {
                    ignored.add(column);
                } else {
                    types.put(column, fieldType(type, fieldsFile, i + 1));
                }
            }
        }
        return new ReadOptions(monthFirst, strictDates).withIdColumn(idColumn).withFields(types, ignored);
    }

    private static FieldType fieldType(String type, Path file, int line) {
        try {
            return FieldType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(
                    file.toString(),
                    line,
                    2,
                    "unknown type '" + type + "': use name, date, identifier, text, category or ignore");
        }
    }
}
