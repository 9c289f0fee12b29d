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
import org.crvsplanner.text.ModelWords;

/** One row of the Assumptions sheet per model input, with its unit and where its default comes from. */
final class InputRows {

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

    /** The word a yes/no input takes for yes; formulas compare with it. */
    static String yes(WorkbookWords words) {
        return words.text("choice.yes");
    }

    static String no(WorkbookWords words) {
        return words.text("choice.no");
    }

    static List<InputRow> of(SizingInputs in, WorkbookWords words) {
        SizingInputs d = SizingInputs.defaults();
        List<InputRow> rows = new ArrayList<>();
        Rows add = new Rows(rows, words);
        add.number(InputField.POPULATION, "population", in.population(), d.population(), CellStyles.WHOLE);
        add.number(InputField.CRUDE_BIRTH_RATE, "crudeBirthRate", in.crudeBirthRate(), d.crudeBirthRate(),
                CellStyles.GENERAL);
        add.number(InputField.CRUDE_DEATH_RATE, "crudeDeathRate", in.crudeDeathRate(), d.crudeDeathRate(),
                CellStyles.GENERAL);
        add.number(InputField.GROWTH_PERCENT, "growthPercent", in.growthPercent(), d.growthPercent(), CellStyles.GENERAL);
        add.number(InputField.COVERAGE_START_PERCENT, "coverageStartPercent", in.coverageStartPercent(),
                d.coverageStartPercent(), CellStyles.GENERAL);
        rows.add(new InputRow(words.text("input.coverageFullYear"), Names.of(InputField.COVERAGE_FULL_YEAR),
                (double) in.coverageFullYear(), null, CellStyles.PLAIN, words.text("input.coverageFullYear.unit"),
                words.text("input.coverageFullYear.allowed"), words.wording().number(d.coverageFullYear(), 10),
                words.text("input.coverageFullYear.source"), InputField.COVERAGE_FULL_YEAR, List.of()));
        add.number(InputField.HORIZON_YEARS, "horizonYears", in.horizonYears(), d.horizonYears(), CellStyles.PLAIN);
        add.number(InputField.ATTACHMENTS_PER_RECORD, "attachmentsPerRecord", in.attachmentsPerRecord(),
                d.attachmentsPerRecord(), CellStyles.GENERAL);
        add.number(InputField.MB_PER_ATTACHMENT, "mbPerAttachment", in.mbPerAttachment(), d.mbPerAttachment(),
                CellStyles.GENERAL);
        add.number(InputField.KB_PER_RECORD, "kbPerRecord", in.kbPerRecord(), d.kbPerRecord(), CellStyles.GENERAL);
        add.number(InputField.OS_RESERVE_GB, "osReserveGb", in.osReserveGb(), d.osReserveGb(), CellStyles.GENERAL);
        add.number(InputField.LEGACY_RECORDS, "legacyRecords", in.legacy().records(), d.legacy().records(),
                CellStyles.WHOLE);
        add.number(InputField.LEGACY_ATTACHMENTS, "legacyAttachments", in.legacy().attachmentsPerRecord(),
                d.legacy().attachmentsPerRecord(), CellStyles.GENERAL);
        add.number(InputField.MAX_FILL_PERCENT, "maxFillPercent", in.maxFillPercent(), d.maxFillPercent(),
                CellStyles.GENERAL);
        add.choice(Names.BACKUP_RULE, "backupRule", in.backup().rule().id(), d.backup().rule().id(),
                ids(BackupRule.values(), BackupRule::id));
        add.number(InputField.BACKUP_COPIES, "backupCopies", in.backup().copies(), d.backup().copies(), CellStyles.PLAIN);
        add.choice(Names.STAGE, "stage", in.stage().id(), d.stage().id(),
                ids(DeploymentStage.values(), DeploymentStage::id));
        add.choice(Names.TOPOLOGY, "topology", in.topology().id(), d.topology().id(),
                ids(StorageTopology.values(), StorageTopology::id));
        add.choice(Names.INCLUDE_DEVELOPMENT, "includeDevelopment", in.includeDevelopment() ? yes(words) : no(words),
                d.includeDevelopment() ? yes(words) : no(words), List.of(yes(words), no(words)));
        return rows;
    }

    /** Adds rows whose texts are {@code input.KEY}, {@code input.KEY.source} and so on. */
    private record Rows(List<InputRow> rows, WorkbookWords words) {
        void number(InputField field, String key, double value, double defaultValue, String format) {
            rows.add(new InputRow(words.text("input." + key), Names.of(field), value, null, format,
                    ModelWords.unit(field, words.wording()), ModelWords.range(field, words.wording()),
                    words.wording().number(defaultValue, 10), words.text("input." + key + ".source"), field,
                    List.of()));
        }

        void choice(String name, String key, String value, String defaultValue, List<String> choices) {
            String allowed = words.text("input.choices", words.text("input." + key + ".allowed"),
                    String.join(", ", choices));
            rows.add(new InputRow(words.text("input." + key), name, null, value, CellStyles.GENERAL, "", allowed,
                    defaultValue, words.text("input." + key + ".source"), null, choices));
        }
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.toUnmodifiableList());
    }
}
