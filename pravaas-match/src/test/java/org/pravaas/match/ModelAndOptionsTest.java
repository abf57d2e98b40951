package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelAndOptionsTest {
    private static final Schema SCHEMA =
            Schema.of(new FieldSpec("name", FieldType.NAME), new FieldSpec("dob", FieldType.DATE));

    @Test
    void aModelSurvivesARoundTripThroughJson() {
        Model model = Model.untrained(SCHEMA);
        Model back = Model.fromJson(model.toJson());
        assertThat(back.schema()).isEqualTo(SCHEMA);
        assertThat(back.prior()).isEqualTo(model.prior());
        assertThat(back.m(1, 4)).isEqualTo(model.m(1, 4));
        assertThat(back.toJson()).isEqualTo(model.toJson());
    }

    @Test
    void rejectsAModelFileWithUnknownKeys() {
        String json = Model.untrained(SCHEMA).toJson().replace("\"prior\"", "\"colour\": 1, \"prior\"");
        assertThatThrownBy(() -> Model.fromJson(json)).hasMessageContaining("unknown keys in model: [colour]");
    }

    @Test
    void rejectsAModelWhoseLevelsDoNotFitTheFieldType() {
        String json = Model.untrained(SCHEMA).toJson().replaceFirst("\"m\": \\[", "\"m\": [0.5, ");
        assertThatThrownBy(() -> Model.fromJson(json)).hasMessageContaining("needs 5 levels");
    }

    @Test
    void rejectsUnknownMatchingOptions() {
        assertThatThrownBy(() -> MatchOptions.fromMap(Map.of("treshold", "0.8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown matching options: [treshold]");
    }

    @Test
    void readsKnownOptionsAndValidatesTheirRange() {
        assertThat(MatchOptions.fromMap(Map.of("threshold", "0.8", "threads", "1"))
                        .threshold())
                .isEqualTo(0.8);
        assertThatThrownBy(() -> MatchOptions.fromMap(Map.of("threshold", "1.5")))
                .hasMessageContaining("threshold must be in [0, 1]");
    }

    @Test
    void rejectsASchemaNamingAFieldTwice() {
        assertThatThrownBy(() -> Schema.of(new FieldSpec("a", FieldType.TEXT), new FieldSpec("a", FieldType.NAME)))
                .hasMessageContaining("'a' appears twice");
    }
}
