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

    static ServerLine of(Environment environment, ServerRole role, int count, double requiredDiskGb,
            double diskGb) {
        return new ServerLine(environment, role, count, environment.cpus(), environment.ramGb(),
                requiredDiskGb, diskGb, Environment.OS);
    }

    static ServerLine fixedDisk(Environment environment, ServerRole role) {
        return of(environment, role, 1, environment.fixedDiskGb(), environment.fixedDiskGb());
    }
}
