package dev.fbcli.cli.command.sandbox;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.Base;
import dev.fbcli.sandbox.SandboxServer;
import dev.fbcli.sandbox.chaos.FaultSpec;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        description = "Serve the sandbox on 127.0.0.1 for curl, SDKs or other tools, until interrupted.",
        usageHelpAutoWidth = true,
        footer = {
            "%nExample:%n  fb sandbox serve --port 8787 --token demo",
            "  curl -H 'Authorization: Bearer demo' http://127.0.0.1:8787/auth/api/v1/users/me"
        })
public final class SandboxServeCommand extends Base {
    @Option(
            names = "--port",
            paramLabel = "<port>",
            defaultValue = "0",
            description = "The port (default: any free one).")
    int port;

    @Option(
            names = "--token",
            paramLabel = "<token>",
            description = "Also accept this bearer token (default: a generated one).")
    String token;

    @Option(
            names = "--faults",
            paramLabel = "<spec>",
            description = "Fault injection, e.g. 429=0.2,500=0.1,reset=0.05 (see the sandbox README).")
    String faults;

    SandboxServeCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CliException.Usage("--port must be between 0 and 65535");
        }
        FaultSpec spec;
        try {
            spec = faults == null ? FaultSpec.none() : FaultSpec.parse(faults);
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage("--faults: " + e.getMessage());
        }
        SandboxServer.Builder b = SandboxServer.builder()
                .dataDir(ctx.paths().data())
                .port(port)
                .faults(spec)
                .clock(ctx.clock());
        if (token != null) {
            b.accessToken(token);
        }
        SandboxServer server;
        try {
            server = b.start();
        } catch (IOException e) {
            throw new CliException.Failure(
                    "the sandbox could not start on port " + port + ": " + e.getMessage(),
                    "pick another --port, or leave it out for any free one",
                    e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        ctx.out().println("Sandbox serving the demo account (Northwind Studio) at " + server.baseUri());
        ctx.out().println("  token:   " + (token != null ? token : server.accessToken()));
        ctx.out().println("  data:    " + ctx.paths().data().resolve("sandbox"));
        ctx.out()
                .println("  try:     curl -H 'Authorization: Bearer " + (token != null ? token : server.accessToken())
                        + "' " + server.baseUri() + "/auth/api/v1/users/me");
        ctx.out()
                .println("  fb:      FRESHBOOKS_API_URL=" + server.baseUri()
                        + " FRESHBOOKS_TOKEN=<token> fb client list");
        ctx.out().println("Press Ctrl-C to stop.");
        ctx.out().flush();
        stopped.await();
        return 0;
    }
}
