package dev.fbcli.cli.mcp;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@code fb mcp --http}: the SDK's streamable-HTTP transport (a servlet) in an embedded Jetty that
 * listens on 127.0.0.1 only, at {@code /mcp}. Requests whose Host or Origin is not loopback are
 * refused (DNS rebinding: a web page must not reach the account through a browser).
 */
final class McpHttp {
    static final String ENDPOINT = "/mcp";

    private McpHttp() {}

    static int serve(
            AppContext ctx,
            int port,
            McpJsonMapper mapper,
            Function<HttpServletStreamableServerTransportProvider, McpSyncServer> build) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(mapper)
                .mcpEndpoint(ENDPOINT)
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedHosts(List.of("127.0.0.1:*", "localhost:*", "[::1]:*"))
                        .allowedOrigins(List.of("http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"))
                        .build())
                .build();
        McpSyncServer server = build.apply(transport);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder(transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, ENDPOINT);
        jetty.setHandler(context);
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
        } catch (Exception e) {
            server.close();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new CliException.Usage(
                        "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), "pick another --port");
            }
            throw new CliException.Failure("the MCP HTTP server did not start: " + e.getMessage(), null, e);
        }
        ctx.err()
                .println("fb mcp: serving MCP (streamable HTTP) at http://127.0.0.1:" + connector.getLocalPort()
                        + ENDPOINT + (ctx.options().sandbox ? " on the sandbox's demo account" : ""));
        ctx.err().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.closeGracefully();
            stopped.countDown();
        }));
        try {
            jetty.join();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
