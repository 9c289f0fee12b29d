package org.crvsplanner.export;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;

/**
 * Every model input, one per row and each a defined name, then the other event types, the
 * benchmark data of OpenCRVS, and the figures calculated from them that other sheets share.
 */
final class AssumptionsSheet {
    static final String NAME = "Assumptions";
    static final int HEADER_ROW = 5;
    static final int FIRST_INPUT_ROW = HEADER_ROW + 1;
    static final int VALUE = 1;

    private static final int LABEL = 0;
    private static final int UNIT = 2;
    private static final int ALLOWED = 3;
    private static final int DEFAULT = 4;
    private static final int SOURCE = 5;
    private static final int NAME_COLUMN = 6;
    private static final int LAST_COLUMN = NAME_COLUMN;
    /** Empty rows after the plan's event types, where the officer can add more. */
    private static final int SPARE_EVENT_ROWS = 3;
    private static final int ALLOWED_WIDTH = 44;
    private static final int SOURCE_WIDTH = 46;

    private AssumptionsSheet() {
    }

    static void write(Grid grid, Styles styles, SizingPlan plan, int minimumMbps) {
        SizingInputs in = plan.inputs();
        int years = plan.years().size();
        grid.text(0, LABEL, "Assumptions", styles.title);
        grid.text(1, LABEL, "Every input of the sizing model, one per row. Change a yellow input and every sheet "
                + "follows. Green cells are benchmark data from OpenCRVS; white cells are calculated. Formulas use "
                + "the names in the last column. \"OpenCRVS docs\" is the page \"4.3 Deploy: Set-up a server-hosted "
                + "environment\".", styles.note);
        grid.merge(1, LABEL, LAST_COLUMN);
        grid.row(1).setHeightInPoints(30);
        grid.text(2, LABEL, "Input: type here", styles.inputText);
        grid.text(2, VALUE, "Benchmark data", styles.benchmarkText);
        grid.text(2, UNIT, "Calculated", styles.calculatedText);
        grid.text(3, LABEL, "The Disk growth sheet has one row per year for the " + years
                + (years == 1 ? " year" : " years") + " of the horizon this workbook was exported with. A "
                + "shorter planning horizon works here; for a longer one, export again from CRVS Capacity "
                + "Planner.", styles.note);
        grid.merge(3, LABEL, LAST_COLUMN);
        grid.row(3).setHeightInPoints(30);

        header(grid, styles, HEADER_ROW, "Input", "Value", "Unit", "Allowed", "Default",
                "Where the default comes from", "Name in formulas");
        int r = FIRST_INPUT_ROW;
        for (InputRows.InputRow input : InputRows.of(in)) {
            grid.text(r, LABEL, input.label(), styles.label);
            if (input.number() != null) {
                grid.number(r, VALUE, input.number(), styles.input(input.format()));
            } else {
                grid.text(r, VALUE, input.text(), styles.inputText);
            }
            grid.name(input.name(), r, VALUE);
            validate(grid.sheet(), r, VALUE, input, years);
            grid.text(r, UNIT, input.unit(), styles.label);
            grid.text(r, ALLOWED, input.allowed(), styles.wrapped);
            grid.text(r, DEFAULT, input.defaultText(), styles.label);
            grid.text(r, SOURCE, input.source(), styles.wrapped);
            grid.text(r, NAME_COLUMN, input.name(), styles.label);
            grid.fitHeight(r, input.allowed(), ALLOWED_WIDTH);
            grid.fitHeight(r, input.source(), SOURCE_WIDTH);
            r++;
        }

        EventRows events = events(grid, styles, in, r + 1);
        r = benchmarks(grid, styles, events.next() + 1, minimumMbps);
        calculated(grid, styles, r + 1, years, events);

        grid.widths(44, 16, 22, ALLOWED_WIDTH, 12, SOURCE_WIDTH, 28);
        grid.layout(HEADER_ROW, FIRST_INPUT_ROW);
    }

    /** Where the other event types landed, and the first free row after them. */
    private record EventRows(int first, int last, int next) {
    }

