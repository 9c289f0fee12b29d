package org.crvsplanner.ui.years;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The plan year by year, as the command line's table and the workbook's Yearly projection sheet
 * list it: shown with units and thousands separators, and copied as tab-separated text that a
 * spreadsheet in the same language reads as numbers.
 */
public final class YearTableViewModel {
    /** What one column shows of a year, and with how many decimals; a unit goes into its heading. */
    private record Column(String key, String unit, int decimals, ToDoubleFunction<YearProjection> value) {
    }

    private static final Column YEAR = new Column("years.column.year", "", 0, YearProjection::year);
    private static final List<Column> PEOPLE = List.of(
            new Column("years.column.population", "", 0, YearProjection::population),
            new Column("years.column.coverage", "%", 1, YearProjection::coveragePercent),
            new Column("years.column.births", "", 0, YearProjection::births),
            new Column("years.column.deaths", "", 0, YearProjection::deaths));
    private static final Column OTHER = new Column("years.column.otherEvents", "", 0, YearProjection::otherEvents);
    private static final Column LEGACY = new Column("years.column.legacy", "", 0, YearProjection::legacyRecords);
    private static final List<Column> DISKS = List.of(
            new Column("years.column.records", "", 0, YearProjection::records),
            new Column("years.column.recordData", "GB", 2, YearProjection::recordDataGb),
            new Column("years.column.attachments", "GB", 2, YearProjection::attachmentsGb),
            new Column("years.column.required", "GB", 2, YearProjection::applicationServerDiskGb),
            new Column("years.column.provisioned", "GB", 2, YearProjection::provisionedDiskGb),
            new Column("years.column.backup", "GB", 2, YearProjection::backupServerDiskGb),
            new Column("years.column.production", "", 0, YearProjection::productionServers));

    /** The table as shown: its headings, and one row of cells a year. */
    public record Table(List<String> headings, List<List<String>> rows) {
    }

    private final ObservableValue<SizingPlan> plan;
    /**
     * Worked out only when read: formatting every cell of a 50-year table was a fifth of a slider
     * step's work, and the table is mostly out of sight. Bindings listen to the language weakly,
     * so a closed tab's table goes.
     */
    private final ObjectBinding<Table> table;
    private final ReadOnlyIntegerWrapper years = new ReadOnlyIntegerWrapper(this, "years");

    public YearTableViewModel(ObservableValue<SizingPlan> plan) {
        this.plan = plan;
        table = Bindings.createObjectBinding(() -> shown(this.plan.getValue()), plan, I18n.languageProperty());
        years.set(plan.getValue().years().size());
        plan.addListener((obs, old, now) -> years.set(now.years().size()));
    }

    /** The table as shown, worked out when read after the plan or the language changed. */
    public ObjectBinding<Table> tableProperty() {
        return table;
    }

    /** How many years the table lists, known without working the table out. */
    public ReadOnlyIntegerProperty yearsProperty() {
        return years.getReadOnlyProperty();
    }

    /**
     * The plan on screen as tab-separated text: a heading line with each figure's unit, then one
     * line a year, figures without thousands separators and with the language's decimal mark.
     */
    public String tabSeparated() {
        Wording wording = I18n.wording();
        List<Column> columns = columns(plan.getValue());
        StringBuilder text = new StringBuilder();
        List<String> headings = new ArrayList<>();
        for (Column column : columns) {
            String heading = I18n.get(column.key());
            headings.add(column.unit().isEmpty() ? heading : heading + " (" + wording.unit(column.unit()) + ")");
        }
        text.append(String.join("\t", headings)).append('\n');
        for (YearProjection year : plan.getValue().years()) {
            List<String> cells = new ArrayList<>();
            for (Column column : columns) {
                cells.add(wording.plain(column.value().applyAsDouble(year), column.decimals()));
            }
            text.append(String.join("\t", cells)).append('\n');
        }
        return text.toString();
    }

    private static Table shown(SizingPlan plan) {
        Wording wording = I18n.wording();
        List<Column> columns = columns(plan);
        List<String> headings = columns.stream().map(c -> I18n.get(c.key())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (YearProjection year : plan.years()) {
            List<String> cells = new ArrayList<>();
            for (Column column : columns) {
                cells.add(cell(wording, column, column.value().applyAsDouble(year)));
            }
            rows.add(List.copyOf(cells));
        }
        return new Table(headings, List.copyOf(rows));
    }

    private static String cell(Wording wording, Column column, double value) {
        if (column == YEAR) {
            return Integer.toString((int) value);
        }
        if (column.unit().equals("GB")) {
            return wording.gb(value);
        }
        if (column.unit().equals("%")) {
            return wording.withUnit(wording.number(value, column.decimals()), "%");
        }
        return wording.whole(value);
    }

    /** Other events and legacy records get a column only when they are part of the plan, as on the command line. */
    private static List<Column> columns(SizingPlan plan) {
        List<Column> columns = new ArrayList<>();
        columns.add(YEAR);
        columns.addAll(PEOPLE);
        if (!plan.inputs().otherEvents().isEmpty()) {
            columns.add(OTHER);
        }
        if (plan.inputs().legacy().records() > 0) {
            columns.add(LEGACY);
        }
        columns.addAll(DISKS);
        return columns;
    }
}
