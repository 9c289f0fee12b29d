package org.crvsplanner.text;

import static java.util.Objects.requireNonNull;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words and the number style of one {@link Language}, for everything a person reads. Texts
 * come from resource bundles; numbers use the language's own separators, so French writes
 * "1 013,71 Go" with a narrow no-break space for thousands and a decimal comma. Everything that
 * differs between languages is data of {@link Language}.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}…, replaced as they are, so translators can write
 * apostrophes freely (unlike {@link java.text.MessageFormat}).
 */
public final class Wording {
    /** The narrow no-break space (the typographer's thin space) that French puts between thousands. */
    public static final char THIN_SPACE = '\u202F';
    /** Between a French figure and its unit, so "Go" never starts a line. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    private static final Wording[] ALL = all();
    public static final Wording ENGLISH = of(Language.ENGLISH);
    public static final Wording FRENCH = of(Language.FRENCH);

    /** The words of the model's typed data: ranges, problems, advice, names. */
    private static final String BUNDLE = "org.crvsplanner.text.messages";
    /** Digits grouped by threes with G between groups, or not grouped at all; then decimals. */
    private static final Pattern NUMBER_SHAPE = Pattern.compile("[-+]?((\\d{1,3}(G\\d{3})+|\\d+)(\\.\\d*)?|\\.\\d+)");

    private final Language language;
    private final DecimalFormatSymbols symbols;
    private final ThreadLocal<Map<String, DecimalFormat>> formats = ThreadLocal.withInitial(HashMap::new);
    /** The model's bundle, looked up once: a slider step words some twenty figures and units. */
    private volatile ResourceBundle words;
    private final Map<String, String> units = new ConcurrentHashMap<>();

    private Wording(Language language) {
        this.language = language;
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(language.grouping());
        symbols.setDecimalSeparator(language.decimal());
        symbols.setMinusSign('-');
    }

    private static Wording[] all() {
        Language[] languages = Language.values();
        Wording[] all = new Wording[languages.length];
        for (Language language : languages) {
            all[language.ordinal()] = new Wording(language);
        }
        return all;
    }

    public static Wording of(Language language) {
        return ALL[language.ordinal()];
    }

