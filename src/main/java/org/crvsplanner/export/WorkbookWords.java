package org.crvsplanner.export;

import static java.util.Objects.requireNonNull;

import java.util.ResourceBundle;

import org.crvsplanner.text.Wording;

/**
 * The workbook's texts in one language, from the export bundle, and its sheet names. Formulas
 * and defined names refer to sheets, so every reference takes the sheet's name from here.
 */
final class WorkbookWords {
    static final String BUNDLE = "org.crvsplanner.export.messages";

    /** The workbook's tabs, in reading order. */
    enum Tab {
        SUMMARY("summary"), ASSUMPTIONS("assumptions"), VERSIONS("versions"), SERVERS("servers"),
        DISK_GROWTH("diskGrowth"), OPERATIONS("operations"),
        /** Only when there are ranges or a disk size: see {@link OutlookSheet}. */
        OUTLOOK("outlook"), CHECKLIST("checklist"), COSTS("costs");

        final String key;

        Tab(String key) {
            this.key = "sheet." + key;
        }
    }

    private final Wording wording;
    private final ResourceBundle bundle;

    WorkbookWords(Wording wording) {
        this.wording = requireNonNull(wording, "wording");
        this.bundle = wording.bundle(BUNDLE);
    }

    Wording wording() {
        return wording;
    }

    /** The text of {@code key} with its placeholders filled; numbers in this language's style. */
    String text(String key, Object... args) {
        return wording.fill(bundle.getString(key), args);
    }

    /** The text of {@code key.one} or {@code key.other}, by this language's rule for {@code count}. */
    String plural(String key, long count, Object... args) {
        return text(wording.pluralKey(key, count), args);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key} as it stands in the bundle, placeholders and all. */
    String pattern(String key) {
        return bundle.getString(key);
    }

    String sheet(Tab tab) {
        return bundle.getString(tab.key);
    }

    /** A unit in this language: GB is "Go" in French. */
    String unit(String unit) {
        return wording.unit(unit);
    }
}
