package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;

/**
 * A question of the sustainability survey: its dimension, its weight within the dimension, and
 * its answer scale from 0 (least sustainable) to {@code scaleMax} (most).
 */
public record Indicator(
        String code, Dimension dimension, BigDecimal weight, int scaleMax, boolean active, int position, int revision) {

    public enum Dimension {
        ECONOMIC,
        SOCIAL,
        PSYCHOSOCIAL
    }
}
