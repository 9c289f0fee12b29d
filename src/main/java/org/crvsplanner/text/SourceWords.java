package org.crvsplanner.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SourcedFigure;

/**
 * Sentences about where a scenario's figures came from, for its notes, the workbook's
 * Assumptions sheet, the command line's table and the window, in any language.
 */
public final class SourceWords {
    /** The first words of the summary in every language, to find an earlier summary in the notes. */
    private static final String SUMMARY = "source.summary";

    private SourceWords() {
    }

    /** "World Bank" ("Banque mondiale"). */
    public static String publisher(Publisher publisher, Wording wording) {
        return wording.text("publisher." + publisher.id());
    }

    /**
     * "Country figures: World Bank, Uganda (UGA), 2023, from API_SP.POP.TOTL….csv (last updated
     * 2025-07-01), …": each file once, with its date when it has one.
     */
    public static String summary(CountrySource source, Wording wording) {
        Map<String, SourcedFigure> files = new LinkedHashMap<>();
        for (SourcedFigure figure : source.figures()) {
            files.putIfAbsent(figure.file(), figure);
        }
        // Files updated on the same day, as the World Bank's usually are, share one date.
        boolean oneDate = files.values().stream().map(SourcedFigure::lastUpdated).distinct().count() == 1;
        String list;
        if (oneDate) {
            SourcedFigure first = files.values().iterator().next();
            String names = String.join(", ", files.keySet());
            list = first.lastUpdated() == null ? names
                    : wording.text("source.file", names, first.lastUpdated().toString());
        } else {
            list = String.join(", ", files.values().stream().map(f -> file(f, wording)).toList());
        }
        return wording.text(SUMMARY, publisher(source.publisher(), wording), source.countryName(), source.country(),
                Integer.toString(source.year()), list);
    }

    /** "World Bank, Uganda (UGA), 2023: SP.DYN.CBRT.IN in API_….csv (last updated 2025-06-30)". */
    public static String figure(CountrySource source, SourcedFigure figure, Wording wording) {
        return wording.text("source.figure", publisher(source.publisher(), wording), source.countryName(),
                source.country(), Integer.toString(source.year()), figure.indicator(), file(figure, wording));
    }

    /** "Each year's population and crude rates follow the projection (Medium variant) from 2024 to 2033." */
    public static String projection(Projection projection, int horizonYears, Wording wording) {
        return wording.text("source.projection", wording.text("variant.medium"),
                Integer.toString(projection.firstYear()), Integer.toString(projection.calendarYear(horizonYears)));
    }

    /** Said of the growth rate while the projection gives each year's population. */
    public static String growthNotUsed(Wording wording) {
        return wording.text("source.notUsed");
    }

    private static String file(SourcedFigure figure, Wording wording) {
        return figure.lastUpdated() == null ? figure.file()
                : wording.text("source.file", figure.file(), figure.lastUpdated().toString());
    }

    /**
     * The notes with the summary (and the projection's sentence) on a line of their own at the end,
     * replacing the lines an earlier import left in either language, so importing again does not
     * pile them up. The planner's own lines stay as they are.
     */
    public static String notes(String notes, CountrySource source, Projection followed, int horizonYears,
            Wording wording) {
        List<String> kept = ownLines(notes);
        if (!kept.isEmpty()) {
            kept.add("");
        }
        kept.add(summary(source, wording));
        if (!followed.isEmpty()) {
            kept.add(projection(followed, horizonYears, wording));
        }
        return String.join("\n", kept);
    }

    /**
     * The notes without the lines an import wrote, in either language: once no input holds the
     * file's figures, the notes no longer name it. The planner's own lines stay as they are.
     */
    public static String withoutSource(String notes) {
        return String.join("\n", ownLines(notes));
    }

    private static List<String> ownLines(String notes) {
        List<String> kept = new ArrayList<>();
        for (String line : notes.split("\n", -1)) {
            if (!generated(line)) {
                kept.add(line);
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static boolean generated(String line) {
        for (Language language : Language.values()) {
            Wording w = Wording.of(language);
            if (line.startsWith(prefix(w.pattern(SUMMARY))) || line.startsWith(prefix(w.pattern("source.projection")))) {
                return true;
            }
        }
        return false;
    }

    /** The text before the first placeholder: "Country figures: ". */
    private static String prefix(String pattern) {
        int brace = pattern.indexOf('{');
        return brace < 0 ? pattern : pattern.substring(0, brace);
    }
}
