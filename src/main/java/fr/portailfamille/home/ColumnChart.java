package fr.portailfamille.home;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The geometry of a column chart over time, drawn as SVG by the template (no script, no library): per period a group
 * of columns side by side (or stacked), an optional line across the groups, and a few grid lines on one scale. Every
 * column keeps the text its table shows, so the test can check that the chart and the table say the same.
 */
final class ColumnChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 78;
    static final int TOP = 10;
    static final int BOTTOM = 34;
    static final int PLOT = HEIGHT - TOP - BOTTOM;
    static final int MAX_COLUMN = 36;

    /** One period's values: its key (ISO date or month), short label and one value per series. */
    record Input(String key, String label, long[] values) {
    }

    record Column(int series, int x, int y, int width, int height, String text) {
    }

    record Group(String key, String label, int labelX, boolean labelled, List<Column> columns) {
    }

    record Tick(int y, String text) {
    }

    record Chart(int width, int height, int baseline, List<Group> groups, List<Tick> ticks, String linePoints,
                 int lineSeries) {

        public int left() {
            return LEFT;
        }

        public boolean hasLine() {
            return linePoints != null;
        }
    }

    private ColumnChart() {
    }

    /**
     * @param lineSeries the series drawn as a line over the columns (-1: none)
     * @param stacked    columns of a group stacked rather than side by side
     */
    static Chart of(List<Input> inputs, int lineSeries, boolean stacked, LongFunction<String> text) {
        long max = 1;
        for (Input in : inputs) {
            long sum = 0;
            for (int s = 0; s < in.values().length; s++) {
                max = Math.max(max, in.values()[s]);
                if (s != lineSeries) {
                    sum += in.values()[s];
                }
            }
            if (stacked) {
                max = Math.max(max, sum);
            }
        }
        max = roundUp(max);
        int n = Math.max(1, inputs.size());
        int slot = (WIDTH - LEFT - 8) / n;
        int everyNth = Math.max(1, (int) Math.ceil(n * 60.0 / (WIDTH - LEFT)));
        int baseline = TOP + PLOT;
        List<Group> groups = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int g = 0; g < inputs.size(); g++) {
            Input in = inputs.get(g);
            int x0 = LEFT + g * slot;
            int bars = 0;
            for (int s = 0; s < in.values().length; s++) {
                bars += s == lineSeries ? 0 : 1;
            }
            int columnWidth = Math.max(1, Math.min(MAX_COLUMN, (slot - 4) / (stacked ? 1 : Math.max(1, bars))));
            int groupWidth = stacked ? columnWidth : columnWidth * bars;
            int x = x0 + (slot - groupWidth) / 2;
            int stackTop = baseline;
            List<Column> columns = new ArrayList<>();
            for (int s = 0; s < in.values().length; s++) {
                long v = in.values()[s];
                int h = scale(v, max);
                if (s == lineSeries) {
                    line.append(line.isEmpty() ? "" : " ").append(x0 + slot / 2).append(',').append(baseline - h);
                    columns.add(new Column(s, x0 + slot / 2, baseline - h, 0, 0, text.apply(v)));
                } else if (stacked) {
                    stackTop -= h;
                    columns.add(new Column(s, x, stackTop, columnWidth, h, text.apply(v)));
                } else {
                    columns.add(new Column(s, x, baseline - h, columnWidth, h, text.apply(v)));
                    x += columnWidth;
                }
            }
            groups.add(new Group(in.key(), in.label(), x0 + slot / 2, g % everyNth == 0, columns));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            ticks.add(new Tick(baseline - scale(max * t / 4, max), text.apply(max * t / 4)));
        }
        return new Chart(WIDTH, HEIGHT, baseline, groups, ticks, lineSeries < 0 ? null : line.toString(), lineSeries);
    }

    /** The scale's top: the max rounded up to 1, 2 or 5 times a power of ten (at least 4, for whole ticks). */
    static long roundUp(long max) {
        long top = Math.max(4, max);
        long power = 1;
        while (power * 10 <= top) {
            power *= 10;
        }
        for (long step : new long[] {1, 2, 4, 5, 10}) {
            if (step * power >= top) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static int scale(long value, long max) {
        return (int) Math.round((double) value * PLOT / max);
    }
}
