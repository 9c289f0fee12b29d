package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TornadoTest {

    @Test
    @DisplayName("each bar is the engine's horizon disk at the input's low and high, widest first")
    void swings() {
        SizingInputs likely = SizingInputs.builder().growthPercent(2.5).build();
        InputRanges ranges = InputRanges.of(InputRange.of(Inputs.POPULATION, 27e6, 34e6),
                InputRange.of(Inputs.MB_PER_ATTACHMENT, 0.3, 1.0),
                InputRange.of(Inputs.GROWTH_PERCENT, 2, 3),
                InputRange.of(Inputs.CRUDE_DEATH_RATE, 7.7, 7.7));

        List<Tornado.Swing> swings = Tornado.of(likely, ranges);

        assertThat(swings).extracting(Tornado.Swing::input).containsExactly(Inputs.MB_PER_ATTACHMENT,
                Inputs.POPULATION, Inputs.GROWTH_PERCENT, Inputs.CRUDE_DEATH_RATE);
        for (int i = 1; i < swings.size(); i++) {
            assertThat(swings.get(i).widthGb()).isLessThanOrEqualTo(swings.get(i - 1).widthGb());
        }
        Tornado.Swing population = swings.get(1);
        assertThat(population.lowGb()).isEqualTo(SizingEngine.plan(likely.toBuilder().population(27_000_000).build())
                .horizonYear().applicationServerDiskGb());
        assertThat(population.highGb()).isEqualTo(SizingEngine.plan(likely.toBuilder().population(34_000_000).build())
                .horizonYear().applicationServerDiskGb());
        double point = SizingEngine.plan(likely).horizonYear().applicationServerDiskGb();
        assertThat(swings.get(3).lowGb()).isEqualTo(point);
        assertThat(swings.get(3).highGb()).isEqualTo(point);
        assertThat(population.lowGb()).isLessThan(point);
        assertThat(population.highGb()).isGreaterThan(point);
    }
}
