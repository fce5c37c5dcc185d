package dev.fbcli.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shell on a terminal that JLine drives through its own line discipline (Ctrl-C is a signal,
 * TAB a key), over pipes: a person typing, one key sequence at a time, waiting for what fb prints.
 */
class ReplTest extends SandboxCliTest {
    private static final String PROMPT = "Northwind Studio [sandbox]> ";

    private final Screen screen = new Screen();
    private PipedOutputStream keys;
    private Terminal terminal;
    private CompletableFuture<Integer> shell;

    /** Everything the terminal, stdout and stderr show, in order. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** Waits until {@code expected} appears after {@code from}; returns where it ends. */
        synchronized int await(String expected, int from) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                String t = text();
                int at = t.indexOf(expected, Math.min(from, t.length()));
                if (at >= 0) {
                    return at + expected.length();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "waited for '" + expected + "' after position " + from + "; the screen shows:\n" + t);
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    private int mark;

    private void start() throws IOException {
        keys = new PipedOutputStream();
        InputStream in = new PipedInputStream(keys, 4096);
        terminal = TerminalBuilder.builder()
                .system(false)
                .streams(in, screen)
                .type("ansi")
                .size(new org.jline.terminal.Size(160, 50))
                .encoding(StandardCharsets.UTF_8)
                .build();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(screen, StandardCharsets.UTF_8), true);
        AppContext ctx = new AppContext(
                Map.of("FB_HOME", home.toString(), "NO_COLOR", "1"),
                InputStream.nullInputStream(),
                out,
                out,
                true,
                clock);
        ctx.options().sandbox = true;
        shell = CompletableFuture.supplyAsync(() -> {
            try {
                return new Repl(ctx, terminal).run();
            } finally {
                ctx.closeSession();
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        if (shell != null && !shell.isDone()) {
            keys.close();
        }
        if (terminal != null) {
            terminal.close();
        }
    }

    /** Types {@code text} (keys, not a line: add \r for Enter). */
    private void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits for {@code text} after what was last waited for. */
    private void see(String text) throws InterruptedException {
        mark = screen.await(text, mark);
    }

    private List<TimeEntryDto> entriesNoted(String note) {
        try (SandboxInspector s = inspect()) {
            return s.client().timeEntries().list(TimeEntryQuery.empty()).stream()
                    .filter(e -> note.equals(e.note()))
                    .toList();
        }
    }

    @Test
    void should_read_phrases_ask_which_one_complete_names_and_obey_ctrl_c_and_ctrl_d() throws Exception {
        start();
        see(PROMPT);

        // a phrase that reads
        type("show unpaid invoices\r");
        see("0006");
        see(PROMPT);

        // TAB completes a client name from the cache, Ctrl-C clears the line (else "help" would join it)
        type("log 2h on Ac\t");
        see("Acme Corp");
        type("\u0003");
        see(PROMPT);
        type("help\r");
        see("TAB completes commands");
        see(PROMPT);

        // an ambiguous name answered by number, then the write declined
        type("log 2h on Umbrella - declined in the shell\r");
        see("Which Umbrella?");
        see("2) Umbrella Health");
        see("Choose 1-2: ");
        type("2\r");
        see("Log 2h 00m on Umbrella Health, Tue Nov 24, billable");
        see("Go ahead? [Y/n/e] ");
        type("n\r");
        see("cancelled: nothing was changed");
        see(PROMPT);

        // Ctrl-C at the question cancels the plan
        type("log 1h on Acme - interrupted in the shell\r");
        see("Go ahead? [Y/n/e] ");
        type("\u0003");
        see("cancelled: nothing was changed");
        see(PROMPT);

        // an error is one line and the shell goes on; then a write that is confirmed
        type("frobnicate the widgets\r");
        see("fb: I did not understand 'frobnicate the widgets'");
        see(PROMPT);
        type("log 1h on Acme - accepted in the shell\r");
        see("Go ahead? [Y/n/e] ");
        type("y\r");
        see("✓ Logged 1h 00m on Website Redesign (Acme Corp)");
        see(PROMPT);

        // Ctrl-D leaves with 0
        type("\u0004");
        assertThat(shell.get(60, TimeUnit.SECONDS)).isZero();

        assertThat(entriesNoted("declined in the shell")).isEmpty();
        assertThat(entriesNoted("interrupted in the shell")).isEmpty();
        assertThat(entriesNoted("accepted in the shell")).hasSize(1);
        List<String> history = Files.readAllLines(home.resolve("state/history"));
        assertThat(String.join("\n", history))
                .contains("show unpaid invoices")
                .contains("log 2h on Umbrella - declined in the shell")
                .contains("frobnicate the widgets");
        assertThat(history).noneMatch(l -> l.endsWith(":2") || l.endsWith(":n") || l.endsWith(":y"));
    }
}
