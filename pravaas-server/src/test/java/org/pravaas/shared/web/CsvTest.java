package org.pravaas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
        assertThat(written("=HYPERLINK(\"x\")", "+1+2", "-2+3", "@SUM(A1)"))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1+2,'-2+3,'@SUM(A1)");
    }

    @Test
    void negativeAmountsStayNumbers() throws IOException {
        assertThat(written(new BigDecimal("-1062.500"), "-15", "+3.5")).isEqualTo("-1062.500,-15,+3.5");
    }

    @Test
    void textIsQuotedWhereCsvNeedsIt() throws IOException {
        assertThat(written("Amman, Jordan", "عمان", "")).isEqualTo("\"Amman, Jordan\",عمان,");
    }

    private static String written(Object... cells) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Csv csv = new Csv(bytes)) {
            csv.row(Arrays.asList(cells));
        }
        return bytes.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    }
}
