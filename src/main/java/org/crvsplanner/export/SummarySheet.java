package org.crvsplanner.export;

import static org.crvsplanner.export.DiskGrowthSheet.Column.APPLICATION_DISK;
import static org.crvsplanner.export.DiskGrowthSheet.Column.CLUSTER_GROWS;
import static org.crvsplanner.export.DiskGrowthSheet.Column.PRODUCTION_SERVERS;
import static org.crvsplanner.export.DiskGrowthSheet.Column.RECORDS;

import java.util.function.Function;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.text.ModelWords;

/**
 * The first page an officer reads: who the plan is for, the key figures, when the cluster must
 * grow, and the documentation's advice. Every figure, and all advice that depends on the inputs,
 * is a formula.
 */
final class SummarySheet {
    static final int SCENARIO_ROW = 2;
    static final int NOTES_ROW = 3;
    static final int DATE_ROW = 4;
    static final int VERSION_ROW = 5;
    static final int STAGE_ROW = 7;
    static final int HEADER_ROW = 12;
    static final int FIRST_FIGURE_ROW = HEADER_ROW + 1;
    static final int GROWTH_ROW = FIRST_FIGURE_ROW + KeyFigure.values().length + 2;
    /** The national bands (2, 3, 5 servers) allow at most two changes. */
    static final int GROWTH_CHANGES = 2;
    static final int ADVICE_ROW = GROWTH_ROW + 3;
    static final int VALUE = 1;
    static final int UNIT = 2;

    private static final int WIDE_CHARACTERS = 100;
    private static final int LABEL_WIDTH = 58;
    static final String BULLET = "• ";

    /** The key figures, in the order of their rows. */
    enum KeyFigure {
        RECORDS_YEAR_1, RECORDS_HORIZON, DISK_YEAR_1, DISK_HORIZON, PROVISIONED_DISK_HORIZON, BACKUP_HORIZON,
        PROVISIONED_BACKUP_HORIZON, PRODUCTION_SERVERS_HORIZON, SERVERS, DISK_TOTAL;

        int row() {
            return FIRST_FIGURE_ROW + ordinal();
        }
    }

    private SummarySheet() {
    }

    static void write(Grid grid, CellStyles styles, WorkbookContent content, WorkbookWords words) {
        int years = content.plan().years().size();
        FormulaText formulas = new FormulaText(words.wording());
        grid.text(0, 0, words.text("summary.title"), styles.title);
        grid.row(0).setHeightInPoints(22);
        detail(grid, styles, SCENARIO_ROW, words.text("summary.scenario"));
        grid.userText(SCENARIO_ROW, VALUE, content.displayName(words.wording()), styles.userText);
        detail(grid, styles, NOTES_ROW, words.text("summary.notes"));
        grid.userText(NOTES_ROW, VALUE, content.notes(), styles.userText);
        grid.fitHeight(NOTES_ROW, content.notes(), 80);
        detail(grid, styles, DATE_ROW, words.text("summary.date"));
        grid.cell(DATE_ROW, VALUE, styles.date).setCellValue(content.date());
        detail(grid, styles, VERSION_ROW, words.text("summary.preparedWith"));
        grid.text(VERSION_ROW, VALUE, "CRVS Capacity Planner " + content.appVersion(), styles.wrapped);
        detail(grid, styles, VERSION_ROW + 1, words.text("summary.rules"));
        grid.formula(VERSION_ROW + 1, VALUE, byVersion(version -> FormulaText.literal(
                words.text("versions.page." + version.id()))), styles.calculatedText);
        grid.fitHeight(VERSION_ROW + 1, words.text("versions.page." + DocsVersion.NEWEST.id()), 46);
        detail(grid, styles, STAGE_ROW, words.text("summary.stage"));
        grid.formula(STAGE_ROW, VALUE, stageLabel(words), styles.calculatedText);
        detail(grid, styles, STAGE_ROW + 1, words.text("summary.horizon"));
        grid.formula(STAGE_ROW + 1, VALUE, formulas.plural(words.pattern("summary.horizon.value.one"),
                words.pattern("summary.horizon.value.other"), "HorizonYears", "HorizonYears"), styles.calculatedText);
        detail(grid, styles, STAGE_ROW + 2, words.text("summary.fill"));
        grid.formula(STAGE_ROW + 2, VALUE, FormulaText.fill(words.pattern("summary.fill.value"),
                formulas.plain("MaxFillPercent")), styles.calculatedText);

        grid.text(HEADER_ROW - 1, 0, words.text("summary.keyFigures"), styles.section);
        grid.text(HEADER_ROW, 0, words.text("summary.header.figure"), styles.header);
        grid.text(HEADER_ROW, VALUE, words.text("summary.header.value"), styles.header);
        grid.text(HEADER_ROW, UNIT, words.text("summary.header.unit"), styles.header);
        keyFigures(grid, styles, years, words, formulas);

        grid.text(GROWTH_ROW - 1, 0, words.text("summary.growth"), styles.section);
        grid.formula(GROWTH_ROW, 0, growth(years, words), styles.calculatedText);
        grid.merge(GROWTH_ROW, 0, UNIT);
        grid.fitHeight(GROWTH_ROW, "\n", WIDE_CHARACTERS);

        grid.text(ADVICE_ROW - 1, 0, words.text("summary.advice"), styles.section);
        grid.formula(ADVICE_ROW, 0, SummaryAdvice.formula(words.wording(), formulas, InputRows.yes(words)),
                styles.calculatedText);
        grid.merge(ADVICE_ROW, 0, UNIT);
        // Tall enough for every piece of advice at once, so that none is cut off when an input changes.
        grid.fitHeight(ADVICE_ROW, "x\n" + "x".repeat(2 * WIDE_CHARACTERS) + "\n"
                + "x".repeat(2 * WIDE_CHARACTERS) + "\n" + "x".repeat(3 * WIDE_CHARACTERS) + "\nx\nx", WIDE_CHARACTERS);
        int end = ADVICE_ROW + 2;
        grid.text(end, 0, words.text("summary.formulaNote", words.sheet(WorkbookWords.Tab.ASSUMPTIONS)), styles.note);
        grid.merge(end, 0, UNIT);
        grid.fitHeight(end, words.text("summary.formulaNote", words.sheet(WorkbookWords.Tab.ASSUMPTIONS)), WIDE_CHARACTERS);
        grid.widths(LABEL_WIDTH, 22, 26);
        grid.onePage(1);
    }

