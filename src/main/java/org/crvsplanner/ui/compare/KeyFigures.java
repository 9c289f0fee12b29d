package org.crvsplanner.ui.compare;

import java.util.List;
import java.util.function.Function;

import org.crvsplanner.model.Environment;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

/**
 * The figures compared, each with how to read it from a plan, how the window writes it and the
 * one unit it is in, so that the table and the workbook compare the same figures the same way.
 */
final class KeyFigures {
    /** The unit written for disk and RAM; words for the others come from the bundle. */
    static final String GB = "GB";

    /**
     * A compared figure.
     *
     * @param key its label's key
     * @param unit "GB", or the key of its unit's words
     * @param decimals the decimals the workbook shows, as the window writes it
     */
    record Figure(String key, Function<SizingPlan, Double> value, Function<Double, String> format, String unit,
            int decimals) {
        String label() {
            return I18n.get(key);
        }

        String unitWords() {
            return unit.equals(GB) ? Formats.unit(GB) : I18n.get(unit);
        }
    }

    // Disk in GB however large, as the plan's cards and chart: a figure and its difference, and
    // the scenarios side by side, share a unit.
    static final List<Figure> TABLE = List.of(
            new Figure("compare.figure.horizon", p -> (double) p.inputs().horizonYears(), KeyFigures::years,
                    "compare.unit.years", 0),
            new Figure("compare.figure.population", p -> p.firstYear().population(), Formats::whole,
                    "compare.unit.people", 0),
            new Figure("compare.figure.records", p -> p.firstYear().records(), Formats::whole,
                    "compare.unit.records", 0),
            disk("compare.figure.firstDisk", p -> p.firstYear().applicationServerDiskGb()),
            disk("compare.figure.lastDisk", p -> p.horizonYear().applicationServerDiskGb()),
            disk("compare.figure.provisioned", p -> p.horizonYear().provisionedDiskGb()),
            disk("compare.figure.backup", p -> p.horizonYear().backupServerDiskGb()),
            new Figure("compare.figure.production", p -> (double) p.productionServers(), Formats::whole,
                    "compare.unit.servers", 0),
            ram("compare.figure.productionRam", p -> (double) productionRamGb(p)),
            disk("compare.figure.otherNodeDisk", KeyFigures::otherNodeDiskGb),
            new Figure("compare.figure.servers", p -> (double) p.totals().servers(), Formats::whole,
                    "compare.unit.servers", 0),
            new Figure("compare.figure.cpus", p -> (double) p.totals().cpus(), Formats::whole, "compare.unit.cpus", 0),
            ram("compare.figure.ram", p -> (double) p.totals().ramGb()),
            disk("compare.figure.disk", p -> p.totals().diskGb()));

    /**
     * The inputs behind the figures that the table leaves out for room and the workbook shows,
     * each under its input's own label and unit.
     */
    static final List<Figure> INPUTS = List.of(
            new Figure("inputs.crudeBirthRate.label", p -> p.inputs().crudeBirthRate(), v -> Formats.number(v, 3),
                    "inputs.crudeBirthRate.unit", 3),
            new Figure("inputs.crudeDeathRate.label", p -> p.inputs().crudeDeathRate(), v -> Formats.number(v, 3),
                    "inputs.crudeDeathRate.unit", 3),
            new Figure("inputs.growthPercent.label", p -> p.inputs().growthPercent(), v -> Formats.number(v, 2),
                    "inputs.growthPercent.unit", 2),
            new Figure("inputs.attachmentsPerRecord.label", p -> p.inputs().attachmentsPerRecord(),
                    v -> Formats.number(v, 2), "inputs.attachmentsPerRecord.unit", 2));

    private KeyFigures() {
    }

    private static Figure disk(String key, Function<SizingPlan, Double> value) {
        return new Figure(key, value, Formats::gb, GB, 2);
    }

    private static Figure ram(String key, Function<SizingPlan, Double> value) {
        return new Figure(key, value, v -> I18n.wording().withUnit(Formats.whole(v), GB), GB, 0);
    }

    private static String years(double value) {
        return I18n.plural("compare.years", (long) value, Formats.whole(value));
    }

    /** The RAM of one production server, which the OpenCRVS version sets; 0 without production. */
    private static int productionRamGb(SizingPlan plan) {
        return plan.servers().stream().filter(l -> l.environment() == Environment.PRODUCTION)
                .mapToInt(ServerLine::ramGb).findFirst().orElse(0);
    }

    /**
     * The provisioned disk of each production server besides the one that holds the data: the OS
     * reserve on a data-node cluster, the whole data where every server holds it.
     */
    private static double otherNodeDiskGb(SizingPlan plan) {
        return plan.servers().stream().filter(l -> l.environment() == Environment.PRODUCTION)
                .mapToDouble(ServerLine::diskGb).min().orElse(0);
    }
}
