package org.crvsplanner.ui.inputs;

/**
 * Maps an input's value to a slider position and back, snapping dragged values to figures a
 * person would type.
 */
public interface SliderScale {

    double minPosition();

    double maxPosition();

    double toPosition(double value);

    double toValue(double position);

    /** How far one arrow key moves the slider, in positions. */
    double step();

    /**
     * The slider for an input's range: even steps (1 for whole numbers, 0.1 otherwise), or a
     * logarithmic one where the range spans more than five powers of ten, as population does.
     * That one starts where the top of the range is 200,000 times larger, at 10,000 people: a
     * country smaller than that is typed, not dragged to.
     */
    static SliderScale forRange(double min, double max, boolean whole) {
        if (min > 0 && max / min > 1e5) {
            return logarithmic(Math.max(min, max / 200_000), max);
        }
        return linear(min, max, whole ? 1 : 0.1);
    }

    /** Even steps of {@code step} between min and max. */
    static SliderScale linear(double min, double max, double step) {
        return new SliderScale() {
            @Override
            public double minPosition() {
                return min;
            }

            @Override
            public double maxPosition() {
                return max;
            }

            @Override
            public double toPosition(double value) {
                return value;
            }

            @Override
            public double toValue(double position) {
                double snapped = Math.round(position / step) * step;
                // Rounding to the step's decimals drops binary noise such as 17.300000000000001.
                double tidy = Math.round(snapped * 1e6) / 1e6;
                return Math.max(min, Math.min(max, tidy));
            }

            @Override
            public double step() {
                return step;
            }
        };
    }

    /**
     * Powers of ten, for inputs that span orders of magnitude such as population. Dragged values
     * snap to three significant figures: 30,200,000 rather than 30,183,402.
     */
    static SliderScale logarithmic(double min, double max) {
        double minLog = Math.log10(min);
        double maxLog = Math.log10(max);
        return new SliderScale() {
            @Override
            public double minPosition() {
                return minLog;
            }

            @Override
            public double maxPosition() {
                return maxLog;
            }

            @Override
            public double toPosition(double value) {
                return Math.log10(Math.max(value, min));
            }

            @Override
            public double toValue(double position) {
                double raw = Math.pow(10, position);
                double magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 2);
                return Math.max(min, Math.min(max, Math.round(raw / magnitude) * magnitude));
            }

            @Override
            public double step() {
                return 0.01;
            }
        };
    }
}