    private static void detail(Grid grid, CellStyles styles, int r, String label) {
        grid.text(r, 0, label, styles.label);
        grid.cell(r, UNIT, styles.wrapped);
        grid.merge(r, VALUE, UNIT);
    }

    private static void keyFigures(Grid grid, CellStyles styles, int years, WorkbookWords words, FormulaText formulas) {
        String horizon = "HorizonYears";
        String fill = formulas.plain("MaxFillPercent");
        String gb = FormulaText.literal(words.unit("GB"));
        String noneInPoc = "IF(" + Names.PRODUCTION_SERVERS + "=0," + FormulaText.literal(words.text("summary.noneInPoc"))
                + ",";
        String records = FormulaText.literal(words.text("summary.unit.records"));
        String servers = FormulaText.literal(words.text("summary.unit.servers"));
        for (KeyFigure figure : KeyFigure.values()) {
            String labelKey;
            String label;
            String value;
            String format = CellStyles.GB;
            String unit = gb;
            switch (figure) {
                case RECORDS_YEAR_1 -> {
                    labelKey = "summary.figure.recordsYear1";
                    label = label(words, labelKey);
                    value = DiskGrowthSheet.cell(words, RECORDS, 1);
                    format = CellStyles.WHOLE;
                    unit = records;
                }
                case RECORDS_HORIZON -> {
                    labelKey = "summary.figure.recordsHorizon";
                    label = label(words, labelKey, horizon);
                    value = DiskGrowthSheet.atHorizon(words, RECORDS, years);
                    format = CellStyles.WHOLE;
                    unit = records;
                }
                case DISK_YEAR_1 -> {
                    labelKey = "summary.figure.diskYear1";
                    label = label(words, labelKey);
                    value = DiskGrowthSheet.cell(words, APPLICATION_DISK, 1);
                }
                case DISK_HORIZON -> {
                    labelKey = "summary.figure.diskHorizon";
                    label = label(words, labelKey, horizon);
                    value = Names.HORIZON_APP_DISK;
                }
                case PROVISIONED_DISK_HORIZON -> {
                    labelKey = "summary.figure.provisionedDisk";
                    label = label(words, labelKey, fill);
                    value = Names.HORIZON_PROVISIONED_DISK;
                }
                case BACKUP_HORIZON -> {
                    labelKey = "summary.figure.backupHorizon";
                    label = label(words, labelKey, horizon);
                    value = noneInPoc + Names.HORIZON_BACKUP_DISK + ")";
                    unit = "IF(" + Names.PRODUCTION_SERVERS + "=0,\"\"," + gb + ")";
                }
                case PROVISIONED_BACKUP_HORIZON -> {
                    labelKey = "summary.figure.provisionedBackup";
                    label = label(words, labelKey, fill);
                    value = noneInPoc + Names.HORIZON_PROVISIONED_BACKUP_DISK + ")";
                    unit = "IF(" + Names.PRODUCTION_SERVERS + "=0,\"\"," + gb + ")";
                }
                case PRODUCTION_SERVERS_HORIZON -> {
                    labelKey = "summary.figure.productionServers";
                    label = label(words, labelKey, horizon);
                    value = Names.PRODUCTION_SERVERS;
                    format = CellStyles.PLAIN;
                    unit = servers;
                }
                case SERVERS -> {
                    labelKey = "summary.figure.servers";
                    label = label(words, labelKey);
                    value = ServersSheet.total(words, ServersSheet.COUNT);
                    format = CellStyles.PLAIN;
                    unit = servers;
                }
                default -> {
                    labelKey = "summary.figure.diskTotal";
                    label = label(words, labelKey);
                    value = ServersSheet.total(words, ServersSheet.TOTAL_DISK);
                }
            }
            grid.formula(figure.row(), 0, label, styles.calculatedText);
            // A formula's text is not known yet: tall enough for a 3-digit horizon or fill.
            grid.fitHeight(figure.row(), words.text(labelKey, 100), LABEL_WIDTH);
            grid.formula(figure.row(), VALUE, value, styles.calculated(format));
            grid.formula(figure.row(), UNIT, unit, styles.calculatedText);
        }
    }

