package org.pravaas.displacement.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small cells are withheld, and one withheld cell never stands alone in a group with a known total. */
class SmallCellsTest {
    private final SmallCells cells = new SmallCells(5);

    @Test
    void countsFromOneToFourAreWithheldZeroAndFiveAreShown() {
        assertThat(cells.cell(0)).isEqualTo(0L);
        assertThat(cells.cell(1)).isNull();
        assertThat(cells.cell(4)).isNull();
        assertThat(cells.cell(5)).isEqualTo(5L);
    }

    @Test
    void aLoneWithheldCellTakesTheNextSmallestWithIt() {
        assertThat(cells.group(120, 3, 40, 0, 75)).containsExactly(120L, null, null, 0L, 75L);
    }

    @Test
    void twoWithheldCellsProtectEachOther() {
        assertThat(cells.group(120, 3, 2, 75)).containsExactly(120L, null, null, 75L);
    }

    @Test
    void aGroupWithNothingSmallIsShownWhole() {
        assertThat(cells.group(120, 30, 75)).containsExactly(120L, 30L, 75L);
    }

    @Test
    void aSuppressedCellCannotBeRecoveredFromTheTotalAndTheOtherCells() {
        long[] values = {500, 2, 37, 61};
        var shown = cells.group(values);
        long known =
                shown.stream().filter(v -> v != null).mapToLong(Long::longValue).sum();
        long total = 600;
        long hidden = shown.stream().filter(v -> v == null).count();
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        assertThat(total - known).isNotEqualTo(2);
    }
}
