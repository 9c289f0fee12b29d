package org.crvsplanner.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the planner speaks, each described as data: how it writes and reads numbers, the
 * space it puts before a unit and its plural rule. {@link Wording} works from these alone, so a
 * new language is one more constant and its bundles, with no branch anywhere on which one it is.
 */
public enum Language {
    ENGLISH("en", "English", Locale.ENGLISH, ',', '.', ' ', ",", ".", PluralRule.ONE_ONLY),
    /**
     * French groups thousands with the narrow no-break space and keeps a figure on the line of its
     * unit. It reads the spaces a keyboard or a paste brings between thousands too, and a decimal
     * point as well as a comma, since many keyboards type one.
     */
    FRENCH("fr", "Français", Locale.FRENCH, Wording.THIN_SPACE, ',', Wording.NO_BREAK_SPACE,
            " " + Wording.NO_BREAK_SPACE + Wording.THIN_SPACE + '\u2009', ",.", PluralRule.ZERO_AND_ONE);

    /** Which counts take the singular. */
    public enum PluralRule {
        /** "1 year", "0 years". */
        ONE_ONLY,
        /** "0 an", "1 an", "2 ans". */
        ZERO_AND_ONE;

        boolean isOne(long count) {
            return count == 1 || (this == ZERO_AND_ONE && count == 0);
        }
    }

    private final String tag;
    private final String nativeName;
    private final Locale locale;
    private final char grouping;
    private final char decimal;
    private final char unitSpace;
    private final String groupingRead;
    private final String decimalRead;
    private final PluralRule plural;

    Language(String tag, String nativeName, Locale locale, char grouping, char decimal, char unitSpace,
            String groupingRead, String decimalRead, PluralRule plural) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = locale;
        this.grouping = grouping;
        this.decimal = decimal;
        this.unitSpace = unitSpace;
        this.groupingRead = groupingRead;
        this.decimalRead = decimalRead;
        this.plural = plural;
    }

    /** The language of a locale's language (fr, fr-FR, fr-CA…), English for any other. */
    public static Language forLocale(Locale locale) {
        return forTag(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The language with the tag "en" or "fr", as the preferences and the command line write it. */
    public static Optional<Language> forTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public String tag() {
        return tag;
    }

    /** "English", "Français": each named in itself, as language menus do. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public Wording wording() {
        return Wording.of(this);
    }

    /** Written between groups of thousands. */
    char grouping() {
        return grouping;
    }

    /** The decimal mark it writes. */
    char decimal() {
        return decimal;
    }

    /** Between a figure and its unit. */
    char unitSpace() {
        return unitSpace;
    }

    /** Every character read as a thousands separator. */
    String groupingRead() {
        return groupingRead;
    }

    /** Every character read as a decimal mark. */
    String decimalRead() {
        return decimalRead;
    }

    PluralRule plural() {
        return plural;
    }
}