    private static EventRows events(Grid grid, Styles styles, SizingInputs in, int r) {
        grid.text(r++, LABEL, "Other event types", styles.section);
        grid.text(r, LABEL, "Vital events registered besides births and deaths, such as marriages or adoptions. "
                + "Leave \"Own attachments\" blank to use the general average. Empty rows count as nothing.",
                styles.note);
        grid.merge(r++, LABEL, LAST_COLUMN);
        header(grid, styles, r, "Event type", "Rate", "Unit", "Own attachments per record (optional)",
                "Attachments used", "Attachments per 1,000 people", "");
        grid.row(r++).setHeightInPoints(30);
        List<EventType> events = in.otherEvents();
        int rows = Math.min(SizingInputs.MAX_EVENT_TYPES, events.size() + SPARE_EVENT_ROWS);
        int first = r;
        for (int i = 0; i < rows; i++, r++) {
            EventType event = i < events.size() ? events.get(i) : null;
            if (event != null) {
                grid.userText(r, 0, event.name(), styles.userInput);
                grid.number(r, 1, event.ratePerThousand(), styles.input(Styles.GENERAL));
            } else {
                grid.cell(r, 0, styles.userInput);
                grid.cell(r, 1, styles.input(Styles.GENERAL));
            }
            grid.text(r, 2, InputField.EVENT_RATE.unit(), styles.label);
            if (event != null && event.attachmentsPerRecord().isPresent()) {
                grid.number(r, 3, event.attachmentsPerRecord().getAsDouble(), styles.input(Styles.GENERAL));
            } else {
                grid.cell(r, 3, styles.input(Styles.GENERAL));
            }
            String rate = Grid.ref(r, 1);
            String own = Grid.ref(r, 3);
            grid.formula(r, 4, "IF(" + rate + "=\"\",\"\",IF(" + own + "=\"\",AttachmentsPerRecord," + own + "))",
                    styles.calculated(Styles.GENERAL));
            grid.formula(r, 5, "IF(" + rate + "=\"\",\"\"," + rate + "*" + Grid.ref(r, 4) + ")",
                    styles.calculated(Styles.RATE));
        }
        int last = r - 1;
        DataValidationHelper helper = grid.sheet().getDataValidationHelper();
        addValidation(grid.sheet(), helper, decimal(helper, InputField.EVENT_RATE), first, last, 1,
                "Rate", InputField.EVENT_RATE.rangeText());
        addValidation(grid.sheet(), helper, decimal(helper, InputField.EVENT_ATTACHMENTS), first, last, 3,
                "Own attachments", InputField.EVENT_ATTACHMENTS.rangeText() + ", or blank for the general average");
        return new EventRows(first, last, r);
    }

    private static int benchmarks(Grid grid, Styles styles, int r, int minimumMbps) {
        grid.text(r++, LABEL, "Benchmark data from OpenCRVS", styles.section);
        header(grid, styles, r++, "Item", "Value", "Unit", "", "", "Source", "Name in formulas");
        for (Benchmarks.Benchmark b : Benchmarks.all(minimumMbps)) {
            grid.text(r, LABEL, b.label(), styles.label);
            grid.number(r, VALUE, b.value(), styles.benchmark(b.format()));
            grid.name(b.name(), r, VALUE);
            grid.text(r, UNIT, b.unit(), styles.label);
            grid.text(r, SOURCE, b.source(), styles.wrapped);
            grid.text(r, NAME_COLUMN, b.name(), styles.label);
            grid.fitHeight(r, b.source(), SOURCE_WIDTH);
            r++;
        }
        return r;
    }

