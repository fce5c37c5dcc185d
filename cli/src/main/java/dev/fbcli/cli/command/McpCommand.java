package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.GlobalOptions;
import dev.fbcli.cli.mcp.McpServe;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fb mcp}: serves fb's actions to an AI agent over the Model Context Protocol (docs/mcp.md).
 * Only names {@link McpServe}: the MCP SDK is loaded when this command runs, never otherwise.
 */
@Command(
        name = "mcp",
        description = "Serve fb's actions to an AI agent over MCP (stdio, or --http on 127.0.0.1).",
        usageHelpAutoWidth = true,
        footer = {
            "%nEvery intent is a tool, plus ask (a phrase), undo and list_changes. A write",
            "is never made on the first call: it returns the plan and a plan id, and happens",
            "only when the same tool is called again with that id (or at once when the agent",
            "can ask you directly and you agree). Writes go to the same journal as the",
            "command line: `fb undo` reverses what an agent did. See docs/mcp.md.",
            "%nExamples:",
            "  fb mcp --sandbox                      what an agent launches (stdio), demo account",
            "  fb mcp --read-only                    reads only",
            "  fb mcp --allow time_log,time_list     just these tools",
            "  fb mcp --http --port 8765             streamable HTTP at http://127.0.0.1:8765/mcp"
        })
public final class McpCommand extends Base {
    @Option(names = "--http", description = "Serve the streamable HTTP transport on 127.0.0.1 instead of stdio.")
    boolean http;

    @Option(
            names = "--port",
            paramLabel = "<port>",
            description = "With --http: the port on 127.0.0.1 (default: a free one, printed on stderr).")
    Integer port;

    @Option(names = "--read-only", description = "Offer only the tools that read (no writes, no undo).")
    boolean readOnly;

    @Option(
            names = "--allow",
            split = ",",
            paramLabel = "<tool>",
            description = "Offer only these tools (comma-separated names, as the tool list shows them).")
    List<String> allow = new ArrayList<>();

    McpCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        GlobalOptions g = ctx.options();
        if (g.dryRun || g.yes || g.json || g.csv) {
            throw new CliException.Usage(
                    "fb mcp takes no --dry-run, --yes, --json or --csv",
                    "every write is a plan the agent's client confirms, and MCP answers are JSON already");
        }
        if (port != null && !http) {
            throw new CliException.Usage("--port goes with --http", "fb mcp --http --port " + port);
        }
        if (port != null && (port < 0 || port > 65535)) {
            throw new CliException.Usage("--port " + port + " is not a port (0 to 65535)");
        }
        if (!http && ctx.interactive()) {
            ctx.err()
                    .println("fb mcp: waiting for an MCP client on stdin (agents launch this; see docs/mcp.md)."
                            + " Ctrl-D ends it.");
        }
        // the server's own context: nothing it prints reaches stdout (the protocol's, over stdio), and
        // nothing ever waits for a person at this terminal
        AppContext server = new AppContext(
                ctx.env(), new ByteArrayInputStream(new byte[0]), ctx.err(), ctx.err(), false, ctx.clock());
        GlobalOptions o = g.copy();
        o.noInput = true;
        server.useOptions(o);
        try {
            return McpServe.run(server, new McpServe.Options(http, port == null ? 0 : port, readOnly, allow));
        } finally {
            server.closeSession();
        }
    }
}
