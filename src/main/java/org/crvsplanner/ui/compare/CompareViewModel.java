package org.crvsplanner.ui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * Two to four scenarios side by side: their key figures, each with its difference from the first
 * scenario, and their disk curves for one overlaid chart. Follows every change to the scenarios.
 */
public final class CompareViewModel {
    /**
     * A scenario as the comparison sees it: a name and a plan, both followed. The wiring makes
     * them from the workspace's scenarios; the comparison needs nothing else of them.
     */
    public record Compared(ObservableValue<String> name, ObservableValue<SizingPlan> plan) {
    }

    public static final int MIN = 2;
    public static final int MAX = 4;

    /** A figure of the table: its label's key, how to read it from a plan, and how to write it. */
    private record Figure(String key, Function<SizingPlan, Double> value, Function<Double, String> format) {
    }

    // Disk in GB however large, as the plan's cards and chart: a figure and its difference, and
    // the scenarios side by side, share a unit.
    private static final List<Figure> FIGURES = List.of(
            new Figure("compare.figure.horizon", p -> (double) p.inputs().horizonYears(), v -> years(v)),
            new Figure("compare.figure.population", p -> p.firstYear().population(), Formats::whole),
            new Figure("compare.figure.records", p -> p.firstYear().records(), Formats::whole),
            new Figure("compare.figure.firstDisk", p -> p.firstYear().applicationServerDiskGb(), Formats::gb),
            new Figure("compare.figure.lastDisk", p -> p.horizonYear().applicationServerDiskGb(), Formats::gb),
            new Figure("compare.figure.provisioned", p -> p.horizonYear().provisionedDiskGb(), Formats::gb),
            new Figure("compare.figure.backup", p -> p.horizonYear().backupServerDiskGb(), Formats::gb),
            new Figure("compare.figure.production", p -> (double) p.productionServers(), Formats::whole),
            new Figure("compare.figure.productionRam", p -> (double) productionRamGb(p),
                    v -> I18n.wording().withUnit(Formats.whole(v), "GB")),
            new Figure("compare.figure.otherNodeDisk", CompareViewModel::otherNodeDiskGb, Formats::gb),
            new Figure("compare.figure.servers", p -> (double) p.totals().servers(), Formats::whole),
            new Figure("compare.figure.cpus", p -> (double) p.totals().cpus(), Formats::whole),
            new Figure("compare.figure.ram", p -> (double) p.totals().ramGb(),
                    v -> I18n.wording().withUnit(Formats.whole(v), "GB")),
            new Figure("compare.figure.disk", p -> p.totals().diskGb(), Formats::gb));

    private final List<Compared> scenarios;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyNames = FXCollections.unmodifiableObservableList(names);
    private final ObservableList<CompareRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<CompareChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    /** Rewrites every figure and label when the language changes; held here, listened to weakly. */
    private final InvalidationListener relabel = obs -> update();

