package org.crvsplanner.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.ModelWords;

/**
 * Every model input, one per row and each a defined name, then the other event types, the
 * benchmark data of OpenCRVS, and the figures calculated from them that other sheets share.
 */
final class AssumptionsSheet {
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
    /** The columns' widths in characters. */
    static final int[] WIDTHS = {44, 16, 22, ALLOWED_WIDTH, 14, SOURCE_WIDTH, 28};

    private AssumptionsSheet() {
    }

    static void write(Grid grid, CellStyles styles, SizingPlan plan, Optional<CountrySource> source, int minimumMbps,
            WorkbookWords words) {
        SizingInputs in = plan.inputs();
        int years = plan.years().size();
        grid.text(0, LABEL, words.text("assumptions.title"), styles.title);
        grid.text(1, LABEL, words.text("assumptions.intro"), styles.note);
        grid.merge(1, LABEL, LAST_COLUMN);
        grid.row(1).setHeightInPoints(30);
        grid.text(2, LABEL, words.text("assumptions.legend.input"), styles.inputText);
        grid.text(2, VALUE, words.text("assumptions.legend.benchmark"), styles.benchmarkText);
        grid.text(2, UNIT, words.text("assumptions.legend.calculated"), styles.calculatedText);
        grid.text(3, LABEL, words.plural("assumptions.rows", years, years, words.sheet(WorkbookWords.Tab.DISK_GROWTH)),
                styles.note);
        grid.merge(3, LABEL, LAST_COLUMN);
        grid.row(3).setHeightInPoints(30);

        header(grid, styles, HEADER_ROW, words, "input", "value", "unit", "allowed", "default", "source", "name");
        int r = FIRST_INPUT_ROW;
        for (InputRows.InputRow input : InputRows.of(in, source, words)) {
            grid.text(r, LABEL, input.label(), styles.label);
            if (input.number() != null) {
                grid.number(r, VALUE, input.number(), styles.input(input.format()));
            } else {
                grid.text(r, VALUE, input.text(), styles.inputText);
            }
            grid.name(input.name(), r, VALUE);
            validate(grid.sheet(), r, VALUE, input, years, words);
            grid.text(r, UNIT, input.unit(), styles.label);
            grid.text(r, ALLOWED, input.allowed(), styles.wrapped);
            grid.text(r, DEFAULT, input.defaultText(), styles.label);
            grid.text(r, SOURCE, input.source(), styles.wrapped);
            grid.text(r, NAME_COLUMN, input.name(), styles.label);
            grid.fitHeight(r, input.allowed(), ALLOWED_WIDTH);
            grid.fitHeight(r, input.source(), SOURCE_WIDTH);
            r++;
        }

        EventRows events = events(grid, styles, in, r + 1, words);
        r = benchmarks(grid, styles, events.next() + 1, minimumMbps, words);
        r = calculated(grid, styles, r + 1, years, events, words);
        if (in.followsProjection()) {
            ProjectionTable.write(grid, styles, plan, r + 1, words);
        }

        grid.widths(WIDTHS);
        grid.layout(HEADER_ROW, FIRST_INPUT_ROW);
    }

    /** Where the other event types landed, and the first free row after them. */
    private record EventRows(int first, int last, int next) {
    }

