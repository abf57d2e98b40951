package org.pravaas.governance.session;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;
import org.pravaas.governance.session.SessionParts.File;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads the records kept of a session: documents and their files, attendance, officers. */
@Repository
public class SessionRecords {
    private final JdbcClient jdbc;

    SessionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addDocument(
            UUID id,
            UUID session,
            @Nullable UUID agendaItem,
            String symbol,
            LocalizedText titles,
            String language,
            @Nullable File file) {
        jdbc.sql(
                        """
                insert into governance.document (id, session_id, agenda_item_id, symbol, titles, language,
                                                 file_name, content_type, content)
                values (:id, :s, :item, :symbol, cast(:titles as jsonb), :language, :fileName, :type, :content)""")
                .param("id", id)
                .param("s", session)
                .param("item", agendaItem)
                .param("symbol", symbol)
                .param("titles", titles.toJson())
                .param("language", language)
                .param("fileName", file == null ? null : file.fileName())
                .param("type", file == null ? null : file.contentType())
                .param("content", file == null ? null : file.content())
                .update();
    }

    public Optional<File> file(UUID document) {
        return jdbc.sql("select file_name, content_type, content from governance.document"
                        + " where id = :id and content is not null")
                .param("id", document)
                .query((rs, row) ->
                        new File(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    public boolean symbolTaken(String symbol) {
        return jdbc.sql("select exists(select 1 from governance.document where symbol = :symbol)")
                .param("symbol", symbol)
                .query(Boolean.class)
                .single();
    }

    public void attend(UUID session, String country, String capacity, @Nullable String head) {
        jdbc.sql(
                        """
                insert into governance.attendance (session_id, country, capacity, head) values (:s, :c, :capacity, :head)
                on conflict (session_id, country) do update set capacity = excluded.capacity, head = excluded.head""")
                .param("s", session)
                .param("c", country)
                .param("capacity", capacity)
                .param("head", head)
                .update();
    }

    public void addOfficer(UUID id, UUID session, String role, String name, String country) {
        jdbc.sql(
                        """
                insert into governance.session_officer (id, session_id, role, name, country)
                values (:id, :s, :role, :name, :country)""")
                .param("id", id)
                .param("s", session)
                .param("role", role)
                .param("name", name)
                .param("country", country)
                .update();
    }
}
