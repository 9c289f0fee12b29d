package org.crvsplanner.cli;

import java.nio.charset.Charset;

/**
 * Text for the terminal the table is printed on. A Windows console writes in an old code page
 * (850, 437, 1252) that has no narrow no-break space, so French thousands would print as "?";
 * there they get an ordinary no-break space, which every such code page has.
 */
final class ConsoleText {
    private ConsoleText() {
    }

    static String fit(String text) {
        return fit(text, terminal());
    }

    static String fit(String text, Charset charset) {
        if (charset.newEncoder().canEncode(text)) {
            return text;
        }
        return text.replace('\u202F', '\u00A0').replace("œ", "oe").replace("Œ", "OE");
    }

    /** What standard output encodes to: the console's code page on Windows, else the default. */
    private static Charset terminal() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException unknownOrUnsupported) {
            return Charset.defaultCharset();
        }
    }
}
