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
    static final String NAME = "Costs";
    static final int CURRENCY_ROW = 3;
    static final int HARDWARE_HEADER = 6;
    static final int FIRST_HARDWARE = HARDWARE_HEADER + 1;
    static final int QUANTITY = 1;
    static final int PRICE = 3;
    static final int TOTAL = 4;
    static final String DEFAULT_CURRENCY = "USD";
    private static final int ITEM_WIDTH = 60;

    record Line(String item, String quantity, String unit, String format) {
    }

    static final List<String> SERVICES = List.of(
            "Docker Hub organisation account (required)",
            "GitHub organisation, Team plan or better (required)",
            "Slack Pro (optional, recommended)",
            "Sentry Team (optional, recommended)",
            "Password manager, e.g. 1Password Team or Bitwarden Team (optional, recommended)");

    static final int HARDWARE_TOTAL = FIRST_HARDWARE + 4;
    static final int SERVICES_HEADER = HARDWARE_TOTAL + 3;
    static final int FIRST_SERVICE = SERVICES_HEADER + 1;
    static final int SERVICES_TOTAL = FIRST_SERVICE + SERVICES.size();
    static final int FIRST_YEAR_TOTAL = SERVICES_TOTAL + 2;

    private CostsSheet() {
    }

    static void write(Grid grid, Styles styles) {
        grid.text(0, 0, "Costs (optional)", styles.title);
        grid.text(1, 0, "Type unit prices to estimate the costs; a blank price counts as zero. Quantities follow "
                + "the Servers sheet. The documentation calls the services' costs negligible and industry standard.",
                styles.note);
        grid.merge(1, 0, TOTAL);
        grid.row(1).setHeightInPoints(30);
        grid.text(CURRENCY_ROW, 0, "Currency", styles.label);
        grid.text(CURRENCY_ROW, 1, DEFAULT_CURRENCY, styles.inputText);
        grid.name(Names.CURRENCY, CURRENCY_ROW, 1);

        List<Line> hardware = List.of(
                new Line(server(Environment.QA, "qa, development"),
                        ServersSheet.count(ServerRow.QA) + "+" + ServersSheet.count(ServerRow.DEVELOPMENT), "servers", Styles.WHOLE),
                new Line(server(Environment.PRODUCTION, "production, staging"),
                        ServersSheet.count(ServerRow.PRODUCTION) + "+" + ServersSheet.count(ServerRow.DATA_NODE) + "+"
                                + ServersSheet.count(ServerRow.APPLICATION_NODE) + "+"
                                + ServersSheet.count(ServerRow.STAGING), "servers", Styles.WHOLE),
                new Line(server(Environment.BACKUP, "backup"), ServersSheet.count(ServerRow.BACKUP), "servers",
                        Styles.WHOLE),
                new Line("Disk, provisioned on all servers", ServersSheet.total(ServersSheet.TOTAL_DISK) + "/1000",
                        "TB", Styles.DECIMAL));
        grid.text(HARDWARE_HEADER - 1, 0, "Hardware, bought up front", styles.section);
        header(grid, styles, HARDWARE_HEADER, "Item", "Unit price", "Total");
        int r = FIRST_HARDWARE;
        for (Line line : hardware) {
            grid.text(r, 0, line.item(), styles.wrapped);
            grid.formula(r, QUANTITY, line.quantity(), styles.calculated(line.format()));
            grid.text(r, 2, line.unit(), styles.label);
            grid.cell(r, PRICE, styles.input(Styles.DECIMAL));
            grid.formula(r, TOTAL, Grid.ref(r, QUANTITY) + "*" + Grid.ref(r, PRICE), styles.calculated(Styles.DECIMAL));
            r++;
        }
        total(grid, styles, HARDWARE_TOTAL, "Hardware, up front", FIRST_HARDWARE, HARDWARE_TOTAL - 1);

        grid.text(SERVICES_HEADER - 1, 0, "Third-party services, paid monthly", styles.section);
        header(grid, styles, SERVICES_HEADER, "Service", "Monthly price", "12 months");
        r = FIRST_SERVICE;
        for (String service : SERVICES) {
            grid.text(r, 0, service, styles.wrapped);
            grid.fitHeight(r, service, ITEM_WIDTH);
            grid.number(r, QUANTITY, 1, styles.input(Styles.WHOLE));
            grid.text(r, 2, "plans or seats", styles.label);
            grid.cell(r, PRICE, styles.input(Styles.DECIMAL));
            grid.formula(r, TOTAL, Grid.ref(r, QUANTITY) + "*" + Grid.ref(r, PRICE) + "*12",
                    styles.calculated(Styles.DECIMAL));
            r++;
        }
        total(grid, styles, SERVICES_TOTAL, "Third-party services, 12 months", FIRST_SERVICE, SERVICES_TOTAL - 1);
        grid.formula(FIRST_YEAR_TOTAL, 0, "\"First year: hardware and 12 months of services (\"&" + Names.CURRENCY
                + "&\")\"", styles.totalLabel);
        for (int c = 1; c < TOTAL; c++) {
            grid.cell(FIRST_YEAR_TOTAL, c, styles.totalLabel);
        }
        grid.formula(FIRST_YEAR_TOTAL, TOTAL, Grid.ref(HARDWARE_TOTAL, TOTAL) + "+" + Grid.ref(SERVICES_TOTAL, TOTAL),
                styles.total(Styles.DECIMAL));

        DataValidationHelper helper = grid.sheet().getDataValidationHelper();
        CellRangeAddressList prices = new CellRangeAddressList();
        prices.addCellRangeAddress(FIRST_HARDWARE, PRICE, HARDWARE_TOTAL - 1, PRICE);
        prices.addCellRangeAddress(FIRST_SERVICE, PRICE, SERVICES_TOTAL - 1, PRICE);
        prices.addCellRangeAddress(FIRST_SERVICE, QUANTITY, SERVICES_TOTAL - 1, QUANTITY);
        DataValidation positive = helper.createValidation(
                helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), prices);
        positive.setShowErrorBox(true);
        positive.createErrorBox("Price", "Prices and quantities must be numbers of 0 or more; leave a price blank "
                + "if it is not known.");
        grid.sheet().addValidationData(positive);
        grid.widths(ITEM_WIDTH, 12, 16, 18, 18);
        grid.layout(HARDWARE_HEADER, CURRENCY_ROW + 1);
    }

    private static String server(Environment environment, String environments) {
        return "Server with " + environment.cpus() + " CPUs and " + environment.ramGb() + " GB RAM (" + environments
                + "), without disk";
    }

    private static void header(Grid grid, Styles styles, int r, String item, String price, String total) {
        grid.text(r, 0, item, styles.header);
        grid.text(r, QUANTITY, "Quantity", styles.header);
        grid.text(r, 2, "Unit", styles.header);
        grid.formula(r, PRICE, "\"" + price + " (\"&" + Names.CURRENCY + "&\")\"", styles.header);
        grid.formula(r, TOTAL, "\"" + total + " (\"&" + Names.CURRENCY + "&\")\"", styles.header);
    }

    private static void total(Grid grid, Styles styles, int r, String label, int first, int last) {
        grid.text(r, 0, label, styles.totalLabel);
        for (int c = 1; c < TOTAL; c++) {
            grid.cell(r, c, styles.totalLabel);
        }
        grid.formula(r, TOTAL, "SUM(" + Grid.ref(first, TOTAL) + ":" + Grid.ref(last, TOTAL) + ")",
                styles.total(Styles.DECIMAL));
    }
}
