package org.crvsplanner.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crvsplanner.text.Wording;

/**
 * Formulas that write text in one language, with figures in that language's style whatever the
 * reader's own settings. Spreadsheets write a number inside text in the reader's locale
 * ({@code FIXED}, {@code TEXT}, {@code &}), so a French plan opened in an English Excel would read
 * "1,013.71 Go"; these formulas build the figure from its digits instead, giving "1 013,71 Go"
 * everywhere, exactly as {@link Wording} writes it.
 */
final class FormulaText {
    /** Excel refuses longer string constants in a formula. */
    static final int MAX_LITERAL = 255;
    /** Groups of three digits after the first: figures up to 18 digits before the decimals. */
    static final int GROUPS = 5;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Wording wording;
    private final String grouping;
    private final String decimal;

    FormulaText(Wording wording) {
        this.wording = requireNonNull(wording, "wording");
        String sample = wording.fixed(1000.5, 1);
        this.grouping = sample.substring(1, 2);
        this.decimal = sample.substring(5, 6);
    }

    /** A string constant, in pieces short enough for Excel. */
    static String literal(String text) {
        if (text.isEmpty()) {
            return "\"\"";
        }
        List<String> pieces = new ArrayList<>();
        for (int from = 0; from < text.length(); from += MAX_LITERAL) {
            String piece = text.substring(from, Math.min(text.length(), from + MAX_LITERAL));
            pieces.add("\"" + piece.replace("\"", "\"\"") + "\"");
        }
        return String.join("&", pieces);
    }

    /** {@code pattern} with {0}, {1}… replaced by the results of {@code formulas}. */
    static String fill(String pattern, String... formulas) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(literal(pattern.substring(from, m.start())));
            }
            parts.add("(" + formulas[Integer.parseInt(m.group(1))] + ")");
            from = m.end();
        }
        if (from < pattern.length() || parts.isEmpty()) {
            parts.add(literal(pattern.substring(from)));
        }
        return String.join("&", parts);
    }

    /**
     * One of two patterns by the language's plural rule for the whole number {@code count}. The
     * pattern is chosen first and the figures put into it after, so each figure's formula is
     * written once, which keeps long figures within Excel's 8,192 characters.
     */
    String plural(String one, String other, String count, String... formulas) {
        String isOne = wording.isOne(0) ? "(" + count + ")<=1" : "(" + count + ")=1";
        String text = "IF(" + isOne + "," + literal(one) + "," + literal(other) + ")";
        for (int i = 0; i < formulas.length; i++) {
            text = "SUBSTITUTE(" + text + ",\"{" + i + "}\",(" + formulas[i] + "))";
        }
        return text;
    }


    /** A small figure without thousands separators, decimals as the language writes them: 72.5, 72,5. */
    String plain(String formula) {
        String other = decimal.equals(",") ? "." : ",";
        return "SUBSTITUTE((" + formula + ")&\"\",\"" + other + "\",\"" + decimal + "\")";
    }

    /** A figure of 0 or more with two decimals and thousands separators: 1,013.71, 1 013,71. */
    String fixed2(String formula) {
        return fixed2(formula, GROUPS);
    }

    /** {@link #fixed2(String)} for figures below 1,000 to the power {@code groups + 1}: a shorter formula. */
    private String fixed2(String formula, int groups) {
        String rounded = "ROUND(" + formula + ",2)";
        return grouped("INT(" + rounded + ")", groups) + "&" + literal(decimal) + "&TEXT(MIN(99,ROUND((" + rounded
                + "-INT(" + rounded + "))*100,0)),\"00\")";
    }

    /** The whole number {@code whole} (0 or more) with thousands separators: 12,345, 12 345. */
    private String grouped(String whole, int groups) {
        String digits = "FIXED(" + whole + ",0,TRUE)";
        String length = "LEN(" + digits + ")";
        String head = "(MOD(" + length + "-1,3)+1)";
        StringBuilder out = new StringBuilder("MID(" + digits + ",1," + head + ")");
        String separator = literal(grouping);
        for (int g = 1; g <= groups; g++) {
            out.append("&IF(").append(length).append('>').append(3 * g).append(',').append(separator)
                    .append("&MID(").append(digits).append(',').append(head).append('+').append(3 * g - 2)
                    .append(",3),\"\")");
        }
        return out.toString();
    }

    /**
     * A figure of 0 or more below 1,000 to the power {@code groups + 1}, with thousands separators
     * and one or two decimals at most, as {@link Wording#number(double, int)} writes it: 12.5,
     * 1,200, 0.05.
     */
    private String upTo(String formula, int decimals, int groups) {
        String rounded = "ROUND(" + formula + "," + decimals + ")";
        String hundredths = "ROUND((" + rounded + "-INT(" + rounded + "))*100,0)";
        String fraction = decimals == 1 ? "TEXT(" + hundredths + "/10,\"0\")"
                : "IF(MOD(" + hundredths + ",10)=0,TEXT(" + hundredths + "/10,\"0\"),TEXT(" + hundredths + ",\"00\"))";
        return grouped("INT(" + rounded + ")", groups) + "&IF(" + hundredths + "=0,\"\"," + literal(decimal) + "&"
                + fraction + ")";
    }

    /**
     * Hours below 1,000 to the power {@code groups + 1} as the model's advice writes them: whole
     * from 10 h, a tenth below, a hundredth below 0.1 h.
     */
    String hours(String formula, int groups) {
        String h = "(" + formula + ")";
        return "IF(" + h + ">=10," + grouped("ROUND(" + h + ",0)", groups) + ",IF(" + h + ">=0.1," + upTo(h, 1, 0)
                + "," + upTo(h, 2, 0) + "))&" + literal(wording.unitSpace() + wording.unit("h"));
    }

    /** A link's speed below 1,000 to the power {@code groups + 1}, with a tenth at most: 10 Mbps, 12.5 Mbit/s. */
    String mbps(String formula, int groups) {
        return upTo(formula, 1, groups) + "&" + literal(wording.unitSpace() + wording.unit("Mbps"));
    }

    /** GB below 10,000 GB and TB from there, as {@link Wording#disk(double)} writes them. */
    String disk(String formula) {
        String tb = formula + ">=10000";
        return fixed2("IF(" + tb + "," + formula + "/1000," + formula + ")") + "&IF(" + tb + ","
                + literal(wording.unitSpace() + wording.unit("TB")) + "," + literal(wording.unitSpace() + wording.unit("GB"))
                + ")";
    }

    /** A figure in GB with two decimals and the unit: 1,013.71 GB, 1 013,71 Go. */
    String gb(String formula) {
        return fixed2(formula) + "&" + literal(wording.unitSpace() + wording.unit("GB"));
    }

    /**
     * {@link #gb(String)} for a figure that never exceeds {@code max}, such as an input with a
     * range, in a shorter formula: Excel allows 8,192 characters in one.
     */
    String gbUpTo(String formula, double max) {
        int digits = (int) Math.floor(Math.log10(Math.max(max, 1))) + 1;
        return fixed2(formula, Math.max(0, (digits - 1) / 3)) + "&" + literal(wording.unitSpace() + wording.unit("GB"));
    }
}
