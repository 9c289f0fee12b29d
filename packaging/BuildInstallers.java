import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the installers of CRVS Capacity Planner for the OS it runs on. The {@code package}
 * profile of pom.xml runs it after the jar is built ({@code mvn -Ppackage package}); it is a
 * single-file Java program, so it runs wherever Maven does, without a shell.
 *
 * <ol>
 * <li>jdeps lists the JDK modules the app's jars use; {@code package.modules.extra} adds the ones
 * it cannot see (reflection, service loading).</li>
 * <li>jlink links them with the JavaFX modules into a runtime; JavaFX's native libraries are
 * unpacked beside the JDK's, so nothing is extracted to ~/.openjfx at start.</li>
 * <li>jpackage makes the app image: the runtime, the app's jars and a native launcher.</li>
 * <li>A training run opens the window once and stops at the first frame; the JVM writes what it
 * loaded and linked into an ahead-of-time cache ({@code -XX:AOTCacheOutput}, JDK 25), which every
 * later start maps ({@code -XX:AOTCache}). Where the command line has a launcher of its own, a
 * second training run exports a workbook into a second cache, for the command line.</li>
 * <li>On Linux a shell script takes the place of jpackage's native launcher, which would ask rpm
 * and dpkg about itself on every start.</li>
 * <li>jpackage makes the installers from that image; on Linux a portable .tar.gz too.</li>
 * </ol>
 *
 * The jpackage options live in {@code packaging/common.options}, {@code packaging/app.options}
 * and {@code packaging/<os>/}; see packaging/README.md.
 */
public class BuildInstallers {
    /** The training run stops at the first frame; this is far more than it needs. */
    private static final long TRAINING_TIMEOUT_SECONDS = 180;

