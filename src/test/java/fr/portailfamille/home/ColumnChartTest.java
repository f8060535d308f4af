package fr.portailfamille.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnChartTest {

    @Test
    void columnsShareOneScaleAndStackedOnesAddUp() {
        var chart = ColumnChart.of(List.of(new ColumnChart.Input("a", "a", new long[] {10, 5}),
                new ColumnChart.Input("b", "b", new long[] {0, 20})), -1, false, String::valueOf);
        var a = chart.groups().get(0).columns();
        var b = chart.groups().get(1).columns();
        assertThat(a.get(0).height()).isEqualTo(2 * a.get(1).height());
        assertThat(b.get(1).height()).isEqualTo(2 * a.get(0).height());
        assertThat(b.get(0).height()).isZero();
        assertThat(a.get(0).y() + a.get(0).height()).isEqualTo(chart.baseline());

        var stacked = ColumnChart.of(List.of(new ColumnChart.Input("a", "a", new long[] {10, 10})), -1, true,
                String::valueOf);
        var cols = stacked.groups().get(0).columns();
        assertThat(cols.get(1).y() + cols.get(1).height()).isEqualTo(cols.get(0).y());
        assertThat(stacked.ticks().get(4).text()).isEqualTo("20");
    }

    @Test
    void theLineSeriesIsAPointNotAColumn() {
        var chart = ColumnChart.of(List.of(new ColumnChart.Input("a", "a", new long[] {1, 2, 3}),
                new ColumnChart.Input("b", "b", new long[] {1, 2, 4})), 2, false, String::valueOf);
        assertThat(chart.linePoints().split(" ")).hasSize(2);
        assertThat(chart.groups().get(0).columns().get(2).width()).isZero();
        assertThat(ColumnChart.roundUp(7)).isEqualTo(10);
        assertThat(ColumnChart.roundUp(130)).isEqualTo(200);
        assertThat(ColumnChart.roundUp(1)).isEqualTo(4);
    }
}
