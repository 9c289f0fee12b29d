package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FillDatesTest {
    /** The defaults add 913.7109501 GB a year on top of a 100 GB OS reserve. */
    private static final double YEARLY_GB = 913.7109501;

    @Test
    @DisplayName("a 2,000 GB disk under the defaults warns in month 12, alerts in month 18, is full in month 25")
    void defaults() {
        List<FillDate> dates = FillDates.of(SizingEngine.plan(SizingInputs.defaults()), 2000);
        // 50% is 1,000 GB: 100 + 913.71 × k / 12 ≥ 1,000 first for k = 12 (k = 11 gives 937.57).
        // 70% is 1,400 GB: 1,013.71 + 913.71 × k / 12 ≥ 1,400 first for k = 6 of year 2 (k = 5 gives 1,394.42).
        // 100%: 1,927.42 + 913.71 / 12 = 2,003.56 ≥ 2,000 in month 1 of year 3.
        assertThat(100 + YEARLY_GB * 11 / 12).isLessThan(1000);
        assertThat(100 + YEARLY_GB + YEARLY_GB * 5 / 12).isLessThan(1400);
        assertThat(dates).extracting(FillDate::thresholdPercent).containsExactly(50, 70, 100);
        assertThat(dates).extracting(FillDate::thresholdGb).containsExactly(1000.0, 1400.0, 2000.0);
        assertThat(dates).extracting(FillDate::monthsFromStart)
                .containsExactly(OptionalInt.of(12), OptionalInt.of(18), OptionalInt.of(25));
        assertThat(FillDate.yearOf(25)).isEqualTo(3);
        assertThat(FillDate.monthOfYear(25)).isEqualTo(1);
        assertThat(FillDate.yearOf(12)).isEqualTo(1);
        assertThat(FillDate.monthOfYear(12)).isEqualTo(12);
    }

    @Test
    @DisplayName("beyond the horizon is empty; a disk smaller than the OS reserve is full in month 1")
    void edges() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.defaults());
        // 5 years end at 4,668.55 GB, so a 10 TB disk reaches neither 50% nor full.
        List<FillDate> big = FillDates.of(plan, 10_000);
        assertThat(big).extracting(FillDate::monthsFromStart)
                .containsExactly(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
        List<FillDate> tiny = FillDates.of(plan, 50);
        assertThat(tiny).extracting(FillDate::monthsFromStart)
                .containsExactly(OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(1));
    }

    @Test
    @DisplayName("a year's end is its disk figure: a disk whose 100% is exactly year 2's disk is full in month 24")
    void yearEndIsTheDiskFigure() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.defaults());
        double yearTwo = plan.years().get(1).applicationServerDiskGb();
        assertThat(FillDates.of(plan, yearTwo).get(2).monthsFromStart()).hasValue(24);
        assertThat(FillDates.of(plan, Math.nextUp(yearTwo)).get(2).monthsFromStart()).hasValue(25);
    }
}
