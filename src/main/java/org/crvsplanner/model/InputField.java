package org.crvsplanner.model;

/**
 * Every input of the sizing model, with its unit and inclusive range.
 *
 * <p>This is the one place where ranges live: the model validates against it, and the command
 * line and the window read their limits and units from it.
 */
public enum InputField {
    POPULATION("population", "people", 1, 2_000_000_000d, true),
    CRUDE_BIRTH_RATE("crudeBirthRate", "per 1,000 people", 0, 80, false),
    CRUDE_DEATH_RATE("crudeDeathRate", "per 1,000 people", 0, 50, false),
    ATTACHMENTS_PER_RECORD("attachmentsPerRecord", "attachments per record", 0, 20, false),
    MB_PER_ATTACHMENT("mbPerAttachment", "MB", 0.01, 100, false),
    KB_PER_RECORD("kbPerRecord", "kB", 0.1, 10_000, false),
    OS_RESERVE_GB("osReserveGb", "GB", 0, 10_000, false),
    GROWTH_PERCENT("growthPercent", "% per year", -10, 10, false),
    HORIZON_YEARS("horizonYears", "years", 1, 50, true),
    COVERAGE_START_PERCENT("coverageStartPercent", "%", 1, 100, false),
    /** Its upper bound is the planning horizon, so callers pass it in. */
    COVERAGE_FULL_YEAR("coverageFullYear", "", 1, 50, true),
    EVENT_NAME("eventName", "", Double.NaN, Double.NaN, false),
    EVENT_RATE("eventRate", "per 1,000 people", 0, 100, false),
    EVENT_ATTACHMENTS("eventAttachments", "attachments per record", 0, 20, false),
    LEGACY_RECORDS("legacyRecords", "records", 0, 10_000_000_000d, true),
    LEGACY_ATTACHMENTS("legacyAttachments", "attachments per record", 0, 20, false),
    MAX_FILL_PERCENT("maxFillPercent", "%", 10, 100, false),
    BACKUP_COPIES("backupCopies", "copies", 1, 100, true);

    private final String key;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean whole;

    InputField(String key, String unit, double min, double max, boolean whole) {
        this.key = key;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.whole = whole;
    }

    /** The camelCase name used in messages and files. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Whether only whole numbers are allowed. */
    public boolean whole() {
        return whole;
    }

    /** The unit in {@code wording}'s language: "per 1,000 people", "pour 1 000 habitants". */
    public String unit(Wording wording) {
        return unit.isEmpty() ? "" : wording.text("field." + key + ".unit");
    }

    /** "between 1 and 2,000,000,000 people", for messages and tooltips. */
    public String rangeText() {
        return rangeText(Wording.ENGLISH);
    }

    /** "entre 1 et 2 000 000 000 personnes" in French. */
    public String rangeText(Wording wording) {
        return range(max).in(wording);
    }

    Wording.Phrase range(double upper) {
        return wording -> wording.text("field." + key + ".range", wording.number(min, 10), wording.number(upper, 10));
    }

    /** Returns {@code value} if it lies in this field's range, or throws. */
    public double check(double value) {
        return check(value, max);
    }

    /** Like {@link #check(double)} with an upper bound that depends on other inputs. */
    double check(double value, double upper) {
        if (Double.isNaN(value) || value < min || value > upper) {
            throw InvalidInputException.of(this, "invalid.range", range(upper), value);
        }
        if (whole && value != Math.rint(value)) {
            throw InvalidInputException.of(this, "invalid.whole", range(upper), value);
        }
        return value;
    }

    /** Plain figures for messages: 2,000,000,000 and 0.01, never 2.0E9. */
    public static String format(double value) {
        return Wording.ENGLISH.number(value, 10);
    }
}
