package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TriangularTest {

    @Test
    @DisplayName("low at 0, likely at the share below likely, high towards 1, likely when low equals high")
    void ends() {
        assertThat(Triangular.quantile(10, 20, 40, 0)).isEqualTo(10);
        assertThat(Triangular.quantile(10, 20, 40, 1.0 / 3)).isCloseTo(20, within(1e-12));
        assertThat(Triangular.quantile(10, 20, 40, Math.nextDown(1.0))).isCloseTo(40, within(1e-6));
        assertThat(Triangular.quantile(5, 5, 5, 0.3)).isEqualTo(5);
        assertThat(Triangular.quantile(5, 5, 9, 0)).isEqualTo(5);
        assertThat(Triangular.quantile(5, 9, 9, 0.999)).isLessThanOrEqualTo(9);
    }

    @Test
    @DisplayName("draws have the triangular mean (low + likely + high) / 3 and its median")
    void moments() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 200_000;
        double sum = 0;
        int belowMedian = 0;
        // For likely below the midpoint the median is high - sqrt((high - low)(high - likely) / 2).
        double median = 40 - Math.sqrt(30.0 * 20 / 2);
        for (int i = 0; i < n; i++) {
            double x = Triangular.quantile(10, 20, 40, random.nextDouble());
            assertThat(x).isBetween(10.0, 40.0);
            sum += x;
            belowMedian += x <= median ? 1 : 0;
        }
        assertThat(sum / n).isCloseTo((10 + 20 + 40) / 3.0, within(0.05));
        assertThat(belowMedian / (double) n).isCloseTo(0.5, within(0.005));
    }
}
