package org.crvsplanner.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.OsReservePart;
import org.crvsplanner.model.RuleSet;
import org.crvsplanner.model.ServerSpec;
import org.crvsplanner.text.ModelWords;

/**
 * The rules of every OpenCRVS version this build knows, a column each, and in the chosen column
 * the figures of the version named in the Assumptions: each a defined name that the formulas
 * use. Changing the version in the Assumptions changes these figures, and the plan follows; a
 * blank is a rule the version's page does not give, which counts as 0.
 */
final class VersionsSheet {
    static final int HEADER_ROW = 4;
    static final int FIRST_ROW = HEADER_ROW + 1;
    private static final int LABEL = 0;
    private static final int FIRST_VERSION = 1;
    private static final int CHOSEN = FIRST_VERSION + DocsVersion.values().length;
    private static final int UNIT = CHOSEN + 1;
    private static final int SOURCE = UNIT + 1;
    private static final int NAME_COLUMN = SOURCE + 1;
    private static final int SOURCE_WIDTH = 40;

    /** One figure of a version's rules; {@code value} gives null where the version has no such rule. */
    private record Rule(String label, String name, Function<RuleSet, Double> value, String format, String unit,
            String source) {
    }

    private VersionsSheet() {
    }

    static void write(Grid grid, CellStyles styles, WorkbookWords words) {
        grid.text(0, LABEL, words.text("versions.title"), styles.title);
        grid.text(1, LABEL, words.text("versions.intro", words.sheet(WorkbookWords.Tab.ASSUMPTIONS)), styles.note);
        grid.merge(1, LABEL, NAME_COLUMN);
        grid.row(1).setHeightInPoints(45);
        grid.text(2, LABEL, words.text("versions.pages"), styles.label);
        for (DocsVersion version : DocsVersion.values()) {
            String page = words.text("versions.page." + version.id());
            grid.text(2, column(version), page, styles.wrapped);
            grid.fitHeight(2, page, 16);
        }
        String[] headers = new String[NAME_COLUMN + 1];
        headers[LABEL] = words.text("header.item");
        for (DocsVersion version : DocsVersion.values()) {
            headers[column(version)] = ModelWords.label(version, words.wording());
        }
        headers[CHOSEN] = words.text("versions.header.chosen");
        headers[UNIT] = words.text("header.unit");
        headers[SOURCE] = words.text("versions.header.source");
        headers[NAME_COLUMN] = words.text("header.name");
        for (int c = 0; c < headers.length; c++) {
            grid.text(HEADER_ROW, c, headers[c], styles.header);
        }
        int r = FIRST_ROW;
        for (Rule rule : rules(words)) {
            grid.text(r, LABEL, rule.label(), styles.label);
            for (DocsVersion version : DocsVersion.values()) {
                Double value = rule.value().apply(version.rules());
                if (value == null) {
                    grid.cell(r, column(version), styles.benchmark(rule.format()));
                } else {
                    grid.number(r, column(version), value, styles.benchmark(rule.format()));
                }
            }
            grid.formula(r, CHOSEN, chosen(r, ""), styles.calculated(rule.format()));
            grid.name(rule.name(), r, CHOSEN);
            grid.text(r, UNIT, rule.unit(), styles.label);
            grid.text(r, SOURCE, rule.source(), styles.wrapped);
            grid.text(r, NAME_COLUMN, rule.name(), styles.label);
            grid.fitHeight(r, rule.source(), SOURCE_WIDTH);
            r++;
        }
        advice(grid, styles, r++, words);
        texts(grid, styles, r, words.text("versions.id"), Names.CHOSEN_VERSION, DocsVersion::id);
        int[] widths = new int[NAME_COLUMN + 1];
        widths[LABEL] = 46;
        for (DocsVersion version : DocsVersion.values()) {
            widths[column(version)] = 16;
        }
        widths[CHOSEN] = 14;
        widths[UNIT] = 10;
        widths[SOURCE] = SOURCE_WIDTH;
        widths[NAME_COLUMN] = 26;
        grid.fitHeaders(HEADER_ROW, headers, widths);
        grid.widths(widths);
        grid.layout(HEADER_ROW, FIRST_ROW);
    }

    /** The test that the Assumptions name {@code version}, whether the cell holds the text "2.0" or a typed 2. */
    static String is(DocsVersion version) {
        String number = new BigDecimal(version.id()).stripTrailingZeros().toPlainString();
        return "OR(" + Names.DOCS_VERSION + "=\"" + version.id() + "\"," + Names.DOCS_VERSION + "=" + number + ")";
    }

    /**
     * The advice on what the newest version changes, worded for each older version, so that the
     * Summary's advice follows the version chosen without repeating every sentence in its formula.
     */
    private static void advice(Grid grid, CellStyles styles, int r, WorkbookWords words) {
        texts(grid, styles, r, words.text("versions.newerRules"), Names.NEWER_RULES_ADVICE,
                version -> version == DocsVersion.NEWEST ? ""
                        : ModelWords.advice(new Advisory.NewerRules(version, DocsVersion.NEWEST), words.wording()));
    }

    /** A row of texts, one per version, whose chosen one is named. */
    private static void texts(Grid grid, CellStyles styles, int r, String label, String name,
            Function<DocsVersion, String> text) {
        grid.text(r, LABEL, label, styles.label);
        String longest = "";
        for (DocsVersion version : DocsVersion.values()) {
            String value = text.apply(version);
            if (value.isEmpty()) {
                grid.cell(r, column(version), styles.wrapped);
            } else {
                grid.text(r, column(version), value, styles.wrapped);
            }
            longest = value.length() > longest.length() ? value : longest;
        }
        // A text: a blank cell would read as 0.
        grid.formula(r, CHOSEN, chosen(r, "&\"\""), styles.calculatedText);
        grid.name(name, r, CHOSEN);
        grid.text(r, NAME_COLUMN, name, styles.label);
        grid.fitHeight(r, longest, 16);
    }

