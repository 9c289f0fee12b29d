package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

/**
 * One line of the server list: {@code count} identical servers.
 *
 * @param requiredDiskGb what the data needs at the planning horizon
 * @param diskGb what to provision: the required disk at the maximum fill, or a fixed size
 */
public record ServerLine(
        Environment environment,
        ServerRole role,
        int count,
        int cpus,
        int ramGb,
        double requiredDiskGb,
        double diskGb,
        String os) {

    public ServerLine {
        requireNonNull(environment, "environment");
        requireNonNull(role, "role");
        requireNonNull(os, "os");
    }

    static ServerLine of(RuleSet rules, Environment environment, ServerRole role, int count, double requiredDiskGb,
            double diskGb) {
        ServerSpec spec = rules.spec(environment);
        return new ServerLine(environment, role, count, spec.cpus(), spec.ramGb(), requiredDiskGb, diskGb,
                Environment.OS);
    }

    static ServerLine fixedDisk(RuleSet rules, Environment environment, ServerRole role) {
        double disk = rules.spec(environment).fixedDiskGb();
        return of(rules, environment, role, 1, disk, disk);
    }
}
