package org.pravaas.voting.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptsTest {
    @Test
    void aPrintedReceiptReadsBackToItsNumberWithOrWithoutTheElectionCode() {
        String printed = Receipts.format("OCV-2026", 1234);
        assertThat(printed).matches("OCV-2026-0001234-\\d\\d");
        assertThat(Receipts.number(printed)).contains(1234L);
        assertThat(Receipts.number(printed.substring("OCV-2026-".length()))).contains(1234L);
        assertThat(Receipts.number(" " + printed.toLowerCase() + " ")).contains(1234L);
    }

    @Test
    void everySingleMistypedDigitAndEverySwapOfNeighboursIsCaught() {
        for (long n = 1; n < 3000; n += 7) {
            String digits = String.format("%07d", n);
            String check = Receipts.checkDigits(n);
            for (int i = 0; i < digits.length(); i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == digits.charAt(i)) continue;
                    String typo = digits.substring(0, i) + d + digits.substring(i + 1);
                    assertThat(Receipts.read(typo + "-" + check)).as(typo).isInstanceOf(Receipts.WrongCheck.class);
                }
                if (i + 1 < digits.length() && digits.charAt(i) != digits.charAt(i + 1)) {
                    String swapped =
                            digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                    assertThat(Receipts.read(swapped + "-" + check)).isInstanceOf(Receipts.WrongCheck.class);
                }
            }
        }
    }

    @Test
    void textThatIsNoReceiptIsMalformed() {
        assertThat(Receipts.read("Fatima")).isInstanceOf(Receipts.Malformed.class);
        assertThat(Receipts.read("12345")).isInstanceOf(Receipts.Malformed.class);
    }
}