    private static void calculated(Grid grid, Styles styles, int r, int years, EventRows events) {
        String rates = Grid.ref(events.first(), 1) + ":" + Grid.ref(events.last(), 1);
        String attachmentRates = Grid.ref(events.first(), 5) + ":" + Grid.ref(events.last(), 5);
        String horizon = "," + Names.of(InputField.HORIZON_YEARS) + ")";
        grid.text(r++, LABEL, "Calculated from the inputs", styles.section);
        header(grid, styles, r++, "Figure", "Value", "Unit", "", "", "How", "Name in formulas");
        Object[][] rows = {
            {"Other events per 1,000 people", Names.OTHER_EVENT_RATE, "SUM(" + rates + ")", Styles.RATE,
                "per 1,000 people", "Sum of the rates of the other event types"},
            {"Attachments of other events per 1,000 people", Names.OTHER_ATTACHMENT_RATE,
                "SUM(" + attachmentRates + ")", Styles.RATE, "per 1,000 people",
                "Each event type's rate times the attachments it uses"},
            {"Production servers at the horizon", Names.PRODUCTION_SERVERS,
                "INDEX(" + DiskGrowthSheet.range(DiskGrowthSheet.Column.PRODUCTION_SERVERS, years) + horizon,
                Styles.PLAIN, "servers", "Disk growth, horizon year: by stage, and by the largest population so far"},
            {"Application-server disk at the horizon", Names.HORIZON_APP_DISK,
                "INDEX(" + DiskGrowthSheet.range(DiskGrowthSheet.Column.APPLICATION_DISK, years) + horizon,
                Styles.GB, "GB", "Disk growth, horizon year"},
            {"Provisioned application-server disk at the horizon", Names.HORIZON_PROVISIONED_DISK,
                "INDEX(" + DiskGrowthSheet.range(DiskGrowthSheet.Column.PROVISIONED_DISK, years) + horizon,
                Styles.GB, "GB", "Disk growth, horizon year: required disk at the highest fill"},
            {"Backup disk at the horizon", Names.HORIZON_BACKUP_DISK,
                "INDEX(" + DiskGrowthSheet.range(DiskGrowthSheet.Column.BACKUP_DISK, years) + horizon,
                Styles.GB, "GB", "Disk growth, horizon year, by the backup rule"},
            {"Provisioned backup disk at the horizon", Names.HORIZON_PROVISIONED_BACKUP_DISK,
                "INDEX(" + DiskGrowthSheet.range(DiskGrowthSheet.Column.PROVISIONED_BACKUP_DISK, years) + horizon,
                Styles.GB, "GB", "Disk growth, horizon year"},
            {"Backup by the double rule", Names.BACKUP_DOUBLE_RULE, "2*" + Names.HORIZON_APP_DISK, Styles.GB,
                "GB", "Twice the application server, as the OpenCRVS docs recommend"},
            {"Backup by the retention rule", Names.BACKUP_RETENTION_RULE,
                "OsReserveGb+BackupCopies*(" + Names.HORIZON_APP_DISK + "-OsReserveGb)", Styles.GB, "GB",
                "OS reserve plus the copies kept, each a full copy of the data"},
        };
        for (Object[] row : rows) {
            grid.text(r, LABEL, (String) row[0], styles.label);
            grid.formula(r, VALUE, (String) row[2], styles.calculated((String) row[3]));
            grid.name((String) row[1], r, VALUE);
            grid.text(r, UNIT, (String) row[4], styles.label);
            grid.text(r, SOURCE, (String) row[5], styles.wrapped);
            grid.text(r, NAME_COLUMN, (String) row[1], styles.label);
            grid.fitHeight(r, (String) row[5], SOURCE_WIDTH);
            r++;
        }
    }

    private static void header(Grid grid, Styles styles, int r, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            grid.text(r, c, titles[c], styles.header);
        }
    }

    private static void validate(XSSFSheet sheet, int r, int c, InputRows.InputRow input, int years) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        String allowed;
        if (!input.choices().isEmpty()) {
            constraint = helper.createExplicitListConstraint(input.choices().toArray(String[]::new));
            allowed = "one of " + String.join(", ", input.choices());
        } else if (input.field() == InputField.HORIZON_YEARS || input.field() == InputField.COVERAGE_FULL_YEAR) {
            // The sheet has rows for the exported horizon only.
            constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "1", Integer.toString(years));
            allowed = "a whole number between 1 and " + years + " (this workbook has rows for " + years
                    + (years == 1 ? " year" : " years") + "; export again for a longer horizon)";
        } else {
            constraint = decimal(helper, input.field());
            allowed = input.field().rangeText();
        }
        addValidation(sheet, helper, constraint, r, r, c, input.label(), allowed);
    }

    private static DataValidationConstraint decimal(DataValidationHelper helper, InputField field) {
        String min = plain(field.min());
        String max = plain(field.max());
        return field.whole()
                ? helper.createIntegerConstraint(OperatorType.BETWEEN, min, max)
                : helper.createDecimalConstraint(OperatorType.BETWEEN, min, max);
    }

    private static void addValidation(XSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
            int firstRow, int lastRow, int c, String title, String allowed) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, c, c));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, title + " must be " + allowed + ".");
        validation.setEmptyCellAllowed(true);
        // POI's XSSF flag is inverted: true shows the drop-down of a list.
        validation.setSuppressDropDownArrow(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        sheet.addValidationData(validation);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

}
