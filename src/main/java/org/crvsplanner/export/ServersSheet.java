package org.crvsplanner.export;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.ServerRole;
import org.crvsplanner.text.ModelWords;

/**
 * The bill of materials: a row for every environment and role the plan can need, so that a
 * change of stage or topology in the Assumptions only changes counts. Rows not needed show a
 * count of 0 and are greyed.
 */
final class ServersSheet {
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final int TOTAL_ROW = FIRST_ROW + ServerRow.values().length;

    static final int ENVIRONMENT = 0;
    static final int ROLE = 1;
    static final int COUNT = 2;
    static final int CPUS = 3;
    static final int RAM = 4;
    static final int REQUIRED_DISK = 5;
    static final int DISK = 6;
    static final int TOTAL_CPUS = 7;
    static final int TOTAL_RAM = 8;
    static final int TOTAL_DISK = 9;
    private static final int OS = 10;
    private static final int ARCHITECTURE = 11;
    private static final int NOTES = 12;

    private static final String DATA_NODE_SPLIT = "AND(" + Names.TOPOLOGY + "=\"data-node\","
            + Names.PRODUCTION_SERVERS + ">1)";
    private static final String APPLICATION_NODE_DISK = "OsReserveGb";

    enum ServerRow {
        QA(Environment.QA, ServerRole.TESTING_AND_TRAINING, "1",
                Names.diskGb(Environment.QA), Names.diskGb(Environment.QA),
                "servers.note.qa"),
        PRODUCTION(Environment.PRODUCTION, ServerRole.APPLICATION_AND_DATA,
                "IF(" + DATA_NODE_SPLIT + ",0," + Names.PRODUCTION_SERVERS + ")",
                Names.HORIZON_APP_DISK, Names.HORIZON_PROVISIONED_DISK,
                "servers.note.production"),
        DATA_NODE(Environment.PRODUCTION, ServerRole.DATA_NODE, "IF(" + DATA_NODE_SPLIT + ",1,0)",
                Names.HORIZON_APP_DISK, Names.HORIZON_PROVISIONED_DISK,
                "servers.note.dataNode"),
        APPLICATION_NODE(Environment.PRODUCTION, ServerRole.APPLICATION_NODE,
                "IF(" + DATA_NODE_SPLIT + "," + Names.PRODUCTION_SERVERS + "-1,0)",
                APPLICATION_NODE_DISK, APPLICATION_NODE_DISK + "/(MaxFillPercent/100)",
                "servers.note.applicationNode"),
        STAGING(Environment.STAGING, ServerRole.PRE_PRODUCTION_MIRROR,
                "IF(" + Names.PRODUCTION_SERVERS + ">0,1,0)",
                Names.HORIZON_STAGING_DISK, Names.HORIZON_PROVISIONED_STAGING_DISK,
                "servers.note.staging"),
        BACKUP(Environment.BACKUP, ServerRole.ENCRYPTED_BACKUPS, "IF(" + Names.PRODUCTION_SERVERS + ">0,1,0)",
                Names.HORIZON_BACKUP_DISK, Names.HORIZON_PROVISIONED_BACKUP_DISK,
                "servers.note.backup"),
        DEVELOPMENT(Environment.DEVELOPMENT, ServerRole.DEVELOPMENT_ONLY,
                "IF(" + Names.INCLUDE_DEVELOPMENT + "={YES},1,0)",
                Names.diskGb(Environment.DEVELOPMENT), Names.diskGb(Environment.DEVELOPMENT),
                "servers.note.development");

        final Environment environment;
        final ServerRole role;
        final String count;
        final String requiredDisk;
        final String disk;
        /** The notes' key in the export bundle. */
        final String notes;

        /** @param count its formula; {YES} stands for the word a yes/no input takes */
        ServerRow(Environment environment, ServerRole role, String count, String requiredDisk, String disk,
                String notes) {
            this.environment = environment;
            this.role = role;
            this.count = count;
            this.requiredDisk = requiredDisk;
            this.disk = disk;
            this.notes = notes;
        }

        int row() {
            return FIRST_ROW + ordinal();
        }
    }

    private ServersSheet() {
    }

    /** "Servers!$C$5": how many servers of this row the plan needs. */
    static String count(WorkbookWords words, ServerRow row) {
        return new CellReference(words.sheet(WorkbookWords.Tab.SERVERS), row.row(), COUNT, true, true).formatAsString();
    }

    /** "Servers!$J$12": all provisioned disk, in GB. */
    static String total(WorkbookWords words, int column) {
        return new CellReference(words.sheet(WorkbookWords.Tab.SERVERS), TOTAL_ROW, column, true, true).formatAsString();
    }

