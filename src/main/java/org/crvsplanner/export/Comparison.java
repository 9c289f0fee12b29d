package org.crvsplanner.export;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Scenarios side by side, as the window's comparison words them, for the comparison workbook:
 * the rows of the table and the disk curves of the chart. The window decides what is compared
 * and words it in its language; {@link ComparisonWorkbook} lays it out.
 *
 * @param names the scenarios' names, the first being the one the others are compared with; the
 *        user's own words
 * @param rows the figures compared, one row each, in one unit per row
 * @param curves the disk curves, each one value a year from year 1
 * @param curveUnit the one unit of every curve, e.g. "GB"
 * @param date the day the comparison is made
 * @param appVersion the planner's version
 */
public record Comparison(List<String> names, List<Row> rows, List<Curve> curves, String curveUnit, LocalDate date, String appVersion) {
    public Comparison {
        names = List.copyOf(names);
        rows = List.copyOf(rows);
        curves = List.copyOf(curves);
        requireNonNull(curveUnit, "curveUnit");
        requireNonNull(date, "date");
        requireNonNull(appVersion, "appVersion");
        if (names.size() < 2) {
            throw new IllegalArgumentException("a comparison has at least two scenarios; got " + names.size());
        }
        for (Row row : rows) {
            if (row.size() != names.size()) {
                throw new IllegalArgumentException(row.label() + " has " + row.size() + " values for "
                        + names.size() + " scenarios");
            }
        }
        names.forEach(name -> CellText.checkFits("A scenario name", name));
    }

    /** A compared row: a label and one value per scenario. */
    public sealed interface Row permits Figure, Words {
        String label();

        int size();
    }

    /**
     * A figure compared as a number, whose differences are formulas.
     *
     * @param unit the one unit of the row's values and differences, e.g. "GB"; may be empty
     * @param decimals the decimals shown: 0 for counts, 2 for disk
     */
    public record Figure(String label, String unit, int decimals, List<Double> values) implements Row {
        public Figure {
            requireNonNull(label, "label");
            requireNonNull(unit, "unit");
            values = List.copyOf(values);
        }

        @Override
        public int size() {
            return values.size();
        }
    }

    /** A choice compared as words, such as the deployment stage: the same, or not. */
    public record Words(String label, List<String> values) implements Row {
        public Words {
            requireNonNull(label, "label");
            values = List.copyOf(values);
        }

        @Override
        public int size() {
            return values.size();
        }
    }

    /**
     * One disk curve of the chart.
     *
     * @param name its legend, e.g. "Pilot: provisioned"
     * @param values one a year, from year 1 to the scenario's horizon
     */
    public record Curve(String name, double[] values) {
        public Curve {
            requireNonNull(name, "name");
            values = values.clone();
        }
    }
}
