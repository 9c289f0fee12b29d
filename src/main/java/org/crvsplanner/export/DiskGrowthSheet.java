package org.crvsplanner.export;

import java.util.stream.Stream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingPlan;

/**
 * One row per year of the horizon, every cell a formula over the Assumptions, in the same order
 * of operations as the model so that both give the same figures.
 */
final class DiskGrowthSheet {
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)(\\^?)}");

    enum Column {
        YEAR("diskGrowth.column.year", CellStyles.PLAIN, 6),
        POPULATION("diskGrowth.column.population", CellStyles.WHOLE, 14),
        COVERAGE("diskGrowth.column.coverage", CellStyles.PERCENT, 12),
        BIRTHS("diskGrowth.column.births", CellStyles.WHOLE, 12),
        DEATHS("diskGrowth.column.deaths", CellStyles.WHOLE, 11),
        OTHER_EVENTS("diskGrowth.column.otherEvents", CellStyles.WHOLE, 11),
        LEGACY("diskGrowth.column.legacy", CellStyles.WHOLE, 12),
        RECORDS("diskGrowth.column.records", CellStyles.WHOLE, 12),
        RECORD_DATA("diskGrowth.column.recordData", CellStyles.GB, 11),
        DATABASE_OVERHEAD("diskGrowth.column.databaseOverhead", CellStyles.GB, 11),
        ATTACHMENTS("diskGrowth.column.attachments", CellStyles.GB, 14),
        DATA_TO_DATE("diskGrowth.column.dataToDate", CellStyles.GB, 13),
        CITIZEN_DATA("diskGrowth.column.citizenData", CellStyles.GB, 13),
        MONITORING("diskGrowth.column.monitoring", CellStyles.GB, 12),
        LOGGING("diskGrowth.column.logging", CellStyles.GB, 10),
        ENCRYPTION_HEADROOM("diskGrowth.column.encryptionHeadroom", CellStyles.GB, 12),
        APPLICATION_DISK("diskGrowth.column.applicationDisk", CellStyles.GB, 14),
        PROVISIONED_DISK("diskGrowth.column.provisionedDisk", CellStyles.GB, 15),
        STAGING_DISK("diskGrowth.column.stagingDisk", CellStyles.GB, 14),
        BACKUP_DISK("diskGrowth.column.backupDisk", CellStyles.GB, 14),
        PROVISIONED_BACKUP_DISK("diskGrowth.column.provisionedBackupDisk", CellStyles.GB, 15),
        LARGEST_POPULATION("diskGrowth.column.largestPopulation", CellStyles.WHOLE, 14),
        PRODUCTION_SERVERS("diskGrowth.column.productionServers", CellStyles.PLAIN, 13),
        CLUSTER_GROWS("diskGrowth.column.clusterGrows", CellStyles.PLAIN, 10);

        final SheetColumn look;

        Column(String key, String format, int width) {
            look = new SheetColumn(key, format, width);
        }

        String letter() {
            return CellReference.convertNumToColString(ordinal());
        }
    }

    private DiskGrowthSheet() {
    }

    /** "'Disk growth'!$L$5:$L$9": the column over the years written. */
    static String range(WorkbookWords words, Column column, int years) {
        return new CellReference(words.sheet(WorkbookWords.Tab.DISK_GROWTH), FIRST_ROW, column.ordinal(), true, true).formatAsString() + ":"
                + new CellReference(FIRST_ROW + years - 1, column.ordinal(), true, true).formatAsString();
    }

    /**
     * The column's figure in the year that {@code year} (a formula) gives, such as
     * "INDEX('Disk growth'!$L$5:$L$9,HorizonYears)". With one row there is one year to pick, so
     * it is that cell: Gnumeric answers #REF! for INDEX over a one-cell range.
     */
    static String inYear(WorkbookWords words, Column column, int years, String year) {
        return years == 1 ? cell(words, column, 1) : "INDEX(" + range(words, column, years) + "," + year + ")";
    }

    /** The column's figure in the horizon year that the Assumptions set. */
    static String atHorizon(WorkbookWords words, Column column, int years) {
        return inYear(words, column, years, Names.of(InputField.HORIZON_YEARS));
    }

    /** "'Disk growth'!$H$5": the column's cell in the given year, counted from 1. */
    static String cell(WorkbookWords words, Column column, int year) {
        return new CellReference(words.sheet(WorkbookWords.Tab.DISK_GROWTH), FIRST_ROW + year - 1, column.ordinal(), true, true).formatAsString();
    }

    static void write(Grid grid, CellStyles styles, SizingPlan plan, WorkbookWords words) {
        int years = plan.years().size();
        grid.text(0, 0, words.text("diskGrowth.title"), styles.title);
        grid.text(1, 0, words.plural("diskGrowth.note", years, years, words.sheet(WorkbookWords.Tab.ASSUMPTIONS)),
                styles.note);
        grid.merge(1, 0, Column.values().length - 1);
        grid.row(1).setHeightInPoints(32);
        int[] widths = SheetColumn.headers(grid, styles, words, HEADER_ROW,
                Stream.of(Column.values()).map(c -> c.look).toArray(SheetColumn[]::new));
        String yes = FormulaText.literal(InputRows.yes(words));
        boolean projected = plan.inputs().followsProjection();
        for (int year = 1; year <= years; year++) {
            int r = FIRST_ROW + year - 1;
            for (Column column : Column.values()) {
                String formula = expand(formula(column, year == 1, projected).replace("{YES}", yes), r);
                grid.formula(r, column.ordinal(), formula, styles.calculated(column.look.format()));
            }
        }
        greyPastTheHorizon(grid, years);
        int note = FIRST_ROW + years;
        grid.text(note, 0, words.plural("chart.note", years, years, words.sheet(WorkbookWords.Tab.ASSUMPTIONS)),
                styles.note);
        grid.merge(note, 0, DiskGrowthChart.WIDTH_COLUMNS - 1);
        grid.widths(widths);
        grid.layout(HEADER_ROW, FIRST_ROW);
        // No page break before the chart: Gnumeric reads a row break as a break between columns
        // at that number, which split the table's last columns, or added blank pages, there.
    }

    /** Years after a horizon shortened in the Assumptions are not part of the plan: grey them. */
    private static void greyPastTheHorizon(Grid grid, int years) {
        SheetConditionalFormatting formatting = grid.sheet().getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "$" + Column.YEAR.letter() + (FIRST_ROW + 1) + ">" + Names.of(InputField.HORIZON_YEARS));
        FontFormatting font = rule.createFontFormatting();
        font.setFontColorIndex(IndexedColors.GREY_50_PERCENT.getIndex());
        font.setFontStyle(true, false);
        formatting.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(FIRST_ROW, FIRST_ROW + years - 1, 0, Column.values().length - 1)}, rule);
    }

    /**
     * The formula of a column; {@code {COLUMN}} is this year's cell and {@code {COLUMN^}} the year
     * before's.
     */
    private static String formula(Column column, boolean firstYear, boolean projected) {
        // Year 1 of a followed projection is the Population and rates inputs themselves; later
        // years read the projection's table on the Assumptions sheet.
        boolean fromTable = projected && !firstYear;
        return switch (column) {
            case YEAR -> "ROW()-" + (HEADER_ROW + 1);
            case POPULATION -> firstYear ? "Population"
                    : fromTable ? "INDEX(" + Names.PROJECTED_POPULATION + ",{YEAR})"
                    : "{POPULATION^}*(1+GrowthPercent/100)";
            case COVERAGE -> "IF({YEAR}>=CoverageFullYear,100,"
                    + "CoverageStartPercent+(100-CoverageStartPercent)*({YEAR}-1)/(CoverageFullYear-1))";
            case BIRTHS -> "{POPULATION}*{COVERAGE}/100*"
                    + (fromTable ? "INDEX(" + Names.PROJECTED_BIRTH_RATE + ",{YEAR})" : "CrudeBirthRate") + "/1000";
            case DEATHS -> "{POPULATION}*{COVERAGE}/100*"
                    + (fromTable ? "INDEX(" + Names.PROJECTED_DEATH_RATE + ",{YEAR})" : "CrudeDeathRate") + "/1000";
            case OTHER_EVENTS -> "{POPULATION}*{COVERAGE}/100*" + Names.OTHER_EVENT_RATE + "/1000";
            case LEGACY -> "IF({YEAR}=1,LegacyRecords,0)";
            case RECORDS -> "{BIRTHS}+{DEATHS}+{OTHER_EVENTS}+{LEGACY}";
            case RECORD_DATA -> "{RECORDS}*KbPerRecord/" + Names.KB_PER_GB;
            case DATABASE_OVERHEAD -> "{RECORD_DATA}*(" + Names.DATABASE_OVERHEAD_PERCENT + "/100)";
            case ATTACHMENTS -> "(({BIRTHS}+{DEATHS})*AttachmentsPerRecord+{POPULATION}*{COVERAGE}/100*"
                    + Names.OTHER_ATTACHMENT_RATE + "/1000+{LEGACY}*LegacyAttachments)*MbPerAttachment/"
                    + Names.MB_PER_GB;
            case DATA_TO_DATE -> firstYear ? "{RECORD_DATA}+{DATABASE_OVERHEAD}+{ATTACHMENTS}"
                    : "{DATA_TO_DATE^}+({RECORD_DATA}+{DATABASE_OVERHEAD}+{ATTACHMENTS})";
            case CITIZEN_DATA -> hundredths("{DATA_TO_DATE}");
            case MONITORING -> monitoring("{PRODUCTION_SERVERS}");
            case LOGGING -> "IF(" + Names.MONITORING + "=\"this-server\"," + Names.LOGGING_GB + ",0)";
            case ENCRYPTION_HEADROOM -> headroom("{CITIZEN_DATA}+{MONITORING}+{LOGGING}");
            case APPLICATION_DISK -> "OsReserveGb+({CITIZEN_DATA}+{MONITORING}+{LOGGING})+{ENCRYPTION_HEADROOM}";
            case PROVISIONED_DISK -> "{APPLICATION_DISK}/(MaxFillPercent/100)";
            // Staging is one server, which monitors itself alone.
            case STAGING_DISK -> {
                String partition = "({CITIZEN_DATA}+" + monitoring("1") + "+{LOGGING})";
                yield "OsReserveGb+" + partition + "+" + headroom(partition);
            }
            case BACKUP_DISK -> "IF(" + Names.BACKUP_RULE + "=\"retention\",OsReserveGb+BackupCopies*{CITIZEN_DATA},"
                    + "2*{APPLICATION_DISK})";
            case PROVISIONED_BACKUP_DISK -> "{BACKUP_DISK}/(MaxFillPercent/100)";
            // In whole people, as the model decides the band: every program rounds alike.
            case LARGEST_POPULATION -> firstYear ? "ROUND({POPULATION},0)"
                    : "MAX({LARGEST_POPULATION^},ROUND({POPULATION},0))";
            case PRODUCTION_SERVERS -> "IF(" + Names.STAGE + "=\"poc\"," + Names.POC_PRODUCTION_SERVERS
                    + ",IF(" + Names.STAGE + "=\"pilot\"," + Names.PILOT_PRODUCTION_SERVERS
                    + ",IF({LARGEST_POPULATION}<" + Names.BAND2_FROM + "," + Names.BAND1_SERVERS
                    + ",IF({LARGEST_POPULATION}<" + Names.BAND3_FROM + "," + Names.BAND2_SERVERS + ","
                    + Names.BAND3_SERVERS + "))))";
            // A year past a horizon shortened in the sheet is not part of the plan.
            case CLUSTER_GROWS -> firstYear ? "\"\""
                    : "IF(AND({YEAR}<=HorizonYears,{PRODUCTION_SERVERS}<>{PRODUCTION_SERVERS^}),{YEAR},\"\")";
        };
    }

    /** The figure as the chosen version's page carries it: to the hundredth of a GB in v2.1. */
    private static String hundredths(String gb) {
        return "IF(" + Names.ROUNDS_TO_HUNDREDTH + "=1,ROUND(" + gb + ",2)," + gb + ")";
    }

    /** Monitoring data kept on this server for {@code hosts} monitored servers; 0 where the version has no rule. */
    private static String monitoring(String hosts) {
        return "IF(" + Names.MONITORING + "=\"this-server\"," + hundredths("(" + Names.MONITORING_MB_PER_HOST_DAY
                + "*MonitoringDays/" + Names.MB_PER_GB + "+" + Names.MONITORING_GB_PER_HOST + ")*" + hosts) + ",0)";
    }

    /** The headroom beside an encrypted partition of this size; 0 unencrypted or where the version has no rule. */
    private static String headroom(String partition) {
        return "IF(AND(" + Names.DISK_ENCRYPTION + "={YES}," + Names.ENCRYPTION_MINIMUM_GB + ">0),"
                + hundredths("MAX(" + Names.ENCRYPTION_MINIMUM_GB + ",(" + Names.ENCRYPTION_PERCENT + "/100)*("
                        + partition + "))") + ",0)";
    }

    private static String expand(String template, int r) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Column column = Column.valueOf(m.group(1));
            int row = m.group(2).isEmpty() ? r : r - 1;
            m.appendReplacement(out, Grid.ref(row, column.ordinal()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
