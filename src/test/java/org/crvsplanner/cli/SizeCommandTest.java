package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crvsplanner.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.within;


import org.crvsplanner.model.InputField;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

class SizeCommandTest {
    private static final String WHOLE_WITH_FRACTION = ":\\s*-?\\d+\\.0(?![0-9])";


    @Test
    @DisplayName("with no flags, JSON holds the documentation's example over 5 years at 70% fill")
    void defaultsAsJson() throws Exception {
        CommandRun run = run("size", "--format", "json");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode plan = run.json();
        JsonNode years = plan.get("years");
        assertThat(years).hasSize(5);
        JsonNode first = years.get(0);
        assertThat(first.get("year").asInt()).isEqualTo(1);
        assertThat(first.get("births").asDouble()).isCloseTo(518_970, within(0.5));
        assertThat(first.get("deaths").asDouble()).isCloseTo(231_000, within(0.5));
        assertThat(first.get("records").asDouble()).isCloseTo(749_970, within(0.5));
        assertThat(first.get("attachmentsGB").asDouble()).isCloseTo(899.964, within(1e-9));
        assertThat(first.get("recordDataGB").asDouble()).isCloseTo(13.7469501, within(1e-9));
        assertThat(first.get("applicationServerDiskGB").asDouble()).isCloseTo(1013.71, within(0.01));
        assertThat(first.get("provisionedDiskGB").asDouble()).isCloseTo(1013.7109501 / 0.7, within(1e-6));
        assertThat(first.get("backupServerDiskGB").asDouble()).isCloseTo(2027.42, within(0.01));
        JsonNode last = years.get(4);
        assertThat(last.get("applicationServerDiskGB").asDouble()).isCloseTo(100 + 5 * 913.7109501, within(1e-6));
        for (String field : new String[] {"population", "coveragePercent", "otherEvents", "legacyRecords"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(plan.get("productionServers").asInt()).isEqualTo(3);
        assertThat(plan.get("clusterChanges")).isEmpty();
        assertThat(plan.get("advisories").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("the JSON server list and totals describe a national cluster")
    void serversAsJson() throws Exception {
        JsonNode plan = run("size", "--format", "json").json();
        JsonNode servers = plan.get("servers");
        assertThat(servers).hasSize(4);
        JsonNode production = servers.get(1);
        assertThat(production.get("environment").asText()).isEqualTo("production");
        assertThat(production.get("count").asInt()).isEqualTo(3);
        assertThat(production.get("cpus").asInt()).isEqualTo(8);
        assertThat(production.get("ramGB").asInt()).isEqualTo(16);
        assertThat(production.get("diskGB").asDouble()).isCloseTo((100 + 5 * 913.7109501) / 0.7, within(1e-6));
        assertThat(production.get("os").asText()).isEqualTo("Ubuntu 24.04 LTS x64");
        assertThat(production.has("role")).isTrue();
        JsonNode totals = plan.get("totals");
        assertThat(totals.get("servers").asInt()).isEqualTo(6);
        assertThat(totals.get("cpus").asInt()).isEqualTo(4 + 3 * 8 + 8 + 2);
        assertThat(totals.get("ramGB").asInt()).isEqualTo(16 + 3 * 16 + 16 + 1);
        double disk = 320 + 4 * (100 + 5 * 913.7109501) / 0.7 + 2 * (100 + 5 * 913.7109501) / 0.7;
        assertThat(totals.get("diskGB").asDouble()).isCloseTo(disk, within(1e-6));
    }

    @Test
    @DisplayName("numbers in the JSON are plain, never in exponent notation")
    void plainNumbers() {
        CommandRun run = run("size", "--format", "json", "--population", "2000000000", "--years", "50", "--growth", "10");
        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContainPattern("\\d[eE][+-]?\\d");
        assertThat(run.out()).contains("\"population\" : 2000000000");
    }

    @Test
    @DisplayName("numbers in the JSON are written one way: a whole number without a fraction, small or large")
    void wholeNumbersWithoutFraction() {
        // A number value such as "1.0"; the advice's "OpenCRVS v2.0" is text, not a number.
        CommandRun run = run("size", "--format", "json", "--population", "1", "--years", "1");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"population\" : 1,", "\"maxFillPercent\" : 70,", "\"coveragePercent\" : 100,",
                "\"otherEvents\" : 0,", "\"births\" : 0.017299,").doesNotContainPattern(WHOLE_WITH_FRACTION);
        assertThat(run("size", "--format", "json").out()).contains("\"population\" : 30000000,")
                .doesNotContainPattern(WHOLE_WITH_FRACTION);
    }

    @Test
    @DisplayName("flags change the plan: growth past 60 million adds servers in the year it happens")
    void clusterChange() throws Exception {
        // 58M growing 2% a year passes 60M in year 3: 58 × 1.02² = 60.34M.
        JsonNode plan = run("size", "--format", "json", "--population", "58000000", "--growth", "2").json();
        assertThat(plan.get("productionServers").asInt()).isEqualTo(5);
        JsonNode change = plan.get("clusterChanges").get(0);
        assertThat(change.get("year").asInt()).isEqualTo(3);
        assertThat(change.get("productionServers").asInt()).isEqualTo(5);
    }

    @Test
    @DisplayName("--event, --legacy-records and --stage reach the model")
    void eventsLegacyAndStage() throws Exception {
        JsonNode plan = run("size", "--format", "json", "--years", "1", "--max-fill", "100",
                "--event", "marriage=5:2", "--event", "divorce=1", "--legacy-records", "1000000",
                "--legacy-attachments", "1", "--stage", "pilot").json();
        JsonNode year = plan.get("years").get(0);
        assertThat(year.get("otherEvents").asDouble()).isCloseTo(30e6 * 6 / 1000, within(1e-6));
        assertThat(year.get("legacyRecords").asDouble()).isEqualTo(1_000_000);
        // marriages carry 2 attachments, divorces the general 3, legacy records 1.
        double attachments = 749_970 * 3 + 150_000 * 2 + 30_000 * 3 + 1_000_000 * 1;
        assertThat(year.get("attachmentsGB").asDouble()).isCloseTo(attachments * 0.4 / 1000, within(1e-6));
        assertThat(plan.get("productionServers").asInt()).isEqualTo(1);
        assertThat(plan.get("servers")).hasSize(4);
    }

    @Test
    @DisplayName("the table shows the years, the servers with totals and the advice")
    void table() {
        CommandRun run = run("size", "--years", "1", "--max-fill", "100");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("1,013.71 GB", "2,027.42 GB", "749,970", "518,970", "231,000")
                .contains("Production servers: 3")
                .contains("production", "staging", "backup", "qa", "Total")
                .contains("Ubuntu 24.04 LTS x64")
                .contains("Advice", "10 Mbps", "x86_64");
    }

    @Test
    @DisplayName("--lang fr prints the table in French: 1 013,71 Go, thin spaces between thousands, a decimal comma")
    void frenchTable() {
        CommandRun run = run("size", "--years", "1", "--max-fill", "100", "--lang", "fr");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("1\u202F013,71\u00A0Go", "2\u202F027,42\u00A0Go", "749\u202F970", "518\u202F970")
                .contains("Serveurs de production\u00A0: 3", "Serveurs à l'horizon (année 1)", "Naissances")
                .contains("préproduction", "sauvegardes chiffrées", "Total")
                .contains("Conseils", "10\u00A0Mbit/s", "x86_64")
                .doesNotContain("1,013.71", " GB", "Advice", "Births");
        assertThat(run("size", "--years", "1", "--lang", "FR").out()).as("the value is not case-sensitive")
                .contains("Conseils");
    }

    @Test
    @DisplayName("--lang en prints the same table as no --lang")
    void englishIsTheDefault() {
        assertThat(run("size", "--lang", "en").out()).isEqualTo(run("size").out()).contains("Advice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--years 1 --max-fill 100",
        "--population 58000000 --growth 2 --event marriage=5:2 --legacy-records 1000 --backup-rule retention",
        "--stage poc --years 1",
    })
    @DisplayName("JSON is the same bytes with --lang fr: locale-neutral, English, plain numbers")
    void jsonIgnoresTheLanguage(String flags) {
        String[] args = ("size --format json " + flags).split(" ");
        CommandRun english = run(args);
        CommandRun french = run((String.join(" ", args) + " --lang fr").split(" "));
        assertThat(french.status()).isZero();
        assertThat(french.out()).isEqualTo(english.out()).contains("\"advisories\"")
                .doesNotContain("\u202F", "\u00A0", "Go\"", "Conseils");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"size|de", "size|''", "size|english", "export|de"})
    @DisplayName("a --lang other than en or fr exits 2 with one line naming the flag and the choices")
    void badLanguage(String command, String value) {
        String[] args = command.equals("export") ? new String[] {command, "--out", "never-written.xlsx", "--lang", value}
                : new String[] {command, "--lang", value};
        run(args).failedWithOneLine(
                "crvs-planner " + command + ": --lang must be one of en, fr; got '" + value + "'");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--population|0|--population must be between 1 and 2,000,000,000 people; got 0",
        "--population|abc|--population must be a whole number between 1 and 2,000,000,000 people; got 'abc'",
        "--population|1.5|--population must be a whole number between 1 and 2,000,000,000 people; got '1.5'",
        "--birth-rate|81|--birth-rate must be between 0 and 80 per 1,000 people; got 81",
        "--death-rate|-1|--death-rate must be between 0 and 50 per 1,000 people; got -1",
        "--attachments|x|--attachments must be a number between 0 and 20 attachments per record; got 'x'",
        "--attachment-mb|0|--attachment-mb must be between 0.01 and 100 MB; got 0",
        "--record-kb|20000|--record-kb must be between 0.1 and 10,000 kB; got 20,000",
        "--os-gb|-5|--os-gb must be between 0 and 10,000 GB; got -5",
        "--growth|11|--growth must be between -10 and 10% per year; got 11",
        "--years|51|--years must be between 1 and 50 years; got 51",
        "--coverage-start|0|--coverage-start must be between 1 and 100%; got 0",
        "--coverage-full-year|9|--coverage-full-year must be between 1 and 5; got 9",
        "--max-fill|5|--max-fill must be between 10 and 100%; got 5",
        "--backup-copies|0|--backup-copies must be between 1 and 100 copies; got 0",
        "--legacy-records|-1|--legacy-records must be between 0 and 10,000,000,000 records; got -1",
        "--stage|huge|--stage must be one of poc, pilot, national; got 'huge'",
        "--backup-rule|triple|--backup-rule must be one of double, retention; got 'triple'",
        "--topology|mesh|--topology must be one of every-node, data-node; got 'mesh'",
        "--event|marriage|--event must look like NAME=RATE[:ATTACHMENTS], e.g. marriage=4.5:2; got 'marriage'",
        "--event|marriage=200|--event rate must be between 0 and 100 per 1,000 people; got 200",
        "--event|marriage=4:30|--event attachments must be between 0 and 20 attachments per record; got 30",
        "--docs-version|2.2|--docs-version must be one of 1.8, 1.9, 2.0, 2.1; got '2.2'",
        "--docs-version|v2.1|--docs-version must be one of 1.8, 1.9, 2.0, 2.1; got 'v2.1'",
        "--monitoring|cloud|--monitoring must be one of this-server, elsewhere; got 'cloud'",
        "--monitoring-days|0|--monitoring-days must be between 1 and 365 days; got 0",
        "--monitoring-days|7.5|--monitoring-days must be a whole number between 1 and 365 days; got '7.5'",
        "--link-mbps|0|--link-mbps must be between 1 and 100,000 Mbps; got 0",
        "--link-mbps|fast|--link-mbps must be a number between 1 and 100,000 Mbps; got 'fast'",
        "--staging-link-mbps|200000|--staging-link-mbps must be between 1 and 100,000 Mbps; got 200,000",
        "--link-share|0|--link-share must be between 1 and 100%; got 0",
        "--backup-window-hours|25|--backup-window-hours must be between 0.1 and 24 hours; got 25",
        "--backup-compression|0.5|--backup-compression must be between 1 and 20 times smaller; got 0.5",
        "--backup-method|incremental|--backup-method must be one of full, differential; got 'incremental'",
    })
    @DisplayName("a bad flag exits 2 with one line naming the flag and the allowed range")
    void badFlags(String flag, String value, String message) {
        run("size", flag, value).failedWithOneLine(message);
    }

    @Test
    @DisplayName("--docs-version 2.1 with the v2.1 example's inputs gives the page's 3-year table row, with "
            + "and without --disk-encryption, and the JSON names the version and each year's parts")
    void docsVersion21() throws Exception {
        String[] example = {"size", "--format", "json", "--docs-version", "2.1", "--years", "3", "--growth", "1",
            "--monitoring", "elsewhere", "--max-fill", "100"};
        JsonNode plain = run(example).json();
        assertThat(plain.get("docsVersion").asText()).isEqualTo("2.1");
        assertThat(plain.get("topology").asText()).isEqualTo("data-node");
        JsonNode last = plain.get("years").get(2);
        assertThat(last.get("citizenDataGB").asDouble()).isCloseTo(2776.07, within(0.005));
        assertThat(last.get("applicationServerDiskGB").asDouble()).isCloseTo(2876.07, within(0.005));
        assertThat(last.get("backupServerDiskGB").asDouble()).isCloseTo(5752.14, within(0.005));
        JsonNode first = plain.get("years").get(0);
        assertThat(first.get("recordDataGB").asDouble()).isCloseTo(13.49946, within(1e-9));
        assertThat(first.get("databaseOverheadGB").asDouble()).isCloseTo(2.699892, within(1e-9));
        for (String part : new String[] {"monitoringGB", "loggingGB", "encryptionHeadroomGB"}) {
            assertThat(first.get(part).asDouble()).as(part).isZero();
        }
        String[] encrypted = java.util.Arrays.copyOf(example, example.length + 1);
        encrypted[example.length] = "--disk-encryption";
        JsonNode withEncryption = run(encrypted).json();
        JsonNode lastEncrypted = withEncryption.get("years").get(2);
        assertThat(lastEncrypted.get("encryptionHeadroomGB").asDouble()).isCloseTo(277.61, within(0.005));
        assertThat(lastEncrypted.get("applicationServerDiskGB").asDouble()).isCloseTo(3153.68, within(0.005));
        assertThat(lastEncrypted.get("backupServerDiskGB").asDouble()).isCloseTo(6307.36, within(0.005));
        JsonNode dataNode = withEncryption.get("servers").get(1);
        assertThat(dataNode.get("ramGB").asInt()).isEqualTo(32);
        assertThat(dataNode.get("requiredDiskGB").asDouble()).isCloseTo(3153.68, within(0.005));
    }

    @Test
    @DisplayName("monitoring kept on this server adds 200 MB a server a day and 1 GB a server, and 10 GB of logs")
    void monitoringFlags() throws Exception {
        JsonNode year = run("size", "--format", "json", "--docs-version", "2.0", "--population", "20000000",
                "--monitoring-days", "45").json().get("years").get(0);
        // Two production servers: 200 MB × 45 days × 2 + 1 GB × 2.
        assertThat(year.get("monitoringGB").asDouble()).isEqualTo(20.0);
        assertThat(year.get("loggingGB").asDouble()).isEqualTo(10.0);
        assertThat(year.get("applicationServerDiskGB").asDouble())
                .isCloseTo(100 + year.get("citizenDataGB").asDouble() + 30, within(1e-9));
    }

    @Test
    @DisplayName("the table names the version and writes its formula; an older version gets advice on the newest")
    void versionInTheTable() {
        CommandRun run = run("size", "--docs-version", "1.9", "--disk-encryption");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("rules of OpenCRVS v1.9", "Disk = 100 GB + records × 18.33 kB + attachments × 0.4 MB",
                "The OpenCRVS v1.9 documentation gives no headroom for an encrypted disk",
                "OpenCRVS v2.0 and later run on Kubernetes");
        assertThat(run("size", "--docs-version", "2.1").out()).contains(
                "100 GB (10 GB base OS + 40 GB Kubernetes and images + 50 GB free space for updates)",
                "monitoring (200 MB × 30 days × servers + 1 GB × servers) + 10 GB of logs").doesNotContain("newest");
    }

    @Test
    @DisplayName("--docs-version moves the inputs that follow the version, and a flag given beside it wins")
    void docsVersionDefaults() throws Exception {
        JsonNode v21 = run("size", "--format", "json", "--docs-version", "2.1", "--years", "1").json();
        assertThat(v21.get("years").get(0).get("recordDataGB").asDouble()).isCloseTo(13.49946, within(1e-9));
        JsonNode measured = run("size", "--format", "json", "--docs-version", "2.1", "--record-kb", "25",
                "--topology", "every-node", "--years", "1").json();
        assertThat(measured.get("years").get(0).get("recordDataGB").asDouble()).isCloseTo(18.74925, within(1e-9));
        assertThat(measured.get("topology").asText()).isEqualTo("every-node");
    }

    @Test
    @DisplayName("a coverage ramp without a year to climb is refused with the reason")
    void rampNeedsAYear() {
        CommandRun run = run("size", "--coverage-start", "50");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--coverage-full-year must be between 2 and 5", "below 100%");
    }

    @Test
    @DisplayName("an unknown flag exits 2 without a stack trace")
    void unknownFlag() {
        CommandRun run = run("size", "--populaton", "5");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--populaton").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("--help documents every flag with its range and default, straight from the model")
    void help() {
        CommandRun run = run("size", "--help");
        assertThat(run.status()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("--population", "--birth-rate", "--death-rate", "--attachments", "--attachment-mb",
                "--record-kb", "--os-gb", "--growth", "--years", "--coverage-start", "--coverage-full-year",
                "--event", "--legacy-records", "--legacy-attachments", "--max-fill", "--backup-rule",
                "--backup-copies", "--topology", "--stage", "--include-development", "--format");
        for (InputField field : new InputField[] {InputField.POPULATION, InputField.CRUDE_BIRTH_RATE,
            InputField.MB_PER_ATTACHMENT, InputField.KB_PER_RECORD, InputField.HORIZON_YEARS,
            InputField.MAX_FILL_PERCENT, InputField.GROWTH_PERCENT}) {
            assertThat(help).contains(ModelWords.range(field, Wording.ENGLISH));
        }
        assertThat(help).contains("Default: 30,000,000", "Default: 17.299", "Default: 0.4", "Default: 18.33",
                "Default: national", "Default: double");
        assertThat(run.err()).isEmpty();
    }
}
