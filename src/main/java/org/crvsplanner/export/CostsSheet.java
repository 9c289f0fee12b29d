package org.crvsplanner.export;

import static org.crvsplanner.export.ServersSheet.ServerRow;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.crvsplanner.model.Environment;

/**
 * Optional prices. Every price starts blank and counts as zero, so the sheet calculates before
 * the officer has any quotes; quantities follow the Servers sheet.
 */
final class CostsSheet {
    static final int CURRENCY_ROW = 3;
    static final int HARDWARE_HEADER = 6;
    static final int FIRST_HARDWARE = HARDWARE_HEADER + 1;
    static final int QUANTITY = 1;
    static final int PRICE = 3;
    static final int TOTAL = 4;
    static final String DEFAULT_CURRENCY = "USD";
    private static final int ITEM_WIDTH = 60;
    private static final int PRICE_WIDTH = 18;

    /** @param item the item's text, or with {@code itemIsFormula} its formula, whose text is about {@code shown} */
    record Line(String item, boolean itemIsFormula, String shown, String quantity, String unit, String format) {
    }

    /** The services' keys, {@code costs.service.KEY} in the export bundle. */
    static final List<String> SERVICES = List.of("dockerHub", "gitHub", "slack", "sentry", "passwords");

    static final int HARDWARE_TOTAL = FIRST_HARDWARE + 4;
    static final int SERVICES_HEADER = HARDWARE_TOTAL + 3;
    static final int FIRST_SERVICE = SERVICES_HEADER + 1;
    static final int SERVICES_TOTAL = FIRST_SERVICE + SERVICES.size();
    static final int FIRST_YEAR_TOTAL = SERVICES_TOTAL + 2;

    private CostsSheet() {
    }

