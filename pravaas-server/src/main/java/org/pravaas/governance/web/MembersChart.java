package org.pravaas.governance.web;

import java.util.ArrayList;
import java.util.List;
import org.pravaas.governance.YearCount;

/**
 * The members-per-year bar chart, laid out on the server so the page needs no script: one bar
 * per year, scaled to the highest count, the chosen year marked, a label every ten years.
 */
record MembersChart(List<Bar> bars, List<Tick> ticks, int width, int height, int max) {
    static final int WIDTH = 760;
    static final int HEIGHT = 200;
    static final int BASELINE = 180;

    /** A year's bar: where it stands, how tall, and whether it is the year chosen. */
    record Bar(int year, int members, int observers, int x, int y, int barWidth, int barHeight, boolean selected) {}

    /** A label on the axis. */
    record Tick(int x, String label) {}

    static MembersChart of(List<YearCount> counts, int selectedYear) {
        int max = Math.max(1, counts.stream().mapToInt(YearCount::members).max().orElse(1));
        int slot = WIDTH / Math.max(1, counts.size());
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            YearCount c = counts.get(i);
            int h = (int) Math.round((BASELINE - 10) * (double) c.members() / max);
            int x = i * slot;
            bars.add(new Bar(
                    c.year(),
                    c.members(),
                    c.observers(),
                    x,
                    BASELINE - h,
                    Math.max(1, slot - 1),
                    h,
                    c.year() == selectedYear));
            if (c.year() % 10 == 0) {
                ticks.add(new Tick(x, String.valueOf(c.year())));
            }
        }
        return new MembersChart(bars, ticks, WIDTH, HEIGHT, max);
    }
}
