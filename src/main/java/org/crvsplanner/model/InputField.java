package org.crvsplanner.model;

import org.crvsplanner.model.InvalidInputException.Problem;

/**
 * Every input of the sizing model, with its inclusive range.
 *
 * <p>This is the one place where ranges live: the model validates against it, and the command
 * line, the scenario files, the workbook and the window read their limits from it. Units and
 * names are words, kept in the {@code text} package under {@code field.<key>}.
 */
public enum InputField {
    POPULATION("population", 1, 2_000_000_000d, true),
    CRUDE_BIRTH_RATE("crudeBirthRate", 0, 80, false),
    CRUDE_DEATH_RATE("crudeDeathRate", 0, 50, false),
    ATTACHMENTS_PER_RECORD("attachmentsPerRecord", 0, 20, false),
    MB_PER_ATTACHMENT("mbPerAttachment", 0.01, 100, false),
    KB_PER_RECORD("kbPerRecord", 0.1, 10_000, false),
    OS_RESERVE_GB("osReserveGb", 0, 10_000, false),
    GROWTH_PERCENT("growthPercent", -10, 10, false),
    HORIZON_YEARS("horizonYears", 1, 50, true),
    COVERAGE_START_PERCENT("coverageStartPercent", 1, 100, false),
    /** Its upper bound is the planning horizon, so callers pass it in. */
    COVERAGE_FULL_YEAR("coverageFullYear", 1, 50, true),
    EVENT_NAME("eventName", Double.NaN, Double.NaN, false),
    EVENT_RATE("eventRate", 0, 100, false),
    EVENT_ATTACHMENTS("eventAttachments", 0, 20, false),
    LEGACY_RECORDS("legacyRecords", 0, 10_000_000_000d, true),
    LEGACY_ATTACHMENTS("legacyAttachments", 0, 20, false),
    MAX_FILL_PERCENT("maxFillPercent", 10, 100, false),
    BACKUP_COPIES("backupCopies", 1, 100, true),
    /** Days of monitoring data kept (OpenCRVS v2.x keeps 30); a year at most. */
    MONITORING_DAYS("monitoringDays", 1, 365, true),
    /** Production to the backup site; OpenCRVS asks for at least 10 Mbps, a fast fibre 100,000. */
    LINK_MBPS("linkMbps", 1, 100_000, false),
    STAGING_LINK_MBPS("stagingLinkMbps", 1, 100_000, false),
    LINK_SHARE_PERCENT("linkSharePercent", 1, 100, false),
    /** From six minutes to the whole day. */
    BACKUP_WINDOW_HOURS("backupWindowHours", 0.1, 24, false),
    BACKUP_COMPRESSION("backupCompression", 1, 20, false);

    private final String key;
    private final double min;
    private final double max;
    private final boolean whole;

    InputField(String key, double min, double max, boolean whole) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.whole = whole;
    }

    /** The camelCase name used in messages and files. */
    public String key() {
        return key;
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

    /** The range a value must lie in, with this field's upper bound. */
    public Range range() {
        return new Range(this, min, max);
    }

    /** Returns {@code value} if it lies in this field's range, or throws. */
    public double check(double value) {
        return check(value, max);
    }

    /** Like {@link #check(double)} with an upper bound that depends on other inputs. */
    double check(double value, double upper) {
        if (Double.isNaN(value) || value < min || value > upper) {
            throw InvalidInputException.of(this, Problem.RANGE, new Range(this, min, upper), value);
        }
        if (whole && value != Math.rint(value)) {
            throw InvalidInputException.of(this, Problem.WHOLE, new Range(this, min, upper), value);
        }
        return value;
    }

    /** The inclusive range of a field's values; the upper bound may depend on other inputs. */
    public record Range(InputField field, double min, double max) {
    }
}
