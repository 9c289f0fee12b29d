package org.crvsplanner.model;

import java.util.List;

/** Sums over the server list; each line counts {@code count} times. */
public record Totals(int servers, int cpus, int ramGb, double diskGb) {

    static Totals of(List<ServerLine> lines) {
        int servers = 0;
        int cpus = 0;
        int ramGb = 0;
        double diskGb = 0;
        for (ServerLine line : lines) {
            servers += line.count();
            cpus += line.count() * line.cpus();
            ramGb += line.count() * line.ramGb();
            diskGb += line.count() * line.diskGb();
        }
        return new Totals(servers, cpus, ramGb, diskGb);
    }
}