    private static EventRows events(Grid grid, CellStyles styles, SizingInputs in, int r, WorkbookWords words) {
        grid.text(r++, LABEL, words.text("events.title"), styles.section);
        grid.text(r, LABEL, words.text("events.intro"), styles.note);
        grid.merge(r++, LABEL, LAST_COLUMN);
        header(grid, styles, r, words, "events.header.type", "events.header.rate", "unit", "events.header.own",
                "events.header.used", "events.header.perThousand", "");
        grid.row(r++).setHeightInPoints(30);
        List<EventType> events = in.otherEvents();
        int rows = Math.min(SizingInputs.MAX_EVENT_TYPES, events.size() + SPARE_EVENT_ROWS);
        int first = r;
        for (int i = 0; i < rows; i++, r++) {
            EventType event = i < events.size() ? events.get(i) : null;
            if (event != null) {
                grid.userText(r, 0, event.name(), styles.userInput);
                grid.number(r, 1, event.ratePerThousand(), styles.input(CellStyles.GENERAL));
            } else {
                grid.cell(r, 0, styles.userInput);
                grid.cell(r, 1, styles.input(CellStyles.GENERAL));
            }
            grid.text(r, 2, ModelWords.unit(InputField.EVENT_RATE, words.wording()), styles.label);
            if (event != null && event.attachmentsPerRecord().isPresent()) {
                grid.number(r, 3, event.attachmentsPerRecord().getAsDouble(), styles.input(CellStyles.GENERAL));
            } else {
                grid.cell(r, 3, styles.input(CellStyles.GENERAL));
            }
            String rate = Grid.ref(r, 1);
            String own = Grid.ref(r, 3);
            grid.formula(r, 4, "IF(" + rate + "=\"\",\"\",IF(" + own + "=\"\",AttachmentsPerRecord," + own + "))",
                    styles.calculated(CellStyles.GENERAL));
            grid.formula(r, 5, "IF(" + rate + "=\"\",\"\"," + rate + "*" + Grid.ref(r, 4) + ")",
                    styles.calculated(CellStyles.RATE));
        }
        int last = r - 1;
        DataValidationHelper helper = grid.sheet().getDataValidationHelper();
        addValidation(grid.sheet(), helper, decimal(helper, InputField.EVENT_RATE), first, last, 1,
                words.text("events.header.rate"), ModelWords.range(InputField.EVENT_RATE, words.wording()), words);
        addValidation(grid.sheet(), helper, decimal(helper, InputField.EVENT_ATTACHMENTS), first, last, 3,
                words.text("events.validation.own"),
                words.text("events.validation.ownAllowed", ModelWords.range(InputField.EVENT_ATTACHMENTS, words.wording())),
                words);
        return new EventRows(first, last, r);
    }

