package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One run of the command line in this JVM: its exit status and what it wrote. */
record CommandRun(int status, String out, String err) {

    static CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlannerCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(status, out.toString(), err.toString());
    }

    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }

    /** Asserts exit status 2, nothing on standard output and one line on standard error, never a stack trace. */
    void failedWithOneLine(String... parts) {
        assertThat(status).as("exit status; err: %s", err).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).contains(parts).doesNotContain("Exception", "\tat ");
    }
}
