package org.crvsplanner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads exists in English and in French: the same keys in both, the same
 * placeholders, a real translation, and no key used in the code that the bundles lack.
 */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /**
     * Words that French writes as English does. Each entry is a whole text; anything else left
     * as in English counts as untranslated.
     */
    private static final Set<String> SAME_IN_FRENCH = Set.of(
            "National", "production", "Production", "Population", "OpenCRVS", "CPU", "CPUs", "RAM", "OS", "%",
            "Total", "Notes", "Note", "Type", "Version", "Description", "Application", "Documentation",
            "Pages", "PNG", "Mode", "Format", "Date", "Options", "Actions", "Source", "Max", "copies",
            "OpenCRVS v{0}", "h", "Mbps");

    @Test
    void everyBundleHasTheSameKeysInFrench() throws IOException {
        for (Path english : bundles()) {
            Properties en = load(english);
            Properties fr = load(french(english));
            assertThat(fr.stringPropertyNames()).as("keys of %s", french(english))
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        }
    }

    @Test
    void frenchTextsAreTranslatedWithTheSamePlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : bundles()) {
            Properties en = load(english);
            Properties fr = load(french(english));
            for (String key : en.stringPropertyNames()) {
                String source = en.getProperty(key);
                String translated = fr.getProperty(key);
                if (translated == null) {
                    continue;
                }
                if (translated.isBlank() && !source.isBlank()) {
                    problems.add(english + ": " + key + " is empty in French");
                }
                if (translated.equals(source) && source.matches(".*\\p{L}.*") && !SAME_IN_FRENCH.contains(source)) {
                    problems.add(english + ": " + key + " is not translated (\"" + source + "\")");
                }
                if (!placeholders(source).equals(placeholders(translated))) {
                    problems.add(english + ": " + key + " has placeholders " + placeholders(source)
                            + " in English but " + placeholders(translated) + " in French");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theWindowsKeysAreUniqueAcrossItsBundles() {
        for (Language language : Language.values()) {
            assertThat(I18n.texts(language)).as("texts of %s", language).isNotEmpty();
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> window = I18n.texts(Language.ENGLISH).keySet();
        Properties model = load(RESOURCES.resolve("org/crvsplanner/text/messages.properties"));
        Properties scenario = load(RESOURCES.resolve("org/crvsplanner/scenario/messages.properties"));
        List<String> missing = new ArrayList<>();
        Pattern uiCall = Pattern.compile("I18n\\.(get|text|plural)\\(\\s*\"([^\"]+)\"");
        Pattern modelCall = Pattern.compile("\\.(text|plural)\\(\\s*\"([^\"]+)\"");
        Pattern scenarioCall = Pattern.compile("Words\\.(of)\\(\\s*\"([^\"]+)\"");
        for (Path source : sources()) {
            String code = Files.readString(source);
            boolean inModel = source.toString().contains("/text/");
            boolean inScenario = source.toString().contains("/scenario/");
            Matcher ui = uiCall.matcher(code);
            while (ui.find()) {
                check(ui.group(1), ui.group(2), window, source, missing);
            }
            if (inModel) {
                Matcher m = modelCall.matcher(code);
                while (m.find()) {
                    check(m.group(1), m.group(2), model.stringPropertyNames(), source, missing);
                }
            }
            if (inScenario) {
                Matcher m = scenarioCall.matcher(code);
                while (m.find()) {
                    check(m.group(1), m.group(2), scenario.stringPropertyNames(), source, missing);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theWindowHardCodesNoText() throws IOException {
        Pattern literal = Pattern.compile(
                "(new (Label|Button|MenuItem|Menu|RadioMenuItem|CheckMenuItem|CheckBox|RadioButton|Tooltip|TitledPane|Tab|Hyperlink|ToggleButton)"
                        + "|\\.set(Text|Title|HeaderText|ContentText|PromptText)|\\.setAll|\\.add)\\(\\s*\"([^\"]*\\p{L}[^\"]*)\"");
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            if (!source.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = literal.matcher(lines.get(i));
                if (m.find() && !lines.get(i).contains("getStyleClass()")) {
                    found.add(source + ":" + (i + 1) + ": \"" + m.group(4) + "\"");
                }
            }
        }
        assertThat(found).as("texts written in the code instead of a bundle").isEmpty();
    }

    private static void check(String call, String key, Set<String> keys, Path source, List<String> missing) {
        if (key.endsWith(".")) {
            return; // a prefix such as "backupRule." + id; WordingTest covers every value of such enums
        }
        List<String> needed = call.equals("plural") ? List.of(key + ".one", key + ".other") : List.of(key);
        for (String k : needed) {
            if (!keys.contains(k)) {
                missing.add(source + ": " + k);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
            assertThat(found).isNotEmpty();
            return found;
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Path french(Path english) {
        return english.resolveSibling("messages_fr.properties");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
