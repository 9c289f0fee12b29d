package org.crvsplanner.cli;

import java.util.Locale;

import org.crvsplanner.text.Language;
import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang en|fr}: the language of what a command writes for people, the table and the
 * workbook. JSON and error messages stay in English, for scripts and for searching the web.
 */
final class LanguageOption {
    static final String BUNDLE = "org.crvsplanner.cli.messages";

    @Option(names = "--lang", paramLabel = "LANG", converter = Language.class,
            description = "en or fr: the language of the table or the workbook (JSON stays English). Default: en.")
    private Wording wording = Wording.ENGLISH;

    Wording wording() {
        return wording;
    }

    /** The command line's text of {@code key} in this language, with its placeholders filled. */
    String text(String key, Object... args) {
        return text(wording, key, args);
    }

    static String text(Wording wording, String key, Object... args) {
        return wording.fill(wording.bundle(BUNDLE).getString(key), args);
    }

    static final class Language implements ITypeConverter<Wording> {
        @Override
        public Wording convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "en" -> Wording.ENGLISH;
                case "fr" -> Wording.FRENCH;
                default -> throw new TypeConversionException("must be one of en, fr; got '" + ShownText.excerpt(value) + "'");
            };
        }
    }
}
