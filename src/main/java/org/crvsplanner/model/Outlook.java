package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How sure, and until when: the bands and the tornado of a plan's ranges, and the fill dates of
 * a disk, with their range over the trials when there are ranges. Every front end shows this one
 * result, so the window, the command line and the workbook cannot disagree.
 *
 * @param ranges the ranges the figures come from; empty when none were given
 * @param uncertainty the Monte Carlo bands, present when there are ranges
 * @param tornado the swing of the horizon's required disk per range, widest first
 * @param diskGb the disk whose fill dates were asked for, if any
 * @param fillDates the fill dates of that disk at 50%, 70% and 100%, or empty
 */
public record Outlook(InputRanges ranges, Optional<Uncertainty> uncertainty, List<Tornado.Swing> tornado,
        OptionalDouble diskGb, List<FillDate> fillDates) {

    public static final Outlook NONE = new Outlook(InputRanges.NONE, Optional.empty(), List.of(),
            OptionalDouble.empty(), List.of());

    public Outlook {
        requireNonNull(ranges, "ranges");
        requireNonNull(uncertainty, "uncertainty");
        tornado = List.copyOf(tornado);
        requireNonNull(diskGb, "diskGb");
        fillDates = List.copyOf(fillDates);
    }

    /**
     * @param trials and {@code seed}: the Monte Carlo run's, used only when there are ranges
     * @throws InvalidInputException when a range does not fit the plan's inputs
     * @throws IllegalArgumentException for a trial count or a disk size outside what
     *         {@link MonteCarlo#isTrialCount} and {@link FillDates#isDiskSize} accept
     */
    public static Outlook of(SizingPlan plan, InputRanges ranges, int trials, long seed, OptionalDouble diskGb) {
        SizingInputs likely = plan.inputs();
        Optional<Uncertainty> uncertainty = ranges.isEmpty() ? Optional.empty()
                : Optional.of(MonteCarlo.run(likely, ranges, trials, seed, diskGb));
        List<Tornado.Swing> tornado = ranges.isEmpty() ? List.of() : Tornado.of(likely, ranges);
        List<FillDate> dates = new ArrayList<>();
        if (diskGb.isPresent()) {
            List<FillDate> points = FillDates.of(plan, diskGb.getAsDouble());
            for (FillDate point : points) {
                int threshold = dates.size();
                Optional<FillDate.MonthRange> range = uncertainty.map(u -> u.fillDates().get(threshold));
                dates.add(new FillDate(point.thresholdPercent(), point.thresholdGb(), point.monthsFromStart(), range));
            }
        }
        return new Outlook(ranges, uncertainty, tornado, diskGb, dates);
    }

    public boolean isEmpty() {
        return ranges.isEmpty() && diskGb.isEmpty();
    }
}
