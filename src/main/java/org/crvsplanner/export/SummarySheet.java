package org.crvsplanner.export;

import static org.crvsplanner.export.DiskGrowthSheet.Column.APPLICATION_DISK;
import static org.crvsplanner.export.DiskGrowthSheet.Column.CLUSTER_GROWS;
import static org.crvsplanner.export.DiskGrowthSheet.Column.PRODUCTION_SERVERS;
import static org.crvsplanner.export.DiskGrowthSheet.Column.RECORDS;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.DeploymentStage;

/**
 * The first page an officer reads: who the plan is for, the key figures, when the cluster must
 * grow, and the documentation's advice. Every figure, and all advice that depends on the inputs,
 * is a formula.
 */
final class SummarySheet {
    static final String NAME = "Summary";
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
    static final String BULLET = "• ";
    private static final String NONE_IN_POC = "IF(" + Names.PRODUCTION_SERVERS + "=0,\"none in a proof of concept\",";

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

    static void write(Grid grid, Styles styles, WorkbookContent content) {
        int years = content.plan().years().size();
        grid.text(0, 0, "OpenCRVS server plan", styles.title);
        grid.row(0).setHeightInPoints(22);
        detail(grid, styles, SCENARIO_ROW, "Scenario");
        grid.userText(SCENARIO_ROW, VALUE, content.displayName(), styles.userText);
        detail(grid, styles, NOTES_ROW, "Notes");
        grid.userText(NOTES_ROW, VALUE, content.notes(), styles.userText);
        grid.fitHeight(NOTES_ROW, content.notes(), 80);
        detail(grid, styles, DATE_ROW, "Date");
        grid.cell(DATE_ROW, VALUE, styles.date).setCellValue(content.date());
        detail(grid, styles, VERSION_ROW, "Prepared with");
        grid.text(VERSION_ROW, VALUE, "CRVS Capacity Planner " + content.appVersion(), styles.wrapped);
        detail(grid, styles, VERSION_ROW + 1, "Rules");
        String rules = "OpenCRVS documentation, \"4.3 Deploy: Set-up a server-hosted environment\"";
        grid.text(VERSION_ROW + 1, VALUE, rules, styles.wrapped);
        grid.fitHeight(VERSION_ROW + 1, rules, 46);
        detail(grid, styles, STAGE_ROW, "Deployment stage");
        grid.formula(STAGE_ROW, VALUE, stageLabel(), styles.calculatedText);
        detail(grid, styles, STAGE_ROW + 1, "Planning horizon");
        grid.formula(STAGE_ROW + 1, VALUE, "HorizonYears&IF(HorizonYears=1,\" year\",\" years\")",
                styles.calculatedText);
        detail(grid, styles, STAGE_ROW + 2, "Disks filled to at most");
        grid.formula(STAGE_ROW + 2, VALUE, "MaxFillPercent&\"%\"", styles.calculatedText);

        grid.text(HEADER_ROW - 1, 0, "Key figures", styles.section);
        grid.text(HEADER_ROW, 0, "Figure", styles.header);
        grid.text(HEADER_ROW, VALUE, "Value", styles.header);
        grid.text(HEADER_ROW, UNIT, "Unit", styles.header);
        keyFigures(grid, styles, years);

        grid.text(GROWTH_ROW - 1, 0, "When the production cluster must grow", styles.section);
        grid.formula(GROWTH_ROW, 0, growth(years), styles.calculatedText);
        grid.merge(GROWTH_ROW, 0, UNIT);
        grid.fitHeight(GROWTH_ROW, "\n", WIDE_CHARACTERS);

        grid.text(ADVICE_ROW - 1, 0, "Advice from the OpenCRVS documentation", styles.section);
        grid.formula(ADVICE_ROW, 0, advice(), styles.calculatedText);
        grid.merge(ADVICE_ROW, 0, UNIT);
        // Tall enough for every piece of advice at once, so that none is cut off when an input changes.
        grid.fitHeight(ADVICE_ROW, "x\n" + "x".repeat(2 * WIDE_CHARACTERS) + "\n"
                + "x".repeat(2 * WIDE_CHARACTERS) + "\nx\nx", WIDE_CHARACTERS);
        int end = ADVICE_ROW + 2;
        grid.text(end, 0, "Every figure here is a formula over the Assumptions sheet: change an input there and "
                + "the whole plan follows.", styles.note);
        grid.merge(end, 0, UNIT);
        grid.widths(56, 20, 26);
        grid.onePage(1);
    }

    private static void detail(Grid grid, Styles styles, int r, String label) {
        grid.text(r, 0, label, styles.label);
        grid.cell(r, UNIT, styles.wrapped);
        grid.merge(r, VALUE, UNIT);
    }

