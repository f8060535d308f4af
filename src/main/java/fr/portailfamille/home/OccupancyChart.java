package fr.portailfamille.home;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the occupancy chart, drawn as SVG by the template (no script, no library): one horizontal bar
 * per activity and week, places taken then the waiting list, and a mark at the capacity, on a common scale.
 */
final class OccupancyChart {

    static final int WIDTH = 640;
    static final int LABEL = 230;
    static final int BAR_AREA = WIDTH - LABEL - 60;
    static final int ROW = 26;

    record Bar(WeeklyOccupancy.Week week, int y, int takenWidth, int waitingX, int waitingWidth, int capacityX) {
    }

    private OccupancyChart() {
    }

    static List<Bar> bars(List<WeeklyOccupancy.Week> weeks) {
        int max = 1;
        for (var w : weeks) {
            max = Math.max(max, Math.max(w.capacity(), w.taken() + w.waiting()));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (var w : weeks) {
            int taken = scale(w.taken(), max);
            int waiting = scale(w.waiting(), max);
            bars.add(new Bar(w, y, taken, LABEL + taken, waiting, LABEL + scale(w.capacity(), max)));
            y += ROW;
        }
        return bars;
    }

    static int height(int rows) {
        return Math.max(ROW, rows * ROW);
    }

    private static int scale(int value, int max) {
        return (int) Math.round((double) value * BAR_AREA / max);
    }
}