    /** The wording of a locale's language (fr, fr-FR, fr-CA…), English for any other. */
    public static Wording of(Locale locale) {
        return of(Language.forLocale(requireNonNull(locale, "locale")));
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text of {@code key} in the model's own bundle, with {@code args} put in its placeholders. */
    public String text(String key, Object... args) {
        return fill(words().getString(key), args);
    }

    /**
     * The model's text of {@code key} as the bundle holds it, placeholders and all, for callers
     * that fill them another way, such as a spreadsheet formula.
     */
    public String pattern(String key) {
        return words().getString(key);
    }

    /** Whether the model's bundle has a text for {@code key}. */
    public boolean has(String key) {
        return words().containsKey(key);
    }

    private ResourceBundle words() {
        ResourceBundle bundle = words;
        if (bundle == null) {
            bundle = bundle(BUNDLE);
            words = bundle;
        }
        return bundle;
    }

    /** The space between a figure and its unit: a no-break space in French. */
    public char unitSpace() {
        return language.unitSpace();
    }

    /**
     * The text of {@code key + ".one"} or {@code key + ".other"}, by the language's rule: French
     * says "0 an" and "1 an", English "0 years" and "1 year".
     */
    public String plural(String key, long count, Object... args) {
        return text(pluralKey(key, count), args);
    }

    /** {@code key + ".one"} or {@code key + ".other"} for {@code count}, for texts in other bundles. */
    public String pluralKey(String key, long count) {
        return key + (isOne(count) ? ".one" : ".other");
    }

    /** Whether this language uses its singular for {@code count}: French for 0 and 1, English for 1. */
    public boolean isOne(long count) {
        return language.plural().isOne(count);
    }

    /**
     * The bundle {@code baseName} in this language, without the JVM's fallback to the system's
     * language: a French desktop asking for English must get English.
     */
    public ResourceBundle bundle(String baseName) {
        return ResourceBundle.getBundle(requireNonNull(baseName, "baseName"), language.locale(),
                Wording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Replaces {0}, {1}… in {@code pattern}; numbers are written in this language's style, whole
     * ones with thousands separators, so pass a year or a version as text, not as a number.
     */
    public String fill(String pattern, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                if (index >= args.length) {
                    throw new MissingResourceException("no argument " + index + " for \"" + pattern + "\"",
                            Wording.class.getName(), pattern);
                }
                out.append(render(args[index]));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String render(Object arg) {
        if (arg instanceof Phrase phrase) {
            return phrase.in(this);
        }
        if (arg instanceof Double || arg instanceof Float) {
            return number(((Number) arg).doubleValue(), 10);
        }
        if (arg instanceof Number number) {
            return whole(number.doubleValue());
        }
        return String.valueOf(arg);
    }

    /** Up to {@code decimals} decimals, no trailing zeros: 17.299, 3, 0.4 (French: 17,299). */
    public String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return format(UP_TO[Math.min(Math.max(decimals, 1), UP_TO.length - 1)], value);
    }

    /** Exactly {@code decimals} decimals: 1,013.71 (French: 1 013,71). */
    public String fixed(double value, int decimals) {
        return format(EXACTLY[Math.min(Math.max(decimals, 0), EXACTLY.length - 1)], value);
    }

    /** 749,970 (French: 749 970). */
    public String whole(double value) {
        return format("#,##0", value);
    }

    /** A unit in this language: GB → Go, TB → To, MB → Mo, kB → ko. */
    public String unit(String unit) {
        return units.computeIfAbsent(unit, u -> words().containsKey("unit." + u) ? words().getString("unit." + u) : u);
    }

    /** A figure and its unit: "1,013.71 GB" (French: "1 013,71 Go"). */
    public String withUnit(String figure, String unit) {
        return figure + language.unitSpace() + unit(unit);
    }

    /** GB with two decimals: 1,013.71 GB (French: 1 013,71 Go). */
    public String gb(double gb) {
        return withUnit(fixed(gb, 2), "GB");
    }

    /** GB below 10,000 GB, TB from there, for figures that can grow large: 32.08 TB. */
    public String disk(double gb) {
        return gb >= 10_000 ? withUnit(fixed(gb / 1000, 2), "TB") : gb(gb);
    }

    /**
     * Reads a number typed in this language, or gives an empty result.
     *
     * <p>Each language says which characters it reads as thousands separators and as decimal
     * marks: English takes "1,013.71"; French "1 013,71" with any kind of space between thousands,
     * and "1013.71" too. Thousands separators are accepted only between groups of three digits, so
     * "1,5" is refused in English rather than read as 15, and a second decimal mark ("1.013,71" or
     * "1,2,3" in French) is refused rather than guessed at. Surrounding spaces of any kind are
     * ignored, and the typographic minus (U+2212) reads as a minus.
     */
    public OptionalDouble parse(String text) {
        String plain = text == null ? "" : trim(text.replace('\u2212', '-'));
        if (plain.isEmpty()) {
            return OptionalDouble.empty();
        }
        StringBuilder shaped = new StringBuilder(plain.length());
        int decimalMarks = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (language.groupingRead().indexOf(c) >= 0) {
                shaped.append('G');
            } else if (language.decimalRead().indexOf(c) >= 0) {
                shaped.append('.');
                decimalMarks++;
            } else {
                shaped.append(c);
            }
        }
        if (decimalMarks > 1 || !NUMBER_SHAPE.matcher(shaped).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(shaped.toString().replace("G", "")));
    }

    /** Format patterns by number of decimals, built once rather than on every figure. */
    private static final String[] UP_TO = patterns("#", 12);
    private static final String[] EXACTLY = patterns("0", 12);

    private static String[] patterns(String digit, int most) {
        String[] patterns = new String[most + 1];
        for (int i = 0; i <= most; i++) {
            patterns[i] = i == 0 ? "#,##0" : "#,##0." + digit.repeat(i);
        }
        return patterns;
    }

    /** Without spaces around, the no-break kinds a pasted figure brings too. */
    private static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether {@code typed} has this language's decimal mark: a point, or in French a comma too. */
    public boolean hasDecimalMark(String typed) {
        if (typed == null) {
            return false;
        }
        for (int i = 0; i < typed.length(); i++) {
            if (language.decimalRead().indexOf(typed.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private String format(String pattern, double value) {
        String written = formats.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, symbols)).format(value);
        // -0.001 rounds to "-0": nobody writes a minus before nothing.
        return written.charAt(0) == '-' && isZero(written) ? written.substring(1) : written;
    }

    private static boolean isZero(String written) {
        for (int i = 1; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Wording[" + language.tag() + "]";
    }

    /**
     * The text of {@code key} in the bundle {@code baseName}, with {@code args} (which may be
     * phrases too) in its placeholders, written out once the reader's language is known.
     */
    public static Phrase phrase(String baseName, String key, Object... args) {
        requireNonNull(baseName, "baseName");
        requireNonNull(key, "key");
        Object[] copy = java.util.Arrays.copyOf(args, args.length);
        return wording -> wording.fill(wording.bundle(baseName).getString(key), copy);
    }

    /** A text that is written out only once the language is known, such as a range. */
    @FunctionalInterface
    public interface Phrase {
        String in(Wording wording);
    }
}