    static void write(Grid grid, CellStyles styles, WorkbookWords words) {
        grid.text(0, 0, words.text("costs.title"), styles.title);
        grid.text(1, 0, words.text("costs.intro", words.sheet(WorkbookWords.Tab.SERVERS)), styles.note);
        grid.merge(1, 0, TOTAL);
        grid.row(1).setHeightInPoints(30);
        grid.text(CURRENCY_ROW, 0, words.text("costs.currency"), styles.label);
        grid.text(CURRENCY_ROW, 1, DEFAULT_CURRENCY, styles.inputText);
        grid.name(Names.CURRENCY, CURRENCY_ROW, 1);

        String servers = words.text("benchmark.unit.servers");
        List<Line> hardware = List.of(
                new Line(server(words, Environment.QA, "costs.server.qa"), true, shown(words, "costs.server.qa"),
                        ServersSheet.count(words, ServerRow.QA) + "+" + ServersSheet.count(words, ServerRow.DEVELOPMENT),
                        servers, CellStyles.WHOLE),
                new Line(server(words, Environment.PRODUCTION, "costs.server.production"), true, shown(words, "costs.server.production"),
                        ServersSheet.count(words, ServerRow.PRODUCTION) + "+"
                                + ServersSheet.count(words, ServerRow.DATA_NODE) + "+"
                                + ServersSheet.count(words, ServerRow.APPLICATION_NODE) + "+"
                                + ServersSheet.count(words, ServerRow.STAGING), servers, CellStyles.WHOLE),
                new Line(server(words, Environment.BACKUP, "costs.server.backup"), true, shown(words, "costs.server.backup"),
                        ServersSheet.count(words, ServerRow.BACKUP), servers, CellStyles.WHOLE),
                new Line(words.text("costs.disk"), false, words.text("costs.disk"), ServersSheet.total(words, ServersSheet.TOTAL_DISK) + "/1000",
                        words.unit("TB"), CellStyles.DECIMAL));
        grid.text(HARDWARE_HEADER - 1, 0, words.text("costs.hardware"), styles.section);
        header(grid, styles, HARDWARE_HEADER, words, "costs.header.item", "costs.header.unitPrice",
                "costs.header.total");
        int r = FIRST_HARDWARE;
        for (Line line : hardware) {
            if (line.itemIsFormula()) {
                grid.formula(r, 0, line.item(), styles.calculatedText);
            } else {
                grid.text(r, 0, line.item(), styles.wrapped);
            }
            grid.fitHeight(r, line.shown(), ITEM_WIDTH);
            grid.formula(r, QUANTITY, line.quantity(), styles.calculated(line.format()));
            grid.text(r, 2, line.unit(), styles.label);
            grid.cell(r, PRICE, styles.input(CellStyles.DECIMAL));
            grid.formula(r, TOTAL, Grid.ref(r, QUANTITY) + "*" + Grid.ref(r, PRICE), styles.calculated(CellStyles.DECIMAL));
            r++;
        }
        total(grid, styles, HARDWARE_TOTAL, words.text("costs.hardware.total"), FIRST_HARDWARE, HARDWARE_TOTAL - 1);

        grid.text(SERVICES_HEADER - 1, 0, words.text("costs.services"), styles.section);
        header(grid, styles, SERVICES_HEADER, words, "costs.header.service", "costs.header.monthlyPrice",
                "costs.header.twelveMonths");
        r = FIRST_SERVICE;
        for (String key : SERVICES) {
            String service = words.text("costs.service." + key);
            grid.text(r, 0, service, styles.wrapped);
            grid.fitHeight(r, service, ITEM_WIDTH);
            grid.number(r, QUANTITY, 1, styles.input(CellStyles.WHOLE));
            grid.text(r, 2, words.text("costs.unit.seats"), styles.label);
            grid.cell(r, PRICE, styles.input(CellStyles.DECIMAL));
            grid.formula(r, TOTAL, Grid.ref(r, QUANTITY) + "*" + Grid.ref(r, PRICE) + "*12",
                    styles.calculated(CellStyles.DECIMAL));
            r++;
        }
        total(grid, styles, SERVICES_TOTAL, words.text("costs.services.total"), FIRST_SERVICE, SERVICES_TOTAL - 1);
        grid.formula(FIRST_YEAR_TOTAL, 0, FormulaText.fill(words.pattern("costs.firstYear"), Names.CURRENCY),
                styles.totalLabel);
        for (int c = 1; c < TOTAL; c++) {
            grid.cell(FIRST_YEAR_TOTAL, c, styles.totalLabel);
        }
        grid.formula(FIRST_YEAR_TOTAL, TOTAL, Grid.ref(HARDWARE_TOTAL, TOTAL) + "+" + Grid.ref(SERVICES_TOTAL, TOTAL),
                styles.total(CellStyles.DECIMAL));

        DataValidationHelper helper = grid.sheet().getDataValidationHelper();
        CellRangeAddressList prices = new CellRangeAddressList();
        prices.addCellRangeAddress(FIRST_HARDWARE, PRICE, HARDWARE_TOTAL - 1, PRICE);
        prices.addCellRangeAddress(FIRST_SERVICE, PRICE, SERVICES_TOTAL - 1, PRICE);
        prices.addCellRangeAddress(FIRST_SERVICE, QUANTITY, SERVICES_TOTAL - 1, QUANTITY);
        DataValidation positive = helper.createValidation(
                helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), prices);
        positive.setShowErrorBox(true);
        positive.createErrorBox(words.text("costs.validation.title"), words.text("costs.validation.message"));
        grid.sheet().addValidationData(positive);
        grid.widths(ITEM_WIDTH, 12, 24, PRICE_WIDTH, PRICE_WIDTH);
        grid.layout(HARDWARE_HEADER, CURRENCY_ROW + 1);
    }

    private static String shown(WorkbookWords words, String environmentsKey) {
        return words.text("costs.server", 88, 88, words.text(environmentsKey));
    }

    /** A formula, so that the specification follows the version chosen in the Assumptions. */
    private static String server(WorkbookWords words, Environment environment, String environmentsKey) {
        return FormulaText.fill(words.pattern("costs.server"), Names.cpus(environment), Names.ramGb(environment),
                FormulaText.literal(words.text(environmentsKey)));
    }

    private static void header(Grid grid, CellStyles styles, int r, WorkbookWords words, String item, String price,
            String total) {
        grid.text(r, 0, words.text(item), styles.header);
        grid.text(r, QUANTITY, words.text("costs.header.quantity"), styles.header);
        grid.text(r, 2, words.text("header.unit"), styles.header);
        grid.formula(r, PRICE, FormulaText.fill(words.pattern(price), Names.CURRENCY), styles.header);
        grid.formula(r, TOTAL, FormulaText.fill(words.pattern(total), Names.CURRENCY), styles.header);
        // Their text is known only once calculated: tall enough for a currency code of up to 8 letters.
        grid.fitHeight(r, words.text(price, "XXXXXXXX"), PRICE_WIDTH);
        grid.fitHeight(r, words.text(total, "XXXXXXXX"), PRICE_WIDTH);
    }

    private static void total(Grid grid, CellStyles styles, int r, String label, int first, int last) {
        grid.text(r, 0, label, styles.totalLabel);
        for (int c = 1; c < TOTAL; c++) {
            grid.cell(r, c, styles.totalLabel);
        }
        grid.formula(r, TOTAL, "SUM(" + Grid.ref(first, TOTAL) + ":" + Grid.ref(last, TOTAL) + ")",
                styles.total(CellStyles.DECIMAL));
    }
}
