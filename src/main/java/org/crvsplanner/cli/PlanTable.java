package org.crvsplanner.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Totals;
import org.crvsplanner.model.YearProjection;

/** The plan as readable text: the yearly projection, the server list and the advice. */
final class PlanTable {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final String NL = System.lineSeparator();

    private PlanTable() {
    }

    static String write(SizingPlan plan) {
        SizingInputs in = plan.inputs();
        StringBuilder out = new StringBuilder();
        out.append("CRVS Capacity Planner: ").append(in.stage().id())
                .append(", ").append(in.horizonYears()).append(in.horizonYears() == 1 ? " year" : " years")
                .append(", disks filled to at most ").append(decimal(in.maxFillPercent(), "0.##")).append('%')
                .append(NL).append(NL);
        years(plan, out);
        out.append(NL).append("Production servers: ").append(plan.productionServers());
        for (ClusterChange change : plan.clusterChanges()) {
            out.append("; grow to ").append(change.productionServers()).append(" in year ").append(change.year());
        }
        out.append(NL).append(NL).append("Servers at the horizon (year ").append(in.horizonYears()).append(')')
                .append(NL);
        servers(plan, out);
        out.append(NL).append("Advice").append(NL);
        for (Advisory advisory : plan.advisories()) {
            out.append("- ").append(advisory.message()).append(NL);
        }
        return out.toString();
    }

    private static void years(SizingPlan plan, StringBuilder out) {
        // Other events and legacy records get a column only when they are part of the plan.
        boolean other = !plan.inputs().otherEvents().isEmpty();
        boolean legacy = plan.inputs().legacy().records() > 0;
        List<String> headers = new ArrayList<>(List.of(">Year", ">Population", ">Coverage", ">Births", ">Deaths"));
        if (other) {
            headers.add(">Other events");
        }
        if (legacy) {
            headers.add(">Legacy");
        }
        headers.addAll(List.of(">Records", ">Record data", ">Attachments", ">App. server disk", ">Provisioned",
                ">Backup disk", ">Prod. servers"));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (YearProjection y : plan.years()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(y.year()), whole(y.population()),
                    decimal(y.coveragePercent(), "0.#") + " %", whole(y.births()), whole(y.deaths())));
            if (other) {
                cells.add(whole(y.otherEvents()));
            }
            if (legacy) {
                cells.add(whole(y.legacyRecords()));
            }
            cells.addAll(List.of(whole(y.records()), gb(y.recordDataGb()), gb(y.attachmentsGb()),
                    gb(y.applicationServerDiskGb()), gb(y.provisionedDiskGb()), gb(y.backupServerDiskGb()),
                    Integer.toString(y.productionServers())));
            table.row(cells.toArray(String[]::new));
        }
        table.appendTo(out);
    }

    private static void servers(SizingPlan plan, StringBuilder out) {
        TextTable table = new TextTable("Environment", "Role", ">Count", ">CPUs", ">RAM", ">Disk", ">Required disk",
                "OS");
        for (ServerLine s : plan.servers()) {
            table.row(s.environment().id(), s.role().label(), Integer.toString(s.count()), Integer.toString(s.cpus()),
                    s.ramGb() + " GB", gb(s.diskGb()), gb(s.requiredDiskGb()), s.os());
        }
        Totals t = plan.totals();
        table.row("Total", "", Integer.toString(t.servers()), Integer.toString(t.cpus()), t.ramGb() + " GB",
                gb(t.diskGb()), "", "");
        table.appendTo(out);
    }

    private static String whole(double value) {
        return decimal(value, "#,##0");
    }

    private static String gb(double value) {
        return decimal(value, "#,##0.00") + " GB";
    }

    private static String decimal(double value, String pattern) {
        return new DecimalFormat(pattern, SYMBOLS).format(value);
    }
}