    private final Map<String, String> args;
    private final Os os = Os.current();
    private final Path jdk;
    private final Path out;
    private final String appVersion;
    /** The modification time of the app's jars when the AOT caches were trained; null without caches. */
    private Instant jarTime;

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : argv) {
            Matcher m = Pattern.compile("--([a-z-]+)=(.*)", Pattern.DOTALL).matcher(a);
            if (!m.matches()) {
                throw new IllegalArgumentException("expected --name=value, got " + a);
            }
            args.put(m.group(1), m.group(2).trim());
        }
        new BuildInstallers(args).run();
    }

    BuildInstallers(Map<String, String> args) {
        this.args = args;
        this.jdk = Path.of(require("jdk"));
        this.out = Path.of(require("out"));
        this.appVersion = args.getOrDefault("app-version", "").isEmpty()
                ? numericVersion(require("version"))
                : args.get("app-version");
    }

    void run() throws Exception {
        int feature = jdkFeatureVersion(jdk);
        if (feature < 25) {
            throw new IllegalStateException("packaging needs a JDK 25 or newer for its runtime and AOT cache"
                    + " (docs/decisions/0002); " + jdk + " is JDK " + feature
                    + ". Pass -Dpackage.jdk=/path/to/jdk-25, or run Maven on JDK 25.");
        }
        if (os == Os.MAC && appVersion.startsWith("0")) {
            throw new IllegalStateException("macOS needs an app version of 1.0 or more, not " + appVersion
                    + "; pass -Dpackage.appVersion=1.x.y");
        }
        log("%s, JDK %d at %s, app version %s", os.label, feature, jdk, appVersion);
        deleteTree(out.resolve("runtime"));
        deleteTree(out.resolve("app-image"));
        deleteTree(out.resolve("dist"));
        Files.createDirectories(out.resolve("dist"));

        Path input = prepareInput();
        List<Path> javafx = javafxModules();
        String modules = modules(input, javafx);
        Path runtime = linkRuntime(modules, javafx);
        Path image = appImage(input, runtime);
        boolean aot = trainAotCache(image);
        if (shellLauncher()) {
            writeShellLauncher(image, aot);
        }
        smokeTest(image);
        List<Path> made = new ArrayList<>();
        for (String type : installerTypes()) {
            Path made1 = type.equals("tar.gz") ? portableArchive(image) : installer(type, image);
            if (type.equals("deb")) {
                recommendWhatIsNotNeeded(made1);
            }
            made.add(made1);
        }
        log("runtime modules: %s", modules);
        log("AOT cache: %s", !aot ? "NO (the window takes about 0.5 s longer to appear)"
                : commandLineLauncher() ? "yes, the window's and the command line's" : "yes, the window's");
        log("app image %s: %.1f MB", image, sizeMb(image));
        for (Path p : made) {
            log("made %s: %.1f MB", p, sizeMb(p));
        }
    }

    /**
     * The app's own classes as a jar of their own (not the shaded jar: JavaFX comes from the
     * runtime), beside its libraries.
     */
    private Path prepareInput() throws Exception {
        Path input = out.resolve("input");
        deleteTree(input);
        Files.createDirectories(input);
        exec(List.of(tool("jar"), "--create", "--file", input.resolve("crvs-planner.jar").toString(),
                "--main-class", require("main-class"), "-C", require("classes"), "."));
        for (Path jar : jarsIn("libs")) {
            Files.copy(jar, input.resolve(jar.getFileName()));
        }
        return input;
    }

    /** JavaFX's platform jars (javafx-graphics-21.0.12-linux.jar...) are modules; the plain ones are empty. */
    private List<Path> javafxModules() throws IOException {
        List<Path> modular = new ArrayList<>();
        for (Path jar : jarsIn("javafx")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().equals("module-info.class")) {
                        modular.add(jar);
                        break;
                    }
                }
            }
        }
        if (modular.isEmpty()) {
            throw new IllegalStateException("no modular JavaFX jars in " + require("javafx"));
        }
        return modular;
    }

    private String modules(Path input, List<Path> javafx) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(tool("jdeps"), "--print-module-deps", "--ignore-missing-deps",
                // The app's jars go on the module path too: POI's jars are modules whose
                // descriptors name their dependencies, which jdeps must be able to resolve.
                "--multi-release", require("release"), "--module-path", pathList(javafx) + File.pathSeparator + input));
        try (Stream<Path> jars = Files.list(input)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString).forEach(cmd::add);
        }
        String found = exec(cmd).strip();
        String[] lines = found.split("\\R");
        TreeSet<String> all = new TreeSet<>(Arrays.asList(lines[lines.length - 1].split(",")));
        String extra = args.getOrDefault("extra-modules", "");
        for (String m : extra.split("[,\\s]+")) {
            if (!m.isBlank()) {
                all.add(m.strip());
            }
        }
        log("jdeps: %s; extra (package.modules.extra): %s", lines[lines.length - 1], extra.isBlank() ? "none" : extra);
        return String.join(",", all);
    }

    private Path linkRuntime(String modules, List<Path> javafx) throws Exception {
        Path runtime = out.resolve("runtime");
        exec(List.of(tool("jlink"), "--module-path", pathList(javafx), "--add-modules", modules,
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress", compression(),
                "--exclude-resources", "**" + os.nativeSuffix, "--output", runtime.toString()));
        Path nativeDir = runtime.resolve(os.nativeDir);
        for (Path jar : javafx) {
            unzipNatives(jar, nativeDir);
        }
        return runtime;
    }

    /** zip-0 (none) by default: the installers compress better, and classes load without inflating. */
    private String compression() {
        return args.getOrDefault("compress", "").isEmpty() ? "zip-0" : args.get("compress");
    }

    private Path appImage(Path input, Path runtime) throws Exception {
        Path dest = out.resolve("app-image");
        List<String> cmd = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image", "--dest", dest.toString(),
                "--input", input.toString(), "--main-jar", "crvs-planner.jar", "--main-class", require("main-class"),
                "--runtime-image", runtime.toString(), "--app-version", appVersion));
        cmd.addAll(options(Path.of("packaging/common.options")));
        cmd.addAll(options(Path.of("packaging/app.options")));
        cmd.addAll(options(os.dir.resolve("app.options")));
        exec(cmd);
        return dest.resolve(os.imageName(appName()));
    }

    /**
     * Opens the window once with {@code -XX:AOTCacheOutput} (JDK 25, JEP 514) and the start-up
     * probe, which closes it at the first frame; where the command line has a launcher of its own,
     * exports the default plan once into a second cache. Then points every launcher at its cache.
     * A cache holds the paths of its training run, which the JVM accepts when the app image moves
     * as a whole (it matches the class path by its common prefix), so it works after installation.
     * Two caches because each path loads what the other never does: the window JavaFX's classes,
     * an export Apache POI's (docs/PERFORMANCE.md, "JVM levers for the whole-process export").
     */
    private boolean trainAotCache(Path image) throws Exception {
        if (args.getOrDefault("aot", "true").equals("false")) {
            log("AOT cache: skipped (package.aot=false)");
            return false;
        }
        List<String> display = displayWrapper();
        if (display == null) {
            log("WARNING: no display and no xvfb-run for the training run; packaging WITHOUT the AOT caches");
            return false;
        }
        Path appDir = image.resolve(os.appDir);
        stampJars(appDir);
        // Throwaway preferences: a training run must leave nothing in the builder's own.
        Path prefs = out.resolve("training-prefs");
        deleteTree(prefs);
        List<String> throwaway = List.of("-Djava.util.prefs.userRoot=" + prefs.toAbsolutePath());
        String gui = os.guiLauncher(appName());
        String cli = os.cliLauncher(appName());
        List<String> windowOptions = new ArrayList<>(throwaway);
        windowOptions.addAll(List.of("-Dcrvs.startupProbe=true", "-Dcrvs.startupProbe.exit=true"));
        train("window", image, gui, windowCache(), display, windowOptions, List.of());
        if (commandLineLauncher()) {
            Path workbook = out.resolve("aot-training.xlsx");
            train("command line", image, cli, commandLineCache(), List.of(), throwaway,
                    List.of("export", "--force", "--out", workbook.toAbsolutePath().toString()));
            Files.deleteIfExists(workbook);
        }
        String cliConfig = config(cli);
        try (Stream<Path> files = Files.list(appDir)) {
            for (Path c : files.filter(f -> f.toString().endsWith(".cfg")).toList()) {
                // Only a .cfg of the command line's own (Windows' console launcher) gets its cache;
                // the Linux shell launcher chooses between the two itself (writeShellLauncher).
                boolean commandLineOnly = commandLineLauncher() && c.getFileName().toString().equals(cliConfig)
                        && !cliConfig.equals(config(gui));
                String cache = commandLineOnly ? commandLineCache() : windowCache();
                Files.writeString(c, withJavaOptions(Files.readString(c), List.of("-XX:AOTCache=$APPDIR/" + cache)));
            }
        }
        return true;
    }

    /**
     * One training run: {@code launcher arguments} with {@code -XX:AOTCacheOutput} and
     * {@code options} in the launcher's .cfg, which is restored afterwards; the JVM writes the cache
     * when the run ends. Fails the build if the run fails or writes no cache.
     */
    private void train(String what, Path image, String launcher, String cacheName, List<String> wrapper,
            List<String> options, List<String> arguments) throws Exception {
        Path appDir = image.resolve(os.appDir);
        Path cfg = appDir.resolve(config(launcher));
        String original = Files.readString(cfg);
        List<String> training = new ArrayList<>(List.of("-XX:AOTCacheOutput=$APPDIR/" + cacheName));
        training.addAll(options);
        Files.writeString(cfg, withJavaOptions(original, training));
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(image.resolve(launcher).toString());
        cmd.addAll(arguments);
        Path logFile = out.resolve("aot-training-" + cacheName.replace(' ', '-') + ".log");
        log("training run (%s): %s (log: %s)", what, String.join(" ", cmd), logFile);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        boolean done = p.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        Files.writeString(cfg, original);
        Path cache = appDir.resolve(cacheName);
        if (!done || p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("the AOT training run of the " + what + " failed ("
                    + (done ? "exit " + p.exitValue() : "timed out") + "); see " + logFile + ":\n" + tail(logFile, 20));
        }
        log("AOT cache of the %s %s: %.1f MB", what, cache, sizeMb(cache));
    }

    /**
     * Gives every jar of the app the same modification time, to the second, before the training
     * runs record it: the JVM refuses a cache when a jar's time is not the recorded one (Temurin
     * 25.0.3 happened to skip that check for the window's cache, not for the command line's).
     * jpackage copies the app image into the .deb without keeping the times, so dpkg-deb gets this
     * one as SOURCE_DATE_EPOCH, which clamps every later time to it.
     */
    private void stampJars(Path appDir) throws IOException {
        jarTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Stream<Path> files = Files.list(appDir)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, FileTime.from(jarTime));
            }
        }
    }

    /** The window's AOT cache, in $APPDIR. */
    private String windowCache() throws IOException {
        return appName() + ".aot";
    }

    /** The command line's AOT cache, in $APPDIR. */
    private String commandLineCache() throws IOException {
        return appName() + "-cli.aot";
    }

    /**
     * Whether the command line starts in a way the window never does, so that it can map a cache
     * of its own: Windows' console launcher, or the Linux shell launcher, which looks at its
     * arguments. jpackage's native launchers (macOS, and Linux with package.linuxLauncher=native)
     * cannot tell the two apart; they map the window's cache, and the command line with them.
     */
    private boolean commandLineLauncher() {
        return os == Os.WINDOWS || shellLauncher();
    }

    private boolean shellLauncher() {
        return os == Os.LINUX && !args.getOrDefault("launcher", "script").equals("native");
    }

    /** jpackage names a launcher's .cfg after the launcher: bin/crvs-planner reads crvs-planner.cfg. */
    private static String config(String launcher) {
        String name = Path.of(launcher).getFileName().toString();
        return (name.endsWith(".exe") ? name.substring(0, name.length() - ".exe".length()) : name) + ".cfg";
    }

    /**
     * Replaces jpackage's native Linux launcher with a shell script that starts the same JVM with
     * the same options, read from its .cfg file. The native launcher asks rpm and dpkg which
     * package it belongs to on every start (two shells, and dpkg reads its whole file list), which
     * cost about 0.1 s before the JVM even started (docs/PERFORMANCE.md). With the AOT caches it
     * maps the window's when the app will open the window, the command line's otherwise.
     */
    private void writeShellLauncher(Path image, boolean aot) throws IOException {
        String app = appName();
        List<String> classPath = new ArrayList<>();
        List<String> javaOptions = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(image.resolve(os.appDir).resolve(app + ".cfg"))) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq);
            String value = eq < 0 ? "" : shellWord(line.substring(eq + 1));
            switch (key) {
                case "app.classpath" -> classPath.add(value);
                case "app.mainclass" -> mainClass = value;
                // The cache is chosen below, by the arguments.
                case "java-options" -> {
                    if (!line.substring(eq + 1).startsWith("-XX:AOTCache=")) {
                        javaOptions.add(value);
                    }
                }
                default -> { }
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException("no main class or class path in " + app + ".cfg");
        }
        StringBuilder script = new StringBuilder()
                .append("#!/bin/sh\n")
                .append("# Starts ").append(require("vendor")).append(". Written by packaging/BuildInstallers.java from\n")
                .append("# lib/app/").append(app).append(".cfg, in place of jpackage's native launcher, which asks rpm and\n")
                .append("# dpkg on every start which package it belongs to (about 0.1 s).\n")
                .append("self=$(readlink -f -- \"$0\")\n")
                .append("app=${self%/bin/*}\n");
        if (aot) {
            script.append("# Two AOT caches, each trained by a run of its own: the window's holds no Apache POI, the\n")
                    .append("# command line's (an export) no JavaFX. The window opens as org.crvsplanner.startup.Launcher\n")
                    .append("# .opensWindow says: with no arguments, --snapshot first, or only .crvsplan files.\n")
                    .append("aot=").append(windowCache()).append("\n")
                    .append("if [ \"${1-}\" != --snapshot ]; then\n")
                    .append("  for arg do\n")
                    .append("    case $arg in\n")
                    .append("      -*) aot=").append(commandLineCache()).append("; break ;;\n")
                    .append("      *.[cC][rR][vV][sS][pP][lL][aA][nN]) ;;\n")
                    .append("      *) aot=").append(commandLineCache()).append("; break ;;\n")
                    .append("    esac\n")
                    .append("  done\n")
                    .append("fi\n");
        }
        script.append("exec \"$app/lib/runtime/bin/java\"");
        if (aot) {
            script.append(" \\\n  \"-XX:AOTCache=$app/lib/app/$aot\"");
        }
        for (String option : javaOptions) {
            script.append(" \\\n  ").append(option);
        }
        script.append(" \\\n  -cp ").append(String.join(":", classPath))
                .append(" \\\n  ").append(mainClass).append(" \"$@\"\n");
        Path launcher = image.resolve(os.guiLauncher(app));
        Files.writeString(launcher, script);
        launcher.toFile().setExecutable(true, false);
        log("launcher: %s is a shell script (package.linuxLauncher=native keeps jpackage's)", launcher);
    }

    /** A .cfg value as one double-quoted shell word, with $APPDIR pointing into the app image. */
    private static String shellWord(String value) {
        String quoted = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$");
        return "\"" + quoted.replace("\\$APPDIR", "$app/lib/app") + "\"";
    }

    /** How to give the training run a screen: the user's own, or a virtual one on Linux. */
    private List<String> displayWrapper() {
        if (os != Os.LINUX || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
            return List.of();
        }
        return onPath("xvfb-run") ? List.of("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1600x1000x24") : null;
    }

    private static String withJavaOptions(String cfg, List<String> options) {
        String lines = options.stream().map(o -> "java-options=" + o + "\n").collect(Collectors.joining());
        if (!cfg.contains("[JavaOptions]\n")) {
            return cfg + "\n[JavaOptions]\n" + lines;
        }
        return cfg.replace("[JavaOptions]\n", "[JavaOptions]\n" + lines);
    }

    /** The command line must print a plan; the installers are made only if it does. */
    private void smokeTest(Path image) throws Exception {
        String plan = exec(List.of(image.resolve(os.cliLauncher(appName())).toString(), "size", "--population", "1000000"));
        if (!plan.contains("Production servers")) {
            throw new IllegalStateException("the packaged command line printed no plan:\n" + plan);
        }
        log("smoke test: `%s size` printed a plan", os.cliLauncher(appName()));
    }

    /**
     * package.types, or every kind this OS can make; tar.gz is the portable app image, and
     * "app-image" alone makes no installer (the app image is always made).
     */
    private List<String> installerTypes() {
        String types = args.getOrDefault("types", "");
        if (!types.isBlank()) {
            return Arrays.stream(types.strip().split("[,\\s]+")).filter(t -> !t.equals("app-image")).toList();
        }
        return switch (os) {
            case LINUX -> onPath("rpmbuild") ? List.of("deb", "rpm", "tar.gz") : List.of("deb", "tar.gz");
            case WINDOWS -> List.of("msi");
            case MAC -> List.of("dmg");
        };
    }

    private Path installer(String type, Path image) throws Exception {
        Path dist = out.resolve("dist");
        List<String> cmd = new ArrayList<>(List.of(tool("jpackage"), "--type", type, "--dest", dist.toString(),
                "--app-image", image.toString(), "--name", appName(), "--app-version", appVersion));
        cmd.addAll(options(Path.of("packaging/common.options")));
        cmd.addAll(options(os.dir.resolve("installer.options")));
        exec(cmd, type.equals("deb") ? debEnvironment() : Map.of());
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(f -> f.getFileName().toString().endsWith("." + type)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no ." + type + " in " + dist));
        }
    }

    /**
     * dpkg-deb's settings, which jpackage passes on in its environment. xz -9 instead of -6: its
     * 64 MB window instead of 8 MB keeps the .deb with two AOT caches under 60 MB (packaging/README.md;
     * dpkg 1.21.10 or newer). SOURCE_DATE_EPOCH: the jars keep the time the caches recorded.
     */
    private Map<String, String> debEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DPKG_DEB_COMPRESSOR_LEVEL", "9");
        if (jarTime != null) {
            environment.put("SOURCE_DATE_EPOCH", Long.toString(jarTime.getEpochSecond()));
        }
        return environment;
    }

    /**
     * Moves the packages listed in packaging/linux/recommends from the .deb's Depends to its
     * Recommends. jpackage 25 puts xdg-utils and every library any native file links to into
     * Depends and has no option to recommend; only the control member is rewritten, so the
     * compressed data is not made again.
     */
    private void recommendWhatIsNotNeeded(Path deb) throws Exception {
        List<String> recommended = Files.readAllLines(os.dir.resolve("recommends")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Path work = Files.createTempDirectory(out, "deb-control");
        Path tree = Files.createDirectories(work.resolve("control"));
        String absolute = deb.toAbsolutePath().toString();
        String member = exec(List.of("ar", "t", absolute)).lines().map(String::strip)
                .filter(m -> m.startsWith("control.tar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no control member in " + deb));
        exec(List.of("ar", "x", "--output", work.toString(), absolute, member));
        exec(List.of("tar", "-xf", work.resolve(member).toString(), "-C", tree.toString()));
        Path control = tree.resolve("control");
        List<String> depends = new ArrayList<>();
        List<String> recommends = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(control)) {
            if (!line.startsWith("Depends:")) {
                lines.add(line);
                continue;
            }
            for (String dependency : line.substring("Depends:".length()).split(",")) {
                String name = dependency.strip();
                if (name.isEmpty()) {
                    continue;
                }
                String bare = name.split("[\\s(:]", 2)[0];
                boolean listed = recommended.stream().anyMatch(r -> r.endsWith("*")
                        ? bare.startsWith(r.substring(0, r.length() - 1)) : bare.equals(r));
                (listed ? recommends : depends).add(name);
            }
            lines.add("Depends: " + String.join(", ", depends));
            if (!recommends.isEmpty()) {
                lines.add("Recommends: " + String.join(", ", recommends));
            }
        }
        Files.write(control, lines);
        Files.delete(work.resolve(member));
        String compress = member.endsWith(".zst") ? "--zstd" : member.endsWith(".xz") ? "--xz" : member.endsWith(".gz") ? "--gzip" : "";
        List<String> tar = new ArrayList<>(List.of("tar", "--owner=0", "--group=0", "--numeric-owner", "--sort=name", "-cf",
                work.resolve(member).toString()));
        if (!compress.isEmpty()) {
            tar.add(compress);
        }
        tar.addAll(List.of("-C", tree.toString(), "."));
        exec(tar);
        // ar r replaces the member where it stands: dpkg wants debian-binary, control, data in that order.
        exec(List.of("ar", "r", absolute, work.resolve(member).toString()));
        deleteTree(work);
        log("%s: Depends %d packages, Recommends %s", deb.getFileName(), depends.size(), recommends);
    }

    /** The app image as a .tar.gz: unpack anywhere and run bin/crvs-planner, no root needed. */
    private Path portableArchive(Path image) throws Exception {
        String arch = System.getProperty("os.arch").equals("amd64") ? "x64" : System.getProperty("os.arch");
        Path archive = out.resolve("dist").resolve(appName() + "-" + appVersion + "-linux-" + arch + ".tar.gz");
        exec(List.of("tar", "-C", image.getParent().toString(), "-czf", archive.toString(), image.getFileName().toString()));
        return archive;
    }

    private String appName() throws IOException {
        for (String[] option : optionPairs(os.dir.resolve("app.options"))) {
            if (option[0].equals("--name")) {
                return option[1];
            }
        }
        throw new IllegalStateException("no --name in " + os.dir.resolve("app.options"));
    }

    /** Reads an options file: one option a line, its value after the first space, # comments. */
    private List<String> options(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        for (String[] option : optionPairs(file)) {
            result.add(option[0]);
            if (option.length > 1) {
                result.add(option[1]);
            }
        }
        return result;
    }

    private List<String[]> optionPairs(Path file) throws IOException {
        List<String[]> result = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            line = line.replace("${description}", require("description")).replace("${vendor}", require("vendor"));
            result.add(line.split("\\s+", 2));
        }
        return result;
    }

    private String tool(String name) {
        Path p = jdk.resolve("bin").resolve(os == Os.WINDOWS ? name + ".exe" : name);
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException(name + " not found in " + jdk + "/bin");
        }
        return p.toString();
    }

    private void unzipNatives(Path jar, Path dir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!e.isDirectory() && name.endsWith(os.nativeSuffix) && !name.contains("/")) {
                    Files.copy(zip, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Runs a tool, echoing its command, and fails the build with its output if it fails. */
    private static String exec(List<String> cmd) throws Exception {
        return exec(cmd, Map.of());
    }

    /** Runs a tool with these variables added to its environment. */
    private static String exec(List<String> cmd, Map<String, String> environment) throws Exception {
        environment.forEach((name, value) -> log("$ export %s=%s", name, value));
        log("$ %s", String.join(" ", cmd));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(Path.of(cmd.get(0)).getFileName() + " failed (exit " + p.exitValue() + "):\n" + output);
        }
        return output;
    }

    /** A class-path-style argument (maven-dependency-plugin's build-classpath) as jar paths. */
    private List<Path> jarsIn(String key) {
        return Arrays.stream(require(key).split(java.io.File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).map(Path::of).sorted().toList();
    }

    private String require(String key) {
        String v = args.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("missing --" + key + "=...");
        }
        return v;
    }

    /** jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String numericVersion(String version) {
        Matcher m = Pattern.compile("^(\\d+(\\.\\d+){0,2})").matcher(version);
        if (!m.find()) {
            throw new IllegalArgumentException("no numeric version in " + version);
        }
        return m.group(1);
    }

    private static int jdkFeatureVersion(Path jdk) throws IOException {
        for (String line : Files.readAllLines(jdk.resolve("release"))) {
            Matcher m = Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("no JAVA_VERSION in " + jdk.resolve("release"));
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String pathList(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static double sizeMb(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / 1_000_000.0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void log(String format, Object... values) {
        System.out.println("[installers] " + String.format(Locale.ROOT, format, values));
    }

    /** Where each OS keeps things in a jpackage app image. */
    enum Os {
        LINUX("Linux", "linux", ".so", "lib", "lib/app"),
        WINDOWS("Windows", "windows", ".dll", "bin", "app"),
        MAC("macOS", "mac", ".dylib", "lib", "Contents/app");

        final String label;
        /** packaging/linux, packaging/windows or packaging/mac: this OS's jpackage options. */
        final Path dir;
        final String nativeSuffix;
        /** Where JavaFX's native libraries go inside the runtime, beside the JDK's own. */
        final String nativeDir;
        /** Where the jars and the launchers' .cfg files are inside the app image ($APPDIR). */
        final String appDir;

        Os(String label, String dir, String nativeSuffix, String nativeDir, String appDir) {
            this.label = label;
            this.dir = Path.of("packaging", dir);
            this.nativeSuffix = nativeSuffix;
            this.nativeDir = nativeDir;
            this.appDir = appDir;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            if (name.contains("win")) {
                return WINDOWS;
            }
            if (name.contains("mac")) {
                return MAC;
            }
            return LINUX;
        }

        String imageName(String app) {
            return this == MAC ? app + ".app" : app;
        }

        /** The launcher that opens the window, relative to the app image. */
        String guiLauncher(String app) {
            return switch (this) {
                case LINUX -> "bin/" + app;
                case WINDOWS -> app + ".exe";
                case MAC -> "Contents/MacOS/" + app;
            };
        }

        /** The launcher that prints to a terminal (Windows: the console launcher in windows/app.options). */
        String cliLauncher(String app) {
            return this == WINDOWS ? "crvs-planner.exe" : guiLauncher(app);
        }
    }
}
