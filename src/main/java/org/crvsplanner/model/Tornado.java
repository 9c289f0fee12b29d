package org.crvsplanner.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sensitivity of the horizon's required disk to each input that has a range: the disk with that
 * input at its low and at its high value, every other input at its likely value. Widest swing
 * first, as a tornado chart draws it.
 */
public final class Tornado {
    private Tornado() {
    }

    /**
     * @throws InvalidInputException when a range does not fit its likely value
     */
    public static List<Swing> of(SizingInputs likely, InputRanges ranges) {
        ranges.check(likely);
        List<Swing> swings = new ArrayList<>(ranges.ranges().size());
        for (InputRange range : ranges.ranges()) {
            swings.add(new Swing(range.input(), requiredGb(range.at(likely, range.low())),
                    requiredGb(range.at(likely, range.high()))));
        }
        // A stable sort keeps the inputs' own order between equal swings.
        swings.sort(Comparator.comparingDouble(Swing::widthGb).reversed());
        return List.copyOf(swings);
    }

    private static double requiredGb(SizingInputs inputs) {
        return SizingEngine.plan(inputs).horizonYear().applicationServerDiskGb();
    }

    /**
     * One bar of the tornado.
     *
     * @param lowGb the horizon's application server disk with the input at its low value
     * @param highGb the same at its high value
     */
    public record Swing(NumberInput input, double lowGb, double highGb) {
        public double widthGb() {
            return Math.abs(highGb - lowGb);
        }
    }
}
