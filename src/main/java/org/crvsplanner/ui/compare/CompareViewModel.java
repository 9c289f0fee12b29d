package org.crvsplanner.ui.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.crvsplanner.export.Comparison;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
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
        List<SizingPlan> plans = plans();
        List<CompareRow> table = new ArrayList<>();
        table.add(textRow("compare.figure.version", plans,
                p -> ModelWords.label(p.inputs().docsVersion(), I18n.wording())));
        table.add(textRow("compare.figure.stage", plans, p -> ModelWords.label(p.inputs().stage(), I18n.wording())));
        for (KeyFigures.Figure figure : KeyFigures.TABLE) {
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

    private static CompareRow row(KeyFigures.Figure figure, List<SizingPlan> plans) {
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
        return new CompareRow(figure.label(), cells);
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

    /**
     * The comparison as the workbook lays it out, as it stands now: the table's rows, the inputs
     * behind them, each figure as a number in its row's one unit, and the chart's curves.
     */
    public Comparison comparison(LocalDate date, String appVersion) {
        List<SizingPlan> plans = plans();
        List<Comparison.Row> sheet = new ArrayList<>();
        sheet.add(words("compare.figure.version", plans, p -> ModelWords.label(p.inputs().docsVersion(), I18n.wording())));
        sheet.add(words("compare.figure.stage", plans, p -> ModelWords.label(p.inputs().stage(), I18n.wording())));
        for (List<KeyFigures.Figure> figures : List.of(KeyFigures.TABLE, KeyFigures.INPUTS)) {
            for (KeyFigures.Figure figure : figures) {
                sheet.add(new Comparison.Figure(figure.label(), figure.unitWords(), figure.decimals(),
                        plans.stream().map(figure.value()).toList()));
            }
        }
        CompareChartData data = chart.get();
        List<Comparison.Curve> curves = data.series().stream()
                .map(series -> new Comparison.Curve(series.name(), series.values())).toList();
        return new Comparison(names, sheet, curves, data.unit(), date, appVersion);
    }

    private static Comparison.Words words(String key, List<SizingPlan> plans, Function<SizingPlan, String> text) {
        return new Comparison.Words(I18n.get(key), plans.stream().map(text).toList());
    }

    private List<SizingPlan> plans() {
        return scenarios.stream().map(s -> s.plan().getValue()).toList();
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
