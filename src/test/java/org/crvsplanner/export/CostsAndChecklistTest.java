package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CostsAndChecklistTest {

    /** Costs rows by the text in column A. */
    private static Map<String, Row> rows(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            String label = PlanSheets.text(row.getCell(0));
            if (!label.isEmpty()) {
                rows.put(label, row);
            }
        }
        return rows;
    }

    private static Row startingWith(Map<String, Row> rows, String start) {
        return rows.entrySet().stream().filter(e -> e.getKey().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting " + start)).getValue();
    }

    @Test
    @DisplayName("with blank prices the costs calculate to zero; with prices, to quantity × price")
    void costs() throws Exception {
        SizingPlan plan = SizingPlan.of(TestPlans.everything());
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(TestPlans.content(plan)))) {
            PlanSheets.recalculateFromScratch(workbook);
            PlanSheets.assertNoErrors(workbook);
            Sheet costs = workbook.getSheet("Costs");
            Map<String, Row> rows = rows(costs);
            assertThat(PlanSheets.number(startingWith(rows, "Hardware, up front").getCell(4))).isZero();
            assertThat(PlanSheets.number(startingWith(rows, "First year").getCell(4))).isZero();
            assertThat(PlanSheets.text(startingWith(rows, "Item").getCell(3))).isEqualTo("Unit price (USD)");

            int qaLike = 0;
            int productionLike = 0;
            int backup = 0;
            for (ServerLine line : plan.servers()) {
                switch (line.environment()) {
                    case QA, DEVELOPMENT -> qaLike += line.count();
                    case PRODUCTION, STAGING -> productionLike += line.count();
                    default -> backup += line.count();
                }
            }
            double terabytes = plan.totals().diskGb() / 1000;
            Row qaRow = startingWith(rows, "Server with " + plan.inputs().rules().spec(Environment.QA).cpus() + " CPUs");
            Row productionRow = startingWith(rows, "Server with " + plan.inputs().rules().spec(Environment.PRODUCTION).cpus() + " CPUs");
            Row backupRow = startingWith(rows, "Server with " + plan.inputs().rules().spec(Environment.BACKUP).cpus() + " CPUs");
            Row diskRow = startingWith(rows, "Disk");
            assertThat(PlanSheets.number(qaRow.getCell(1))).isEqualTo(qaLike);
            assertThat(PlanSheets.number(productionRow.getCell(1))).isEqualTo(productionLike);
            assertThat(PlanSheets.number(backupRow.getCell(1))).isEqualTo(backup);
            assertThat(PlanSheets.number(diskRow.getCell(1))).isCloseTo(terabytes, within(1e-6));

            qaRow.getCell(3).setCellValue(2_000);
            productionRow.getCell(3).setCellValue(5_000);
            backupRow.getCell(3).setCellValue(1_500);
            diskRow.getCell(3).setCellValue(80);
            Row docker = startingWith(rows, "Docker Hub");
            Row github = startingWith(rows, "GitHub");
            docker.getCell(3).setCellValue(15);
            github.getCell(1).setCellValue(6);
            github.getCell(3).setCellValue(4);
            PlanSheets.setInput(workbook, "Currency", "EUR");
            PlanSheets.recalculateFromScratch(workbook);

            double hardware = qaLike * 2_000 + productionLike * 5_000 + backup * 1_500 + terabytes * 80;
            double services = 15 * 12 + 6 * 4 * 12;
            assertThat(PlanSheets.number(startingWith(rows, "Hardware, up front").getCell(4)))
                    .isCloseTo(hardware, within(1e-6));
            assertThat(PlanSheets.number(startingWith(rows, "Third-party services, 12").getCell(4)))
                    .isCloseTo(services, within(1e-9));
            assertThat(PlanSheets.number(startingWith(rows, "First year").getCell(4)))
                    .isCloseTo(hardware + services, within(1e-6));
            assertThat(PlanSheets.text(startingWith(rows, "Item").getCell(3))).isEqualTo("Unit price (EUR)");
        }
    }

    @Test
    @DisplayName("the checklist covers the documentation's requirements besides servers, each with a Status")
    void checklist() throws Exception {
        SizingPlan plan = SizingPlan.of(TestPlans.everything());
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(TestPlans.content(plan)))) {
            Sheet sheet = workbook.getSheet("Checklist");
            List<String> requirements = new ArrayList<>();
            int statusColumn = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (PlanSheets.text(cell).equals("Status")) {
                        statusColumn = cell.getColumnIndex();
                    }
                }
                if (statusColumn >= 0 && row.getCell(statusColumn) != null
                        && PlanSheets.text(row.getCell(statusColumn)).isEmpty()) {
                    requirements.add(PlanSheets.text(row.getCell(2)));
                }
            }
            String all = String.join("\n", requirements);
            for (String needed : List.of("Tier 2 or Tier 3", "Uninterrupted power supply", "Air conditioning",
                    "24/7 security access", "backup off-site", "Failsafe internet", "Security policies",
                    "scalable VPN", "at least 10 Mbps", "VPN clients and accounts for every user", "bastion",
                    "SSH access through the VPN, with sudo", "SMTP server and SMTP user", "allow-listing",
                    "civil registration staff", "third-party government staff", "development and QA team",
                    "healthcare services", "external government services", "deployment scripts",
                    "Docker Hub organisation", "GitHub organisation on at least the Team plan", "Slack Pro",
                    "Sentry", "password manager")) {
                assertThat(all).as("checklist mentions " + needed).contains(needed);
            }
            assertThat(sheet.getDataValidations()).anyMatch(v -> v.getValidationConstraint().getExplicitListValues() != null
                    && List.of(v.getValidationConstraint().getExplicitListValues()).contains("Done"));
        }
    }
}
