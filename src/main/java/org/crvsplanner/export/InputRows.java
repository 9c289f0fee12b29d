package org.crvsplanner.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.StorageTopology;

/** One row of the Assumptions sheet per model input, with its unit and where its default comes from. */
final class InputRows {
    static final String DOCS = "OpenCRVS docs";
    static final String DEPLOY = "OpenCRVS deploy files";
    static final String YES = "yes";
    static final String NO = "no";

    /**
     * @param number the value of a numeric input, or null for a choice
     * @param field the model field whose range a numeric input must respect, or null
     * @param choices the allowed texts of a choice, empty for a number
     */
    record InputRow(String label, String name, Double number, String text, String format, String unit,
            String allowed, String defaultText, String source, InputField field, List<String> choices) {
    }

    private InputRows() {
    }

    static List<InputRow> of(SizingInputs in) {
        SizingInputs d = SizingInputs.defaults();
        List<InputRow> rows = new ArrayList<>();
        rows.add(number(InputField.POPULATION, "Population", in.population(), d.population(), Styles.WHOLE,
                DOCS + ", worked example; use the country's"));
        rows.add(number(InputField.CRUDE_BIRTH_RATE, "Crude birth rate", in.crudeBirthRate(), d.crudeBirthRate(),
                Styles.GENERAL, DOCS + ", worked example"));
        rows.add(number(InputField.CRUDE_DEATH_RATE, "Crude death rate", in.crudeDeathRate(), d.crudeDeathRate(),
                Styles.GENERAL, DOCS + ", worked example"));
        rows.add(number(InputField.GROWTH_PERCENT, "Population growth", in.growthPercent(), d.growthPercent(),
                Styles.GENERAL, "Planner's choice; 0 keeps the population flat"));
        rows.add(number(InputField.COVERAGE_START_PERCENT,
                "Coverage in year 1 (population in participating locations)", in.coverageStartPercent(),
                d.coverageStartPercent(), Styles.GENERAL,
                "Planner's choice; the docs ask to take participating locations into account"));
        rows.add(new InputRow("Year in which coverage reaches 100%", Names.of(InputField.COVERAGE_FULL_YEAR),
                (double) in.coverageFullYear(), null, Styles.PLAIN, "year",
                "1 to the planning horizon; at least 2 when coverage starts below 100%",
                InputField.format(d.coverageFullYear()), "Planner's choice; coverage climbs in a straight line",
                InputField.COVERAGE_FULL_YEAR, List.of()));
        rows.add(number(InputField.HORIZON_YEARS, "Planning horizon", in.horizonYears(), d.horizonYears(),
                Styles.PLAIN, "Planner's choice; see the note above"));
        rows.add(number(InputField.ATTACHMENTS_PER_RECORD, "Average attachments per record",
                in.attachmentsPerRecord(), d.attachmentsPerRecord(), Styles.GENERAL, DOCS + ", worked example"));
        rows.add(number(InputField.MB_PER_ATTACHMENT, "Size of one attachment", in.mbPerAttachment(),
                d.mbPerAttachment(), Styles.GENERAL, DOCS + ", disk formula"));
        rows.add(number(InputField.KB_PER_RECORD, "Data of one record, without attachments", in.kbPerRecord(),
                d.kbPerRecord(), Styles.GENERAL, DOCS + ", disk formula"));
        rows.add(number(InputField.OS_RESERVE_GB, "Disk reserved for the operating system", in.osReserveGb(),
                d.osReserveGb(), Styles.GENERAL, DOCS + ", disk formula"));
        rows.add(number(InputField.LEGACY_RECORDS, "Records migrated from an earlier system (year 1)",
                in.legacy().records(), d.legacy().records(), Styles.WHOLE,
                "Planner's choice; 0 when nothing is migrated"));
        rows.add(number(InputField.LEGACY_ATTACHMENTS, "Attachments per migrated record",
                in.legacy().attachmentsPerRecord(), d.legacy().attachmentsPerRecord(), Styles.GENERAL,
                "Planner's choice; scanned paper registers often have 1"));
        rows.add(number(InputField.MAX_FILL_PERCENT, "Highest disk fill at the horizon", in.maxFillPercent(),
                d.maxFillPercent(), Styles.GENERAL, DEPLOY + ": the disk-usage alert fires at 70%"));
        rows.add(choice(Names.BACKUP_RULE, "Backup rule", in.backup().rule().id(), d.backup().rule().id(),
                ids(BackupRule.values(), BackupRule::id),
                "double: twice the application server; retention: OS reserve plus the copies below",
                DOCS + " (double); " + DEPLOY + "' backup job (retention)"));
        rows.add(number(InputField.BACKUP_COPIES, "Full backup copies kept (retention rule)", in.backup().copies(),
                d.backup().copies(), Styles.PLAIN, DEPLOY + ": the backup job keeps 7 copies"));
        rows.add(choice(Names.STAGE, "Deployment stage", in.stage().id(), d.stage().id(),
                ids(DeploymentStage.values(), DeploymentStage::id),
                "poc: one qa server, no backup; pilot: one server per environment; national: 2, 3 or 5 "
                        + "production servers by population",
                DOCS + ", \"Server clusters by project\""));
        rows.add(choice(Names.TOPOLOGY, "Storage topology", in.topology().id(), d.topology().id(),
                ids(StorageTopology.values(), StorageTopology::id),
                "every-node: every production server holds the data; data-node: one server holds it",
                DOCS + " (every-node); " + DEPLOY + " pin the data to one node (data-node)"));
        rows.add(choice(Names.INCLUDE_DEVELOPMENT, "Development server", in.includeDevelopment() ? YES : NO,
                d.includeDevelopment() ? YES : NO, List.of(YES, NO),
                "yes adds one development server for training and development",
                DOCS + ", server environments (optional)"));
        return rows;
    }

    private static InputRow number(InputField field, String label, double value, double defaultValue,
            String format, String source) {
        String unit = field.unit().isEmpty() ? "" : field.unit();
        return new InputRow(label, Names.of(field), value, null, format, unit, field.rangeText(),
                InputField.format(defaultValue), source, field, List.of());
    }

    private static InputRow choice(String name, String label, String value, String defaultValue,
            List<String> choices, String allowed, String source) {
        return new InputRow(label, name, null, value, Styles.GENERAL, "", allowed + ". One of: "
                + String.join(", ", choices), defaultValue, source, null, choices);
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.toUnmodifiableList());
    }
}
