package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crvsplanner.cli.CommandRun.run;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The command line's operations contract, on a plan worked by hand: 10,000 records a year, each
 * with one 10 MB attachment and 100 kB of data, so 101, 202 and 303 GB of data after years 1 to 3.
 */
class OperationsCommandTest {
    private static final String[] HAND_PLAN = {"size", "--format", "json", "--population", "1000000",
        "--birth-rate", "10", "--death-rate", "0", "--attachments", "1", "--attachment-mb", "10", "--record-kb",
        "100", "--growth", "0", "--years", "3"};

    private static JsonNode operations(String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of(HAND_PLAN));
        args.addAll(List.of(flags));
        CommandRun run = run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return run.json().get("operations");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("JSON operations: each year's night, whether it fits, the first year over, the link needed, a full restore")
    void contract() throws Exception {
        JsonNode ops = operations("--link-mbps", "10", "--link-share", "100", "--backup-window-hours", "24");

        assertThat(names(ops)).containsExactly("years", "firstYearOverWindow", "linkMbpsNeeded", "fullRestoreHours");
        assertThat(names(ops.get("years").get(0))).containsExactly("year", "nightlyBackupGB", "transferHours",
                "fitsWindow");
        assertThat(ops.get("years")).extracting(y -> y.get("nightlyBackupGB").asDouble())
                .containsExactly(101.0, 202.0, 303.0);
        // 101 GB × 8,000 / 10 Mbps = 80,800 s.
        assertThat(ops.get("years").get(0).get("transferHours").asDouble()).isCloseTo(80_800 / 3_600.0,
                within(1e-9));
        assertThat(ops.get("years")).extracting(y -> y.get("fitsWindow").asBoolean()).containsExactly(true, false,
                false);
        assertThat(ops.get("firstYearOverWindow").asInt()).isEqualTo(2);
        assertThat(ops.get("linkMbpsNeeded").asDouble()).isEqualTo(29);
        assertThat(ops.get("fullRestoreHours").asDouble()).isCloseTo(242_400 / 3_600.0, within(1e-9));
    }

    @Test
    @DisplayName("a link that carries every night gives a null first year")
    void fastLink() throws Exception {
        JsonNode ops = operations("--link-mbps", "10000");
        assertThat(ops.get("firstYearOverWindow").isNull()).isTrue();
        assertThat(ops.get("years")).allMatch(y -> y.get("fitsWindow").asBoolean());
    }

    @Test
    @DisplayName("the window defaults to the version's schedule: half an hour for v1.x, two hours for v2.x")
    void windowFromVersion() throws Exception {
        // 101 GB over 200 Mbps, all usable, takes 1.12 h: over v1.x's half hour, inside v2.x's two.
        assertThat(operations("--link-mbps", "200", "--link-share", "100").get("firstYearOverWindow").asInt())
                .isEqualTo(1);
        assertThat(operations("--link-mbps", "200", "--link-share", "100", "--docs-version", "2.0")
                .get("years").get(0).get("fitsWindow").asBoolean()).isTrue();
        // A window typed beside the version wins over the version's.
        assertThat(operations("--link-mbps", "200", "--link-share", "100", "--docs-version", "2.0",
                "--backup-window-hours", "1").get("firstYearOverWindow").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("the table shows the nights, the year the window runs out and a full restore, in French too")
    void table() {
        CommandRun run = run("size", "--years", "3", "--lang", "fr");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Sauvegarde de la nuit : archive complète chaque nuit")
                .contains("La sauvegarde dépasse la fenêtre à partir de l'année 1")
                .contains("Une restauration complète des données de l'horizon");
    }
}
