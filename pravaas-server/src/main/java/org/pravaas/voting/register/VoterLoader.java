package org.pravaas.voting.register;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.pravaas.shared.Ids;
import org.pravaas.voting.election.DocumentKind;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an existing voter register (already checked and deduplicated elsewhere) with COPY: the
 * names' readings, sound codes and blocking keys are computed on every core, receipt numbers
 * are reserved in one step. For demo data, benchmarks and migrations; not for the registrar's
 * desk, which goes through {@link RegistrationService}.
 */
@Component
public class VoterLoader {
    private final DataSource dataSource;
    private final Elections elections;
    private final VoterMatching matching;

    VoterLoader(DataSource dataSource, Elections elections, VoterMatching matching) {
        this.dataSource = dataSource;
        this.elections = elections;
        this.matching = matching;
    }

    /** A voter of the register being loaded. */
    public record Applicant(
            String given,
            String family,
            LocalDate birthDate,
            Sex sex,
            DocumentKind documentKind,
            String documentNumber) {}

    /** Loads the applicants onto the station's list; the ids given, in order. */
    @Transactional
    public List<UUID> load(Election election, Station station, List<Applicant> applicants, String by) {
        long first = elections.reserveReceipts(election.id(), applicants.size());
        String at = Instant.now().toString();
        List<String[]> rows = java.util.stream.IntStream.range(0, applicants.size())
                .parallel()
                .mapToObj(i -> row(election, station, applicants.get(i), first + i, at, by))
                .toList();
        StringBuilder voters = new StringBuilder(applicants.size() * 300);
        StringBuilder documents = new StringBuilder(applicants.size() * 60);
        for (String[] r : rows) {
            voters.append(r[0]);
            documents.append(r[1]);
        }
        copy(
                "voting.voter (id, election_id, station_id, receipt_number, status, given, family, script, latin_name,"
                        + " birth_date, sex, name_codes, match_keys, registered_at, registered_by)",
                voters);
        copy("voting.voter_document (voter_id, position, kind, number)", documents);
        return rows.stream().map(r -> UUID.fromString(r[2])).toList();
    }

    private String[] row(Election election, Station station, Applicant a, long receipt, String at, String by) {
        UUID id = Ids.newId();
        var reading = VoterMatching.reading(a.given(), a.family());
        var profile = new VoterMatching.Profile(
                id.toString(),
                a.given(),
                a.family(),
                a.birthDate(),
                a.sex(),
                election.country(),
                Voters.keyOf(a.documentNumber()));
        String voter = String.join(
                        "\t",
                        List.of(
                                id.toString(),
                                election.id().toString(),
                                station.id().toString(),
                                Long.toString(receipt),
                                "REGISTERED",
                                escape(a.given()),
                                escape(a.family()),
                                reading.script(),
                                escape(reading.latin()),
                                a.birthDate().toString(),
                                a.sex().name(),
                                textArray(VoterMatching.nameCodes(a.given(), a.family())),
                                longArray(matching.matchKeys(profile)),
                                at,
                                escape(by)))
                + "\n";
        String document = id + "\t1\t" + a.documentKind().name() + "\t" + escape(a.documentNumber()) + "\n";
        return new String[] {voter, document, id.toString()};
    }

    private void copy(String table, CharSequence rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not load voters: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    private static String textArray(String[] values) {
        StringBuilder a = new StringBuilder("{");
        for (String v : values) {
            if (a.length() > 1) a.append(',');
            a.append('"')
                    .append(v.replace("\\", "\\\\\\\\").replace("\"", "\\\\\""))
                    .append('"');
        }
        return a.append('}').toString();
    }

    private static String longArray(long[] values) {
        StringBuilder a = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) a.append(',');
            a.append(values[i]);
        }
        return a.append('}').toString();
    }
}
