package org.crvsplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

/**
 * Help for the sizing flags, built from the model's own ranges and defaults so that
 * {@code --help} can never disagree with the validation.
 */
public final class HelpTexts extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        SizingInputs d = SizingInputs.defaults();
        List<Object[]> texts = new ArrayList<>();
        numeric(texts, "population", "Country population", InputField.POPULATION, d.population());
        numeric(texts, "birth-rate", "Crude birth rate", InputField.CRUDE_BIRTH_RATE, d.crudeBirthRate());
        numeric(texts, "death-rate", "Crude death rate", InputField.CRUDE_DEATH_RATE, d.crudeDeathRate());
        numeric(texts, "attachments", "Average attachments per record", InputField.ATTACHMENTS_PER_RECORD,
                d.attachmentsPerRecord());
        numeric(texts, "attachment-mb", "Size of one attachment", InputField.MB_PER_ATTACHMENT, d.mbPerAttachment());
        numeric(texts, "record-kb", "Data of one record, without attachments", InputField.KB_PER_RECORD,
                d.kbPerRecord());
        numeric(texts, "os-gb", "Disk reserved for the operating system", InputField.OS_RESERVE_GB, d.osReserveGb());
        numeric(texts, "growth", "Population growth", InputField.GROWTH_PERCENT, d.growthPercent());
        numeric(texts, "years", "Planning horizon", InputField.HORIZON_YEARS, d.horizonYears());
        numeric(texts, "coverage-start", "Coverage in year 1: share of the population in participating locations",
                InputField.COVERAGE_START_PERCENT, d.coverageStartPercent());
        texts.add(new Object[] {"coverage-full-year", "Year in which coverage reaches 100%, on a straight ramp "
                + "from year 1; between 1 and the planning horizon, and at least 2 when coverage starts "
                + "below 100%. Default: " + d.coverageFullYear() + "."});
        texts.add(new Object[] {"event", "Another event type to register, such as marriage, divorce or adoption: "
                + "its name, its rate per 1,000 people (" + range(InputField.EVENT_RATE)
                + ") and optionally its own attachments average (" + range(InputField.EVENT_ATTACHMENTS)
                + "; the general average otherwise). Repeatable, up to " + SizingInputs.MAX_EVENT_TYPES
                + ". Default: none."});
        numeric(texts, "legacy-records", "Records migrated from an earlier system in year 1",
                InputField.LEGACY_RECORDS, d.legacy().records());
        numeric(texts, "legacy-attachments", "Average attachments per migrated record",
                InputField.LEGACY_ATTACHMENTS, d.legacy().attachmentsPerRecord());
        numeric(texts, "max-fill", "Highest disk fill at the horizon (OpenCRVS alerts at 70%)",
                InputField.MAX_FILL_PERCENT, d.maxFillPercent());
        texts.add(new Object[] {"backup-rule", "double: twice the application server, as the documentation says; "
                + "retention: the OS reserve plus --backup-copies full copies of the data. Default: "
                + d.backup().rule().id() + "."});
        numeric(texts, "backup-copies", "Full copies kept under the retention rule (OpenCRVS keeps "
                + BackupPolicy.OPENCRVS_DEFAULT_COPIES + ")", InputField.BACKUP_COPIES, d.backup().copies());
        texts.add(new Object[] {"topology", "every-node: every production server holds the data; data-node: one "
                + "data node holds it and the others need the OS reserve only. Default: "
                + d.topology().id() + "."});
        texts.add(new Object[] {"stage", "poc: one qa server, no backup; pilot: qa, production, staging and "
                + "backup; national: a production cluster of 2, 3 or 5 by population. Default: "
                + d.stage().id() + "."});
        texts.add(new Object[] {"include-development", "Add a development server for training and development."});
        // Picocli reads descriptions as format strings.
        for (Object[] text : texts) {
            text[1] = ((String) text[1]).replace("%", "%%");
        }
        return texts.toArray(new Object[0][]);
    }

    private static void numeric(List<Object[]> texts, String key, String what, InputField field, double value) {
        texts.add(new Object[] {key, what + ", " + range(field) + ". Default: " + ModelWords.figure(value) + "."});
    }

    private static String range(InputField field) {
        return ModelWords.range(field, Wording.ENGLISH);
    }
}