    public CompareViewModel(List<Compared> compared) {
        if (compared.size() < MIN || compared.size() > MAX) {
            throw new IllegalArgumentException("compare 2 to 4 scenarios; got " + compared.size());
        }
        this.scenarios = List.copyOf(compared);
        update();
        for (Compared scenario : scenarios) {
            for (Observable source : new Observable[] {scenario.plan(), scenario.name()}) {
                source.addListener(obs -> update());
            }
        }
        // Weakly: a closed comparison must not stay reachable from the static language.
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void update() {
        List<String> shown = uniqueNames();
        if (!shown.equals(names)) {
            names.setAll(shown);
        }
        List<SizingPlan> plans = scenarios.stream().map(s -> s.plan().getValue()).toList();
        List<CompareRow> table = new ArrayList<>();
        table.add(textRow("compare.figure.version", plans,
                p -> ModelWords.label(p.inputs().docsVersion(), I18n.wording())));
        table.add(textRow("compare.figure.stage", plans, p -> ModelWords.label(p.inputs().stage(), I18n.wording())));
        for (Figure figure : FIGURES) {
            table.add(row(figure, plans));
        }
        rows.setAll(table);
        chart.set(chartData(shown, plans));
    }

    /** Display names, with "(2)" added where two scenarios would read the same. */
    private List<String> uniqueNames() {
        Map<String, Integer> seen = new HashMap<>();
        List<String> shown = new ArrayList<>();
        for (Compared scenario : scenarios) {
            String name = scenario.name().getValue();
            int count = seen.merge(name, 1, Integer::sum);
            shown.add(count == 1 ? name : name + " (" + count + ")");
        }
        return shown;
    }

    private static CompareRow textRow(String key, List<SizingPlan> plans, Function<SizingPlan, String> text) {
        String first = text.apply(plans.get(0));
        List<CompareCell> cells = new ArrayList<>();
        for (SizingPlan plan : plans) {
            String value = text.apply(plan);
            cells.add(new CompareCell(value, "", !value.equals(first)));
        }
        return new CompareRow(I18n.get(key), cells);
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

    /** "OpenCRVS v1.8" … "OpenCRVS v2.1", in order: the versions a scenario can be compared under. */
    public static List<String> versionLabels() {
        return Arrays.stream(DocsVersion.values()).map(v -> ModelWords.label(v, I18n.wording())).toList();
    }

    /** The position in {@link #versionLabels()} of the version a plan follows. */
    public static int versionOf(SizingPlan plan) {
        return plan.inputs().docsVersion().ordinal();
    }

    /**
     * One scenario under its own version and under another, side by side: what moving to that
     * version changes. The second plan follows every change to the scenario.
     *
     * @param version the other version's position in {@link #versionLabels()}
     */
    public static List<Compared> acrossVersions(ObservableValue<String> name, ObservableValue<SizingPlan> plan,
            int version) {
        DocsVersion other = DocsVersion.values()[version];
        ObservableValue<SizingPlan> moved = Bindings.createObjectBinding(
                () -> SizingEngine.plan(plan.getValue().inputs().withDocsVersion(other)), plan);
        return List.of(new Compared(underVersion(name, plan), plan), new Compared(underVersion(name, moved), moved));
    }

    private static ObservableValue<String> underVersion(ObservableValue<String> name,
            ObservableValue<SizingPlan> plan) {
        return Bindings.createStringBinding(() -> I18n.get("compare.versions.name", name.getValue(),
                ModelWords.label(plan.getValue().inputs().docsVersion(), I18n.wording())), name, plan,
                I18n.languageProperty());
    }

    private static CompareRow row(Figure figure, List<SizingPlan> plans) {
        double first = figure.value().apply(plans.get(0));
        String firstText = figure.format().apply(first);
        List<CompareCell> cells = new ArrayList<>();
        for (SizingPlan plan : plans) {
            double value = figure.value().apply(plan);
            String text = figure.format().apply(value);
            // Figures that read the same on screen are the same to the person comparing them.
            boolean differs = !text.equals(firstText);
            String delta = differs
                    ? (value > first ? "+" : "−") + figure.format().apply(Math.abs(value - first))
                    : "";
            cells.add(new CompareCell(text, delta, differs));
        }
        return new CompareRow(I18n.get(figure.key()), cells);
    }

    private static String years(double value) {
        return I18n.plural("compare.years", (long) value, Formats.whole(value));
    }

    static CompareChartData chartData(List<String> names, List<SizingPlan> plans) {
        int lastYear = 1;
        List<CompareSeries> series = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<YearProjection> years = plans.get(i).years();
            int n = years.size();
            int[] year = new int[n];
            double[] required = new double[n];
            double[] provisioned = new double[n];
            for (int y = 0; y < n; y++) {
                year[y] = years.get(y).year();
                required[y] = years.get(y).applicationServerDiskGb();
                provisioned[y] = years.get(y).provisionedDiskGb();
            }
            lastYear = Math.max(lastYear, year[n - 1]);
            series.add(new CompareSeries(I18n.get("compare.series.required", names.get(i)), i, false, year, required));
            series.add(new CompareSeries(I18n.get("compare.series.provisioned", names.get(i)), i, true, year,
                    provisioned));
        }
        return new CompareChartData("GB", lastYear, series);
    }

    /** The compared scenarios' names, column by column; follows renames. */
    public ObservableList<String> names() {
        return readOnlyNames;
    }

    public ObservableList<CompareRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<CompareChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
