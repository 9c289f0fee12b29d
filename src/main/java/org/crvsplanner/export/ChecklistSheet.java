package org.crvsplanner.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Everything the OpenCRVS documentation requires besides the servers, as a checklist the
 * officer fills in.
 */
final class ChecklistSheet {
    static final int HEADER_ROW = 2;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final int STATUS = 4;
    static final List<String> STATUS_KEYS = List.of("toDo", "inProgress", "done", "notApplicable");

    private static final String DATA_CENTRE = "dataCentre";
    private static final String NETWORK = "network";
    private static final String ACCESS = "access";
    private static final String SERVICES = "services";

    /**
     * One requirement: its text is {@code checklist.item.N} in the export bundle, N counted from 1.
     *
     * @param area the key of its area, {@code checklist.area.AREA}
     * @param source the key of the documentation's section, {@code checklist.source.SOURCE}
     */
    record Item(String area, String source) {
    }

    static final List<Item> ITEMS = List.of(
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "dataCenter"),
            new Item(DATA_CENTRE, "serverSpecs"),
            new Item(NETWORK, "dataCenter"),
            new Item(NETWORK, "vpn"),
            new Item(NETWORK, "userAccess"),
            new Item(NETWORK, "deployment"),
            new Item(NETWORK, "bastion"),
            new Item(NETWORK, "sshAccess"),
            new Item(NETWORK, "egress"),
            new Item(NETWORK, "smtp"),
            new Item(ACCESS, "userAccess"),
            new Item(ACCESS, "userAccess"),
            new Item(ACCESS, "userAccess"),
            new Item(ACCESS, "userAccess"),
            new Item(ACCESS, "userAccess"),
            new Item(ACCESS, "userAccess"),
            new Item(SERVICES, "services"),
            new Item(SERVICES, "services"),
            new Item(SERVICES, "services"),
            new Item(SERVICES, "services"),
            new Item(SERVICES, "services"));

    private ChecklistSheet() {
    }

    /** The statuses an item can take, in this language. */
    static List<String> statuses(WorkbookWords words) {
        List<String> statuses = new ArrayList<>();
        for (String key : STATUS_KEYS) {
            statuses.add(words.text("checklist.status." + key));
        }
        return statuses;
    }

    static void write(Grid grid, CellStyles styles, WorkbookWords words) {
        grid.text(0, 0, words.text("checklist.title"), styles.title);
        grid.text(1, 0, words.text("checklist.intro"), styles.note);
        grid.merge(1, 0, 5);
        String[] headers = {"number", "area", "requirement", "section", "status", "notes"};
        for (int c = 0; c < headers.length; c++) {
            grid.text(HEADER_ROW, c, words.text("checklist.header." + headers[c]), styles.header);
        }
        int r = FIRST_ROW;
        for (Item item : ITEMS) {
            int number = r - HEADER_ROW;
            String requirement = words.text("checklist.item." + number);
            String source = words.text("checklist.source." + item.source());
            grid.number(r, 0, number, styles.calculated(CellStyles.PLAIN));
            grid.text(r, 1, words.text("checklist.area." + item.area()), styles.wrapped);
            grid.text(r, 2, requirement, styles.wrapped);
            grid.text(r, 3, source, styles.wrapped);
            grid.cell(r, STATUS, styles.inputText);
            grid.cell(r, 5, styles.userInput);
            grid.fitHeight(r, requirement, 70);
            grid.fitHeight(r, source, 36);
            r++;
        }
        List<String> statuses = statuses(words);
        DataValidationHelper helper = grid.sheet().getDataValidationHelper();
        DataValidation status = helper.createValidation(
                helper.createExplicitListConstraint(statuses.toArray(String[]::new)),
                new CellRangeAddressList(FIRST_ROW, r - 1, STATUS, STATUS));
        status.setSuppressDropDownArrow(true);
        status.setShowErrorBox(true);
        String title = words.text("checklist.header.status");
        status.createErrorBox(title, words.text("validation.message", title,
                words.text("validation.oneOf", String.join(", ", statuses))));
        grid.sheet().addValidationData(status);
        grid.widths(4, 22, 70, 36, 16, 40);
        grid.layout(HEADER_ROW, FIRST_ROW);
    }
}