    private static int benchmarks(Grid grid, CellStyles styles, int r, int minimumMbps, WorkbookWords words) {
        grid.text(r++, LABEL, words.text("benchmarks.title"), styles.section);
        header(grid, styles, r++, words, "item", "value", "unit", "", "", "benchmarks.header.source", "name");
        for (Benchmarks.Benchmark b : Benchmarks.all(minimumMbps, words)) {
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

    private static int calculated(Grid grid, CellStyles styles, int r, int years, EventRows events, WorkbookWords words) {
        String rates = Grid.ref(events.first(), 1) + ":" + Grid.ref(events.last(), 1);
        String attachmentRates = Grid.ref(events.first(), 5) + ":" + Grid.ref(events.last(), 5);
        String perThousand = ModelWords.unit(InputField.EVENT_RATE, words.wording());
        String gb = words.unit("GB");
        grid.text(r++, LABEL, words.text("calculated.title"), styles.section);
        header(grid, styles, r++, words, "figure", "value", "unit", "", "", "calculated.header.how", "name");
        Object[][] rows = {
            {"otherEventRate", Names.OTHER_EVENT_RATE, "SUM(" + rates + ")", CellStyles.RATE, perThousand},
            {"otherAttachmentRate", Names.OTHER_ATTACHMENT_RATE, "SUM(" + attachmentRates + ")", CellStyles.RATE,
                perThousand},
            {"productionServers", Names.PRODUCTION_SERVERS,
                DiskGrowthSheet.atHorizon(words, DiskGrowthSheet.Column.PRODUCTION_SERVERS, years),
                CellStyles.PLAIN, words.text("benchmark.unit.servers")},
            {"citizenData", Names.HORIZON_CITIZEN_DATA,
                DiskGrowthSheet.atHorizon(words, DiskGrowthSheet.Column.CITIZEN_DATA, years),
                CellStyles.GB, gb},
            {"appDisk", Names.HORIZON_APP_DISK,
                DiskGrowthSheet.atHorizon(words, DiskGrowthSheet.Column.APPLICATION_DISK, years),
                CellStyles.GB, gb},
            {"provisionedDisk", Names.HORIZON_PROVISIONED_DISK,
                DiskGrowthSheet.atHorizon(words, DiskGrowthSheet.Column.PROVISIONED_DISK, years),
                CellStyles.GB, gb},
            {"stagingDisk", Names.HORIZON_STAGING_DISK,
                DiskGrowthSheet.atHorizon(words, DiskGrowthSheet.Column.STAGING_DISK, years),
                CellStyles.GB, gb},
            {"provisionedStagingDisk", Names.HORIZON_PROVISIONED_STAGING_DISK,
                Names.HORIZON_STAGING_DISK + "/(MaxFillPercent/100)", CellStyles.GB, gb},
            {"backupDisk", Names.HORIZON_BACKUP_DISK,
                DiskGrowthSheet.atHorizon(words, DiskGrowthSheet.Column.BACKUP_DISK, years),
                CellStyles.GB, gb},
            {"provisionedBackupDisk", Names.HORIZON_PROVISIONED_BACKUP_DISK,
                DiskGrowthSheet.atHorizon(words, DiskGrowthSheet.Column.PROVISIONED_BACKUP_DISK, years), CellStyles.GB, gb},
            {"doubleRule", Names.BACKUP_DOUBLE_RULE, "2*" + Names.HORIZON_APP_DISK, CellStyles.GB, gb},
            {"retentionRule", Names.BACKUP_RETENTION_RULE,
                "OsReserveGb+BackupCopies*" + Names.HORIZON_CITIZEN_DATA, CellStyles.GB, gb},
        };
        for (Object[] row : rows) {
            String key = "calculated." + row[0];
            String how = words.text(key + ".how", words.sheet(WorkbookWords.Tab.DISK_GROWTH));
            grid.text(r, LABEL, words.text(key), styles.label);
            grid.formula(r, VALUE, (String) row[2], styles.calculated((String) row[3]));
            grid.name((String) row[1], r, VALUE);
            grid.text(r, UNIT, (String) row[4], styles.label);
            grid.text(r, SOURCE, how, styles.wrapped);
            grid.text(r, NAME_COLUMN, (String) row[1], styles.label);
            grid.fitHeight(r, how, SOURCE_WIDTH);
            r++;
        }
        return r;
    }

    /** Header cells; a key without a dot is one of the shared {@code header.*} texts, "" an empty header. */
    private static void header(Grid grid, CellStyles styles, int r, WorkbookWords words, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            String key = keys[c];
            String title = key.isEmpty() ? "" : words.text(key.contains(".") ? key : "header." + key);
            grid.text(r, c, title, styles.header);
        }
    }
    private static void validate(XSSFSheet sheet, int r, int c, InputRows.InputRow input, int years, WorkbookWords words) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        String allowed;
        if (!input.choices().isEmpty()) {
            constraint = helper.createExplicitListConstraint(input.choices().toArray(String[]::new));
            allowed = words.text("validation.oneOf", String.join(", ", input.choices()));
        } else if (input.field() == InputField.HORIZON_YEARS || input.field() == InputField.COVERAGE_FULL_YEAR) {
            // The sheet has rows for the exported horizon only.
            constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "1", Integer.toString(years));
            allowed = words.plural("validation.years", years, years);
        } else {
            constraint = decimal(helper, input.field());
            allowed = ModelWords.range(input.field(), words.wording());
        }
        addValidation(sheet, helper, constraint, r, r, c, input.label(), allowed, words);
    }

    private static DataValidationConstraint decimal(DataValidationHelper helper, InputField field) {
        String min = plain(field.min());
        String max = plain(field.max());
        return field.whole()
                ? helper.createIntegerConstraint(OperatorType.BETWEEN, min, max)
                : helper.createDecimalConstraint(OperatorType.BETWEEN, min, max);
    }

    private static void addValidation(XSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
            int firstRow, int lastRow, int c, String title, String allowed, WorkbookWords words) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, c, c));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, words.text("validation.message", title, allowed));
        validation.setEmptyCellAllowed(true);
        // POI's XSSF flag is inverted: true shows the drop-down of a list.
        validation.setSuppressDropDownArrow(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        sheet.addValidationData(validation);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

}
