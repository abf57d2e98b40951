package org.pravaas.registry.importing;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Each office's last column choices (header to field), so its next file is mapped the same way. */
@Repository
class ImportMappings {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ImportMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> remembered(UUID office) {
        return jdbc.sql(
                        "select import_mapping::text from registry.office_setting where office_id = :office and import_mapping is not null")
                .param("office", office)
                .query(String.class)
                .optional()
                .map(json -> JSON.readValue(json, new TypeReference<Map<String, String>>() {}))
                .orElse(Map.of());
    }

    void remember(UUID office, Map<String, String> mapping) {
        jdbc.sql(
                        """
                insert into registry.office_setting (office_id, import_mapping) values (:office, cast(:m as jsonb))
                on conflict (office_id) do update set import_mapping = cast(:m as jsonb)
                """)
                .param("office", office)
                .param("m", JSON.writeValueAsString(mapping))
                .update();
    }
}