    private static String label(WorkbookWords words, String key, String... formulas) {
        return FormulaText.fill(words.pattern(key), formulas);
    }

    /** The formula for the version named in the Assumptions; "" for a version this build does not know. */
    static String byVersion(Function<DocsVersion, String> formula) {
        StringBuilder out = new StringBuilder();
        for (DocsVersion version : DocsVersion.values()) {
            out.append("IF(").append(VersionsSheet.is(version)).append(',').append(formula.apply(version)).append(',');
        }
        return out.append("\"\"").append(")".repeat(DocsVersion.values().length)).toString();
    }

    private static String stageLabel(WorkbookWords words) {
        StringBuilder formula = new StringBuilder();
        DeploymentStage[] stages = DeploymentStage.values();
        for (int i = 0; i < stages.length - 1; i++) {
            formula.append("IF(").append(Names.STAGE).append("=\"").append(stages[i].id()).append("\",")
                    .append(FormulaText.literal(ModelWords.label(stages[i], words.wording()))).append(',');
        }
        formula.append(FormulaText.literal(ModelWords.label(stages[stages.length - 1], words.wording())));
        formula.append(")".repeat(stages.length - 1));
        return formula.toString();
    }

    /** The years in which the cluster grows, one per line, read from the Disk growth sheet. */
    private static String growth(int years, WorkbookWords words) {
        FormulaText formulas = new FormulaText(words.wording());
        String grows = DiskGrowthSheet.range(words, CLUSTER_GROWS, years);
        StringBuilder formula = new StringBuilder();
        for (int k = 1; k <= GROWTH_CHANGES; k++) {
            String year = "SMALL(" + grows + "," + k + ")";
            String change = (k > 1 ? "CHAR(10)&" : "") + FormulaText.fill(words.pattern("summary.growth.change"),
                    year, DiskGrowthSheet.inYear(words, PRODUCTION_SERVERS, years, year));
            String none = k > 1 ? "\"\""
                    : "IF(" + Names.PRODUCTION_SERVERS + "=0," + FormulaText.literal(words.text("summary.growth.poc"))
                            + "," + formulas.plural(words.pattern("summary.growth.none.one"),
                                    words.pattern("summary.growth.none.other"), Names.PRODUCTION_SERVERS,
                                    Names.PRODUCTION_SERVERS) + ")";
            formula.append(k > 1 ? "&" : "").append("IF(COUNT(").append(grows).append(")>=").append(k).append(',')
                    .append(change).append(',').append(none).append(')');
        }
        return formula.toString();
    }
}
