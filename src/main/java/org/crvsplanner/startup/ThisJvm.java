package org.crvsplanner.startup;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what {@link FastStart} decides by from the running JVM: its command line and options,
 * its JDK, the jar it runs and the archive that fits them. Nothing here may slow the JVM that
 * only relaunches: no lambdas, regular expressions or string concatenation (see
 * {@link FastStart#join}).
 */
final class ThisJvm {
    private ThisJvm() {
    }

    /** This JVM's facts; empty when it cannot tell how it was started. */
    static Optional<FastStart.Facts> facts(FastStart.Purpose purpose) {
        String setting = System.getProperty(FastStart.PROPERTY);
        // Turned off, or the second JVM already: no need to look at the cache folder at all.
        if ("false".equals(setting) || System.getenv(FastStart.CHILD_VARIABLE) != null) {
            return Optional.empty();
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        String javaHome = System.getProperty("java.home");
        if (arguments.isEmpty() || javaHome == null) {
            return Optional.empty();
        }
        List<String> line = List.of(arguments.get());
        List<String> environmentOptions = new ArrayList<>();
        for (String variable : FastStart.OPTION_VARIABLES) {
            environmentOptions.addAll(splitOptions(System.getenv(variable)));
        }
        Path jar;
        String identity;
        try {
            jar = Path.of(ThisJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // The archive holds this jar's classes for this JVM and the options that shape its heap
            // (a large heap or another collector cannot map an archive made without): new ones
            // get a new archive.
            identity = identity(FastStart.join(javaHome, "|", System.getProperty("java.vm.version"), "|",
                    jar.toString(), "|", Long.toString(Files.size(jar)), "|",
                    Long.toString(Files.getLastModifiedTime(jar).toMillis()), "|",
                    heapOptions(line.subList(0, Math.max(0, line.indexOf("-jar")))), "|",
                    heapOptions(environmentOptions)));
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
        String os = System.getProperty("os.name", "");
        Path archive = ClassArchives.folder(os)
                .resolve(FastStart.join(ClassArchives.PREFIX, purpose.archiveName(), identity, ClassArchives.SUFFIX));
        return Optional.of(new FastStart.Facts(purpose, os, System.getProperty("java.vm.name", ""),
                Runtime.version().feature(), setting, line, environmentOptions,
                System.getProperty("java.class.path", ""), Path.of(javaHome, "bin", "java"), jar, archive,
                ClassArchives.state(archive)));
    }

    /** The -XX: and -Xm options among {@code options}, which decide whether an archive can be mapped. */
    static String heapOptions(List<String> options) {
        StringBuilder shaping = new StringBuilder();
        for (String option : options) {
            if (option.startsWith("-XX:") || option.startsWith("-Xm")) {
                shaping.append(option).append(' ');
            }
        }
        return shaping.toString();
    }

    /**
     * Splits an options variable as the JVM does: at white space outside quotes, dropping the
     * quotes. By hand: a regular expression costs the relaunching JVM its first compile.
     */
    static List<String> splitOptions(String options) {
        List<String> split = new ArrayList<>();
        StringBuilder option = null;
        char quote = 0;
        for (int i = 0; options != null && i < options.length(); i++) {
            char c = options.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    option.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (option != null) {
                    split.add(option.toString());
                    option = null;
                }
            } else {
                option = option == null ? new StringBuilder() : option;
                if (c == '"' || c == '\'') {
                    quote = c;
                } else {
                    option.append(c);
                }
            }
        }
        if (option != null) {
            split.add(option.toString());
        }
        return split;
    }

    /** 64-bit FNV-1a in hex: a name that changes with its input, without loading a digest provider. */
    static String identity(String facts) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < facts.length(); i++) {
            hash = (hash ^ facts.charAt(i)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return FastStart.join("0000000000000000".substring(hex.length()), hex);
    }
}
