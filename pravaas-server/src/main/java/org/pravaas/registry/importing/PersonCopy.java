package org.pravaas.registry.importing;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.pravaas.registry.person.Document;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonName;
import org.pravaas.registry.person.PreparedPerson.Prepared;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes prepared people with COPY into temporary staging tables of the current transaction,
 * then moves them into the registry with one INSERT per table. A person whose import key the
 * office already holds is skipped by the database, and nothing is visible until commit. An
 * imported person's first version is the row itself; its history snapshot is written when it is
 * first changed.
 */
@Component
class PersonCopy {
    private static final String PERSON_COLUMNS =
            "id, office_id, reference, version, status, sex, birth_date, birth_precision, birth_place, nationalities,"
                    + " phone, email, address_line, admin1, admin2, display_name, latin_name, name_codes, match_keys,"
                    + " import_key, created_at, created_by, updated_at, updated_by";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    PersonCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Creates the staging tables; call once per transaction before {@link #stage}. */
    void begin() {
        for (String t : List.of("person", "person_name", "document")) {
            jdbc.sql("create temp table if not exists s_" + t + " (like registry." + t
                            + " including defaults) on commit drop")
                    .update();
            jdbc.sql("truncate s_" + t).update();
        }
    }

    void stage(List<Prepared> people, List<String> importKeys) {
        CopyText persons = new CopyText();
        CopyText names = new CopyText();
        CopyText documents = new CopyText();
        for (int i = 0; i < people.size(); i++) {
            Prepared p = people.get(i);
            person(persons, p, importKeys.get(i));
            names(names, p.person());
            for (Document d : p.documents()) document(documents, d, p.person().createdBy());
        }
        copy("s_person (" + PERSON_COLUMNS + ")", persons);
        copy("s_person_name", names);
        copy(
                "s_document (id, person_id, kind, issuing_country, number, number_key, issued_on, expires_on, mrz, created_by)",
                documents);
    }

    /** Moves the staged people into the registry; returns how many were new. */
    int commit() {
        jdbc.sql("create temp table if not exists s_inserted (id uuid primary key) on commit drop")
                .update();
        jdbc.sql("truncate s_inserted").update();
        int stored = jdbc.sql(
                        "with ins as (insert into registry.person (" + PERSON_COLUMNS + ") select " + PERSON_COLUMNS
                                + " from s_person on conflict (office_id, import_key) where import_key is not null do nothing"
                                + " returning id) insert into s_inserted select id from ins")
                .update();
        for (String t : List.of("person_name", "document")) {
            jdbc.sql("insert into registry." + t + " select s.* from s_" + t
                            + " s join s_inserted i on i.id = s.person_id")
                    .update();
        }
        return stored;
    }

    /** The ids {@link #commit} stored, in this transaction. */
    List<java.util.UUID> insertedIds() {
        return jdbc.sql("select id from s_inserted").query(java.util.UUID.class).list();
    }

    private static void person(CopyText t, Prepared p, String importKey) {
        Person x = p.person();
        var d = x.details();
        t.value(x.id())
                .value(x.officeId())
                .value(x.reference())
                .value(1)
                .value("ACTIVE")
                .value(x.sex().name())
                .value(x.birth() == null ? null : x.birth().date())
                .value(x.birth() == null ? null : x.birth().precision().name())
                .value(d.birthPlace())
                .textArray(d.nationalities())
                .value(d.phone())
                .value(d.email())
                .value(d.address().line())
                .value(d.address().admin1())
                .value(d.address().admin2())
                .value(p.index().displayName())
                .value(p.index().latinName())
                .textArray(Arrays.asList(p.index().nameCodes()))
                .longArray(p.index().matchKeys())
                .value(importKey)
                .value(x.createdAt())
                .value(x.createdBy())
                .value(x.updatedAt())
                .value(x.updatedBy())
                .end();
    }

    private static void names(CopyText t, Person x) {
        List<PersonName> names = x.names();
        for (int i = 0; i < names.size(); i++) {
            PersonName n = names.get(i);
            t.value(x.id())
                    .value(i)
                    .value(n.kind().name())
                    .value(n.script())
                    .value(n.given())
                    .value(n.middle())
                    .value(n.family())
                    .value(n.father())
                    .value(n.latin())
                    .end();
        }
    }

    private static void document(CopyText t, Document d, String by) {
        t.value(d.id())
                .value(d.personId())
                .value(d.kind().name())
                .value(d.issuingCountry())
                .value(d.number())
                .value(Document.numberKey(d.number()))
                .value(d.issuedOn())
                .value(d.expiresOn())
                .value(d.mrz())
                .value(by)
                .end();
    }

    private void copy(String table, CopyText rows) {
        if (rows.length() == 0) return;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy " + table + " from stdin", new StringReader(rows.take()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