    private static void keyFigures(Grid grid, Styles styles, int years) {
        String horizon = "\"&HorizonYears";
        for (KeyFigure figure : KeyFigure.values()) {
            String label;
            String value;
            String format = Styles.GB;
            String unit = "\"GB\"";
            switch (figure) {
                case RECORDS_YEAR_1 -> {
                    label = "\"Records in year 1\"";
                    value = DiskGrowthSheet.cell(RECORDS, 1);
                    format = Styles.WHOLE;
                    unit = "\"records\"";
                }
                case RECORDS_HORIZON -> {
                    label = "\"Records in year " + horizon;
                    value = "INDEX(" + DiskGrowthSheet.range(RECORDS, years) + ",HorizonYears)";
                    format = Styles.WHOLE;
                    unit = "\"records\"";
                }
                case DISK_YEAR_1 -> {
                    label = "\"Application-server disk in year 1\"";
                    value = DiskGrowthSheet.cell(APPLICATION_DISK, 1);
                }
                case DISK_HORIZON -> {
                    label = "\"Application-server disk in year " + horizon;
                    value = Names.HORIZON_APP_DISK;
                }
                case PROVISIONED_DISK_HORIZON -> {
                    label = "\"Provisioned application-server disk (at most \"&MaxFillPercent&\"% full)\"";
                    value = Names.HORIZON_PROVISIONED_DISK;
                }
                case BACKUP_HORIZON -> {
                    label = "\"Backup disk in year " + horizon;
                    value = NONE_IN_POC + Names.HORIZON_BACKUP_DISK + ")";
                    unit = "IF(" + Names.PRODUCTION_SERVERS + "=0,\"\",\"GB\")";
                }
                case PROVISIONED_BACKUP_HORIZON -> {
                    label = "\"Provisioned backup disk (at most \"&MaxFillPercent&\"% full)\"";
                    value = NONE_IN_POC + Names.HORIZON_PROVISIONED_BACKUP_DISK + ")";
                    unit = "IF(" + Names.PRODUCTION_SERVERS + "=0,\"\",\"GB\")";
                }
                case PRODUCTION_SERVERS_HORIZON -> {
                    label = "\"Production servers in year " + horizon;
                    value = Names.PRODUCTION_SERVERS;
                    format = Styles.PLAIN;
                    unit = "\"servers\"";
                }
                case SERVERS -> {
                    label = "\"Servers in total\"";
                    value = ServersSheet.total(ServersSheet.COUNT);
                    format = Styles.PLAIN;
                    unit = "\"servers\"";
                }
                default -> {
                    label = "\"Provisioned disk, all servers together\"";
                    value = ServersSheet.total(ServersSheet.TOTAL_DISK);
                }
            }
            grid.formula(figure.row(), 0, label, styles.calculatedText);
            grid.formula(figure.row(), VALUE, value, styles.calculated(format));
            grid.formula(figure.row(), UNIT, unit, styles.calculatedText);
        }
    }

    private static String stageLabel() {
        StringBuilder formula = new StringBuilder();
        DeploymentStage[] stages = DeploymentStage.values();
        for (int i = 0; i < stages.length - 1; i++) {
            formula.append("IF(").append(Names.STAGE).append("=\"").append(stages[i].id()).append("\",\"")
                    .append(stages[i].label()).append("\",");
        }
        formula.append('"').append(stages[stages.length - 1].label()).append('"');
        formula.append(")".repeat(stages.length - 1));
        return formula.toString();
    }

    /** The years in which the cluster grows, one per line, read from the Disk growth sheet. */
    private static String growth(int years) {
        String grows = DiskGrowthSheet.range(CLUSTER_GROWS, years);
        String servers = DiskGrowthSheet.range(PRODUCTION_SERVERS, years);
        StringBuilder formula = new StringBuilder();
        for (int k = 1; k <= GROWTH_CHANGES; k++) {
            String year = "SMALL(" + grows + "," + k + ")";
            String change = (k > 1 ? "CHAR(10)&" : "") + "\"Year \"&" + year + "&\": grow to \"&INDEX(" + servers + ","
                    + year + ")&\" production servers\"";
            String none = k > 1 ? "\"\""
                    : "IF(" + Names.PRODUCTION_SERVERS + "=0,\"No production servers in a proof of concept\","
                            + "\"No growth: \"&" + Names.PRODUCTION_SERVERS
                            + "&\" production servers from year 1 to the horizon\")";
            formula.append(k > 1 ? "&" : "").append("IF(COUNT(").append(grows).append(")>=").append(k).append(',')
                    .append(change).append(',').append(none).append(')');
        }
        return formula.toString();
    }

    /**
     * The model's advice as one bulleted list, worded exactly as the model words it; advice that
     * does not apply leaves no gap.
     */
    private static String advice() {
        String retention = Names.BACKUP_RETENTION_RULE;
        String twice = Names.BACKUP_DOUBLE_RULE;
        String poc = "IF(" + Names.STAGE + "=\"poc\"," + line(quoted(new Advisory.ProofOfConceptHoldsNoLiveData().message()))
                + ",\"\")";
        String backup = "IF(" + Names.BACKUP_RULE + "=\"retention\","
                + "IF(" + retention + "<" + twice + "," + line("\"Keeping \"&BackupCopies&\" full backup copies needs \"&FIXED("
                + retention + ",2)&\" GB, less than the documentation's rule of twice the application server (\"&FIXED("
                + twice + ",2)&\" GB).\"") + ",\"\"),"
                + "IF(" + twice + "<" + retention + "," + line("\"The documentation's 2× backup rule gives \"&FIXED(" + twice
                + ",2)&\" GB, but keeping \"&BackupCopies&\" full copies, as OpenCRVS's backup job does by default, "
                + "needs \"&FIXED(" + retention + ",2)&\" GB.\"") + ",\"\"))";
        String horizon = "IF(AND(" + Names.BACKUP_RULE + "=\"retention\",HorizonYears<BackupCopies),"
                + line("\"The planning horizon (\"&HorizonYears&IF(HorizonYears=1,\" year\",\" years\")&\") is shorter "
                + "than the backup retention (\"&BackupCopies&\" copies): if a copy is kept a year, plan over at "
                + "least \"&BackupCopies&\" years.\"") + ",\"\")";
        String bandwidth = line("\"The data centre needs an internet connection of at least \"&" + Names.MINIMUM_MBPS
                + "&\" Mbps to the servers; below that, deploying is unworkable.\"");
        String x86 = "\"" + BULLET + "\"&" + quoted(new Advisory.X86Only().message());
        return String.join("&", poc, backup, horizon, bandwidth, x86);
    }

    private static String line(String text) {
        return "\"" + BULLET + "\"&" + text + "&CHAR(10)";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
