package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crvsplanner.cli.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The command-line contract of ranges, the tornado and fill dates (issue 17, point 4). */
class UncertaintyCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("--range gives an uncertainty section: trials, seed, and P10 ≤ P50 ≤ P90 per year and figure")
    void uncertaintySection() throws Exception {
        JsonNode plan = run("size", "--format", "json", "--range", "population=27e6:30e6:34e6",
                "--range", "mbPerAttachment=0.3:0.4:0.6", "--trials", "2000", "--seed", "42").json();
        JsonNode u = plan.get("uncertainty");
        assertThat(u.get("trials").asInt()).isEqualTo(2000);
        assertThat(u.get("seed").asLong()).isEqualTo(42);
        assertThat(u.get("years")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            JsonNode year = u.get("years").get(i);
            assertThat(year.get("year").asInt()).isEqualTo(i + 1);
            for (String figure : new String[] {"applicationServerDiskGB", "records", "backupServerDiskGB",
                    "provisionedDiskGB", "provisionedBackupDiskGB"}) {
                JsonNode q = year.get(figure);
                assertThat(q.get("p10").asDouble()).as(figure).isLessThan(q.get("p50").asDouble());
                assertThat(q.get("p50").asDouble()).as(figure).isLessThan(q.get("p90").asDouble());
            }
            // The point figure lies inside the band.
            double point = plan.get("years").get(i).get("applicationServerDiskGB").asDouble();
            assertThat(point).isBetween(year.get("applicationServerDiskGB").get("p10").asDouble(),
                    year.get("applicationServerDiskGB").get("p90").asDouble());
        }
    }

    @Test
    @DisplayName("the default run is 10,000 trials with seed 1, and the same seed gives the same bytes")
    void defaultsAndReproducible() throws Exception {
        CommandRun first = run("size", "--format", "json", "--range", "growthPercent=-1:0:1");
        assertThat(first.json().get("uncertainty").get("trials").asInt()).isEqualTo(10_000);
        assertThat(first.json().get("uncertainty").get("seed").asLong()).isEqualTo(1);
        assertThat(run("size", "--format", "json", "--range", "growthPercent=-1:0:1").out()).isEqualTo(first.out());
        assertThat(run("size", "--format", "json", "--range", "growthPercent=-1:0:1", "--seed", "2").out())
                .isNotEqualTo(first.out());
    }

    @Test
    @DisplayName("a range whose low, likely and high are equal gives bands equal to the point figures")
    void pointRange() throws Exception {
        JsonNode plan = run("size", "--format", "json", "--range", "population=30e6:30e6:30e6").json();
        for (int i = 0; i < 5; i++) {
            JsonNode band = plan.get("uncertainty").get("years").get(i).get("applicationServerDiskGB");
            double point = plan.get("years").get(i).get("applicationServerDiskGB").asDouble();
            assertThat(band.get("p10").asDouble()).isEqualTo(point);
            assertThat(band.get("p90").asDouble()).isEqualTo(point);
        }
    }

    @Test
    @DisplayName("the tornado lists each range's horizon disk at low and high, widest swing first")
    void tornado() throws Exception {
        JsonNode tornado = run("size", "--format", "json", "--range", "population=29e6:30e6:31e6",
                "--range", "attachmentsPerRecord=1:3:6", "--range", "crudeDeathRate=7:7.7:8").json().get("tornado");
        assertThat(tornado).hasSize(3);
        assertThat(tornado.get(0).get("input").asText()).isEqualTo("attachmentsPerRecord");
        double previous = Double.MAX_VALUE;
        for (JsonNode bar : tornado) {
            double swing = Math.abs(bar.get("highGB").asDouble() - bar.get("lowGB").asDouble());
            assertThat(swing).isLessThanOrEqualTo(previous);
            previous = swing;
        }
    }

    @Test
    @DisplayName("--disk-gb 2000 under the defaults: 50% in month 12, 70% in 18, full in 25; 20 TB: never")
    void fillDates() throws Exception {
        JsonNode dates = run("size", "--format", "json", "--disk-gb", "2000").json().get("fillDates");
        assertThat(dates).hasSize(3);
        int[] percents = {50, 70, 100};
        int[] months = {12, 18, 25};
        for (int i = 0; i < 3; i++) {
            assertThat(dates.get(i).get("thresholdPercent").asInt()).isEqualTo(percents[i]);
            assertThat(dates.get(i).get("monthsFromStart").asInt()).isEqualTo(months[i]);
            assertThat(dates.get(i).has("monthsFromStartRange")).isFalse();
        }
        JsonNode never = run("size", "--format", "json", "--disk-gb", "20000").json().get("fillDates");
        assertThat(never.get(0).get("monthsFromStart").isNull()).isTrue();
        JsonNode ranged = run("size", "--format", "json", "--disk-gb", "2000", "--range", "population=27e6:30e6:34e6")
                .json().get("fillDates").get(1).get("monthsFromStartRange");
        assertThat(ranged.get("p10").asInt()).isLessThanOrEqualTo(18);
        assertThat(ranged.get("p90").asInt()).isGreaterThanOrEqualTo(18);
    }

    @Test
    @DisplayName("without ranges or a disk, the JSON has none of the new sections")
    void plainPlanUnchanged() throws Exception {
        JsonNode plan = run("size", "--format", "json", "--trials", "500").json();
        assertThat(plan.has("uncertainty")).isFalse();
        assertThat(plan.has("tornado")).isFalse();
        assertThat(plan.has("fillDates")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--range|population=34e6:30e6:27e6|--range population must have low ≤ likely ≤ high; got 34,000,000 : 30,000,000 : 27,000,000",
        "--range|kbPerRecord=1:2:3|--range NAME must be one of population, crudeBirthRate, crudeDeathRate, attachmentsPerRecord, mbPerAttachment, growthPercent, coverageStartPercent; got 'kbPerRecord'",
        "--range|population=27e6:30e6|--range must look like NAME=LOW:LIKELY:HIGH, e.g. population=27e6:30e6:34e6; got 'population=27e6:30e6'",
        "--range|crudeBirthRate=10:17:90|--range crudeBirthRate high must be between 0 and 80 per 1,000 people; got 90",
        "--range|population=x:30e6:34e6|--range population low must be a number between 1 and 2,000,000,000 people; got 'x'",
        "--range|coverageStartPercent=50:100:100|--range coverageStartPercent low of 50 breaks a rule of the other inputs: --coverage-full-year must be between 2 and 5",
        "--trials|5|--trials must be a whole number between 100 and 100,000; got 5",
        "--trials|1e9|--trials must be a whole number; got '1e9'",
        "--seed|x|--seed must be a whole number; got 'x'",
        "--disk-gb|0|--disk-gb must be a number between 1 and 10,000,000 GB; got '0'",
    })
    @DisplayName("bad input names the flag and the rule, in one line")
    void badInput(String flag, String value, String message) {
        run("size", flag, value, "--range", "growthPercent=0:0:1").failedWithOneLine(message);
    }

    @Test
    @DisplayName("a range's likely value and the input's own flag must agree; one range per input")
    void conflicts() {
        run("size", "--population", "31000000", "--range", "population=27e6:30e6:34e6").failedWithOneLine(
                "--range 'population=27e6:30e6:34e6' has the likely value 30,000,000 but --population gives 31,000,000");
        run("size", "--range", "population=27e6:30e6:34e6", "--range", "population=28e6:30e6:33e6")
                .failedWithOneLine("--range population is given twice");
    }

    @Test
    @DisplayName("--save-scenario keeps the ranges; --scenario reads them back; a flag outside the file's range is named")
    void rangesInScenarioFiles() throws Exception {
        Path file = dir.resolve("ranges.crvsplan");
        CommandRun saved = run("size", "--format", "json", "--range", "population=27e6:30e6:34e6",
                "--save-scenario", file.toString());
        assertThat(Files.readString(file)).contains("\"schemaVersion\": \"1.1\"", "\"ranges\"", "\"low\": 27000000");
        assertThat(run("size", "--format", "json", "--scenario", file.toString()).out()).isEqualTo(saved.out());
        run("size", "--scenario", file.toString(), "--population", "40000000").failedWithOneLine(
                "ranges.population from the scenario file must have low ≤ likely ≤ high; got 27,000,000 : "
                        + "40,000,000 : 34,000,000 (give --range population=LOW:LIKELY:HIGH to change it)");
        assertThat(run("size", "--scenario", file.toString(), "--range", "population=35e6:40e6:45e6").status())
                .isZero();
    }

    @Test
    @DisplayName("the table shows the bands, the tornado and the fill dates, in English and in French")
    void tables() {
        String english = run("size", "--range", "population=27e6:30e6:34e6", "--disk-gb", "2000").out();
        assertThat(english).contains("Ranges: 10,000 trials, seed 1", "(P10 ", " – P90 ",
                "What moves the year-5 application server disk most", "When a 2,000 GB disk fills",
                "70% (OpenCRVS alerts)", "year 2, month 6", "The 2,000 GB disk gives 18 months before OpenCRVS's 70% alert.");
        String french = run("size", "--lang", "fr", "--range", "population=27e6:30e6:34e6", "--disk-gb", "2000").out();
        assertThat(french).contains("Fourchettes", "10\u202F000 tirages", "Ce qui fait le plus varier",
                "année 2, mois 6", "18\u00A0mois avant l'alerte");
    }

    @Test
    @DisplayName("export with ranges adds the sheet of values, fill dates of the provisioned disk unless --disk-gb")
    void exportSheet() throws Exception {
        Path out = dir.resolve("plan.xlsx");
        CommandRun run = run("export", "--out", out.toString(), "--range", "population=27e6:30e6:34e6",
                "--trials", "500", "--seed", "3");
        assertThat(run.status()).as(run.err()).isZero();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var sheet = book.getSheet("Ranges and fill dates");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("500 Monte Carlo trials with seed 3");
            String provisioned = "When a disk of 6,669.36 GB per server fills";
            boolean found = false;
            for (var row : sheet) {
                var cell = row.getCell(0);
                found |= cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().startsWith(provisioned);
            }
            assertThat(found).as(provisioned).isTrue();
        }
        run("export", "--out", dir.resolve("bad.xlsx").toString(), "--range", "population=1:2").failedWithOneLine(
                "--range must look like NAME=LOW:LIKELY:HIGH");
    }
}