    static void write(Grid grid, CellStyles styles, String os, WorkbookWords words) {
        grid.formula(0, 0, FormulaText.fill(words.pattern("servers.title"), "HorizonYears"), styles.title);
        grid.text(1, 0, words.text("servers.intro", words.sheet(WorkbookWords.Tab.ASSUMPTIONS)), styles.note);
        grid.merge(1, 0, NOTES);
        grid.row(1).setHeightInPoints(30);
        String[] headers = {"environment", "role", "count", "cpus", "ram", "requiredDisk", "disk", "totalCpus",
            "totalRam", "totalDisk", "os", "architecture", "notes"};
        int[] widths = {16, 24, 9, 12, 11, 13, 13, 12, 12, 14, 16, 16, 50};
        String[] titles = new String[headers.length];
        for (int c = 0; c < headers.length; c++) {
            titles[c] = words.text("servers.header." + headers[c]);
            grid.text(HEADER_ROW, c, titles[c], styles.header);
        }
        grid.fitHeaders(HEADER_ROW, titles, widths);
        for (ServerRow server : ServerRow.values()) {
            int r = server.row();
            grid.text(r, ENVIRONMENT, ModelWords.label(server.environment, words.wording()), styles.label);
            grid.text(r, ROLE, ModelWords.label(server.role, words.wording()), styles.wrapped);
            grid.formula(r, COUNT, server.count.replace("{YES}", FormulaText.literal(InputRows.yes(words))),
                    styles.calculated(CellStyles.PLAIN));
            grid.formula(r, CPUS, Names.cpus(server.environment), styles.calculated(CellStyles.PLAIN));
            grid.formula(r, RAM, Names.ramGb(server.environment), styles.calculated(CellStyles.PLAIN));
            grid.formula(r, REQUIRED_DISK, server.requiredDisk, styles.calculated(CellStyles.GB));
            grid.formula(r, DISK, server.disk, styles.calculated(CellStyles.GB));
            String count = Grid.ref(r, COUNT);
            grid.formula(r, TOTAL_CPUS, count + "*" + Grid.ref(r, CPUS), styles.calculated(CellStyles.WHOLE));
            grid.formula(r, TOTAL_RAM, count + "*" + Grid.ref(r, RAM), styles.calculated(CellStyles.WHOLE));
            grid.formula(r, TOTAL_DISK, count + "*" + Grid.ref(r, DISK), styles.calculated(CellStyles.GB));
            grid.text(r, OS, os, styles.wrapped);
            grid.text(r, ARCHITECTURE, words.text("servers.architecture"), styles.wrapped);
            String notes = words.text(server.notes);
            grid.text(r, NOTES, notes, styles.wrapped);
            grid.fitHeight(r, notes, widths[NOTES]);
            grid.fitHeight(r, words.text("servers.architecture"), widths[ARCHITECTURE]);
            grid.fitHeight(r, ModelWords.label(server.role, words.wording()), widths[ROLE]);
        }
        grid.text(TOTAL_ROW, ENVIRONMENT, words.text("servers.total"), styles.totalLabel);
        for (int c = ROLE; c <= NOTES; c++) {
            grid.cell(TOTAL_ROW, c, styles.totalLabel);
        }
        for (int c : new int[] {COUNT, TOTAL_CPUS, TOTAL_RAM, TOTAL_DISK}) {
            String format = c == TOTAL_DISK ? CellStyles.GB : CellStyles.WHOLE;
            grid.formula(TOTAL_ROW, c, "SUM(" + Grid.ref(FIRST_ROW, c) + ":" + Grid.ref(TOTAL_ROW - 1, c) + ")",
                    styles.total(format));
        }
        grid.text(TOTAL_ROW + 2, 0, words.text("servers.after"), styles.note);
        grid.merge(TOTAL_ROW + 2, 0, NOTES);
        greyUnneeded(grid);
        grid.widths(widths);
        grid.layout(HEADER_ROW, FIRST_ROW);
    }

    private static void greyUnneeded(Grid grid) {
        SheetConditionalFormatting formatting = grid.sheet().getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "$" + CellReference.convertNumToColString(COUNT) + (FIRST_ROW + 1) + "=0");
        FontFormatting font = rule.createFontFormatting();
        font.setFontColorIndex(IndexedColors.GREY_50_PERCENT.getIndex());
        font.setFontStyle(true, false);
        formatting.addConditionalFormatting(
                new CellRangeAddress[] {new CellRangeAddress(FIRST_ROW, TOTAL_ROW - 1, ENVIRONMENT, NOTES)}, rule);
    }
}
