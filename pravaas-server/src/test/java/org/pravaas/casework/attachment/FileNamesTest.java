package org.pravaas.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void bidirectionalControlsAreRemovedSoAnExecutableCannotPassForADocument() {
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.sanitise("\u2067report\u2069.pdf")).isEqualTo("report.pdf");
    }

    @Test
    void foldersQuotesAndLeadingDotsGoWhileEveryScriptAndItsJoinersStay() {
        assertThat(FileNames.sanitise("..\\..\\etc/\"passwd\".pdf")).isEqualTo("_passwd_.pdf");
        assertThat(FileNames.sanitise(".hidden.png")).isEqualTo("hidden.png");
        assertThat(FileNames.sanitise("جواز سفر.pdf")).isEqualTo("جواز سفر.pdf");
        assertThat(FileNames.sanitise("प्र\u200Cमाण.pdf")).isEqualTo("प्र\u200Cमाण.pdf");
        assertThat(FileNames.sanitise("  ")).isEqualTo("attachment");
    }
}