    /** The figure of the chosen version, {@code suffix} appended to its cell; #N/A for a version this build does not know. */
    private static String chosen(int r, String suffix) {
        StringBuilder formula = new StringBuilder();
        for (DocsVersion version : DocsVersion.values()) {
            formula.append("IF(").append(is(version)).append(',').append(Grid.ref(r, column(version))).append(suffix)
                    .append(',');
        }
        formula.append("NA()").append(")".repeat(DocsVersion.values().length));
        return formula.toString();
    }

    private static int column(DocsVersion version) {
        return FIRST_VERSION + version.ordinal();
    }

    private static List<Rule> rules(WorkbookWords words) {
        String gb = words.unit("GB");
        String mb = words.unit("MB");
        String specs = words.text("versions.source.specs");
        String disk = words.text("versions.source.disk");
        List<Rule> rules = new ArrayList<>();
        for (Environment environment : Environment.values()) {
            String server = ModelWords.label(environment, words.wording());
            rules.add(new Rule(words.text("benchmark.cpus", server), Names.cpus(environment),
                    r -> (double) r.spec(environment).cpus(), CellStyles.PLAIN, words.text("benchmark.unit.cpus"),
                    specs));
            rules.add(new Rule(words.text("benchmark.ram", server), Names.ramGb(environment),
                    r -> (double) r.spec(environment).ramGb(), CellStyles.PLAIN, gb, specs));
            if (DocsVersion.NEWEST.rules().spec(environment).hasFixedDisk()) {
                rules.add(new Rule(words.text("benchmark.disk", server), Names.diskGb(environment), r -> {
                    ServerSpec spec = r.spec(environment);
                    return spec.hasFixedDisk() ? spec.fixedDiskGb() : null;
                }, CellStyles.GB, gb, specs));
            }
        }
        rules.add(new Rule(words.text("versions.kbPerRecord"), Names.VERSION_KB_PER_RECORD, RuleSet::kbPerRecord,
                CellStyles.GENERAL, words.unit("kB"), words.text("versions.source.kbPerRecord")));
        rules.add(new Rule(words.text("versions.databaseOverhead"), Names.DATABASE_OVERHEAD_PERCENT,
                RuleSet::databaseOverheadPercent, CellStyles.GENERAL, "%", disk));
        for (OsReservePart part : OsReservePart.values()) {
            rules.add(new Rule(words.text("versions.osReservePart", ModelWords.label(part, words.wording())),
                    Names.osReserve(part), r -> r.osReserve().stream().filter(p -> p.part() == part)
                            .map(RuleSet.ReservePart::gb).findFirst().orElse(null),
                    CellStyles.GB, gb, disk));
        }
        rules.add(new Rule(words.text("versions.osReserve"), Names.VERSION_OS_RESERVE_GB, RuleSet::osReserveGb,
                CellStyles.GB, gb, words.text("versions.source.osReserve")));
        String monitoring = words.text("versions.source.monitoring");
        rules.add(new Rule(words.text("versions.monitoringPerDay"), Names.MONITORING_MB_PER_HOST_DAY,
                r -> r.monitoring().map(RuleSet.MonitoringRule::mbPerHostPerDay).orElse(null), CellStyles.GENERAL,
                mb, monitoring));
        rules.add(new Rule(words.text("versions.monitoringPerHost"), Names.MONITORING_GB_PER_HOST,
                r -> r.monitoring().map(RuleSet.MonitoringRule::gbPerHost).orElse(null), CellStyles.GENERAL, gb,
                monitoring));
        rules.add(new Rule(words.text("versions.logging"), Names.LOGGING_GB,
                r -> r.loggingMinimumGb().isPresent() ? r.loggingMinimumGb().getAsDouble() : null,
                CellStyles.GENERAL, gb, words.text("versions.source.logging")));
        String encryption = words.text("versions.source.encryption");
        rules.add(new Rule(words.text("versions.encryptionMinimum"), Names.ENCRYPTION_MINIMUM_GB,
                r -> r.encryption().map(RuleSet.EncryptionRule::minimumGb).orElse(null), CellStyles.GENERAL, gb,
                encryption));
        rules.add(new Rule(words.text("versions.encryptionPercent"), Names.ENCRYPTION_PERCENT,
                r -> r.encryption().map(RuleSet.EncryptionRule::percentOfPartition).orElse(null),
                CellStyles.GENERAL, "%", encryption));
        rules.add(new Rule(words.text("versions.roundsToHundredth"), Names.ROUNDS_TO_HUNDREDTH,
                r -> r.roundsToHundredth() ? 1.0 : 0.0, CellStyles.PLAIN, "", words.text("versions.source.rounding")));
        String schedule = words.text("versions.source.backupSchedule");
        rules.add(new Rule(words.text("versions.backupWindow"), Names.VERSION_BACKUP_WINDOW_HOURS,
                r -> r.backupSchedule().windowHours(), CellStyles.GENERAL, words.unit("h"), schedule));
        rules.add(new Rule(words.text("versions.differentialOffered"), Names.DIFFERENTIAL_OFFERED,
                r -> r.backupSchedule().differentialOffered() ? 1.0 : 0.0, CellStyles.PLAIN, "", schedule));
        return rules;
    }
}
