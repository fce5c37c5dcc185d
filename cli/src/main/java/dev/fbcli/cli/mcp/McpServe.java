package dev.fbcli.cli.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.VersionProvider;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code fb mcp}: the MCP server, on the official MCP Java SDK. Tools come from {@link FbTools}
 * (one per intent, plus ask, undo and list_changes), resources from {@link AccountResources},
 * prompts from {@link McpPrompts}. Over stdio the protocol owns stdout: everything else fb prints
 * goes to stderr. Only this class and the transports touch the SDK, and only {@code fb mcp} loads them.
 */
public final class McpServe {
    /** How {@code fb mcp} was started. {@code port} matters with {@code http} only (0: any free port). */
    public record Options(boolean http, int port, boolean readOnly, List<String> allow) {
        public Options {
            allow = allow == null ? List.of() : List.copyOf(allow);
        }
    }

    static final String INSTRUCTIONS = "fb is FreshBooks for people and agents. Reads answer at once. Writes never"
            + " happen on the first call: it returns a plan (what would be written and the exact request) and a"
            + " plan_id. Show the plan to the user; only when they agree, call the same tool again with just"
            + " {\"plan_id\": ...}. Sending an invoice or recording a payment also needs confirm_invoice_number, as"
            + " the user types it. Names are matched as fb's command line does; an ambiguous or unknown name is an"
            + " error listing the candidates: ask the user, never guess. The fb://account/* resources list the"
            + " account's clients, projects, services and expense categories. Every write goes to fb's journal:"
            + " list_changes shows them and undo reverses one.";

    private McpServe() {}

    /** Serves until the client goes away (stdin closes) or the process is stopped; returns the exit code. */
    public static int run(AppContext ctx, Options o) {
        ToolCatalog catalog = ToolCatalog.all().narrowed(o.readOnly(), o.allow());
        FbTools tools = new FbTools(ctx, catalog);
        McpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
        if (o.http()) {
            return McpHttp.serve(ctx, o.port(), mapper, transport -> build(McpServer.sync(transport), tools, mapper));
        }
        // the protocol owns stdout: keep every stray print (a library's) off it
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        CountDownLatch closed = new CountDownLatch(1);
        InputStream in = new FilterInputStream(new FileInputStream(FileDescriptor.in)) {
            @Override
            public int read() throws IOException {
                return eof(super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return eof(super.read(b, off, len));
                } catch (IOException e) {
                    closed.countDown();
                    throw e;
                }
            }

            private int eof(int n) {
                if (n < 0) {
                    closed.countDown();
                }
                return n;
            }
        };
        StdioServerTransportProvider transport = new StdioServerTransportProvider(mapper, in, protocolOut);
        McpSyncServer server = build(McpServer.sync(transport), tools, mapper);
        ctx.err()
                .println("fb mcp: serving " + catalog.tools().size() + " tools over stdio"
                        + (ctx.options().sandbox ? " on the sandbox's demo account" : ""));
        ctx.err().flush();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.closeGracefully();
        return 0;
    }

    static McpSyncServer build(McpServer.SyncSpecification<?> spec, FbTools tools, McpJsonMapper mapper) {
        List<McpServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
        for (ToolCatalog.Tool t : tools.catalog().tools()) {
            McpSchema.Tool tool = McpSchema.Tool.builder()
                    .name(t.name())
                    .title(t.title())
                    .description(t.description())
                    .inputSchema(t.inputSchema())
                    .annotations(McpSchema.ToolAnnotations.builder()
                            .title(t.title())
                            .readOnlyHint(!t.writes())
                            .destructiveHint(t.writes())
                            .idempotentHint(!t.writes())
                            .openWorldHint(false)
                            .build())
                    .build();
            specs.add(McpServerFeatures.SyncToolSpecification.builder()
                    .tool(tool)
                    .callHandler((exchange, request) ->
                            answer(tools.call(request.name(), request.arguments(), new Elicitor(exchange))))
                    .build());
        }
        List<McpServerFeatures.SyncResourceSpecification> resources = new ArrayList<>();
        for (AccountResources.Listing l : AccountResources.LISTINGS) {
            McpSchema.Resource r = McpSchema.Resource.builder(l.uri(), l.name())
                    .description(l.description())
                    .mimeType("application/json")
                    .build();
            resources.add(new McpServerFeatures.SyncResourceSpecification(r, (exchange, request) -> {
                String json = tools.resource(l);
                return McpSchema.ReadResourceResult.builder(
                                List.of(McpSchema.TextResourceContents.builder(request.uri(), json)
                                        .mimeType("application/json")
                                        .build()))
                        .build();
            }));
        }
        List<McpServerFeatures.SyncPromptSpecification> prompts = new ArrayList<>();
        for (McpPrompts.Template p : McpPrompts.TEMPLATES) {
            List<McpSchema.PromptArgument> args = new ArrayList<>();
            for (McpPrompts.Argument a : p.arguments()) {
                args.add(McpSchema.PromptArgument.builder(a.name())
                        .description(a.description())
                        .required(a.required())
                        .build());
            }
            McpSchema.Prompt prompt = McpSchema.Prompt.builder(p.name())
                    .title(p.title())
                    .description(p.description())
                    .arguments(args)
                    .build();
            prompts.add(new McpServerFeatures.SyncPromptSpecification(prompt, (exchange, request) -> {
                String text = p.render(request.arguments() == null ? Map.of() : request.arguments());
                return McpSchema.GetPromptResult.builder(List.of(McpSchema.PromptMessage.builder(
                                        McpSchema.Role.USER,
                                        McpSchema.TextContent.builder(text).build())
                                .build()))
                        .description(p.description())
                        .build();
            }));
        }
        return spec.serverInfo("fb", VersionProvider.version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(mapper)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .prompts(false)
                        .build())
                .tools(specs)
                .resources(resources)
                .prompts(prompts)
                .build();
    }

    private static McpSchema.CallToolResult answer(FbTools.Answer a) {
        return McpSchema.CallToolResult.builder()
                .content(List.of(McpSchema.TextContent.builder(a.text()).build()))
                .structuredContent(a.structured())
                .isError(a.error())
                .build();
    }

    /** Asks the user through the client (MCP elicitation) when the client says it can. */
    private record Elicitor(McpSyncServerExchange exchange) implements FbTools.Confirmer {
        @Override
        public Boolean ask(String card, String typeToConfirm) {
            McpSchema.ClientCapabilities caps = exchange.getClientCapabilities();
            if (caps == null || caps.elicitation() == null) {
                return null;
            }
            McpSchema.ClientCapabilities.Elicitation e = caps.elicitation();
            if (e.form() == null && e.url() != null) {
                return null; // URL elicitation only
            }
            Map<String, Object> props = new LinkedHashMap<>();
            String field = typeToConfirm == null ? "go_ahead" : "invoice_number";
            if (typeToConfirm == null) {
                props.put("go_ahead", Map.of("type", "boolean", "title", "Go ahead?", "default", false));
            } else {
                props.put(
                        "invoice_number",
                        Map.of(
                                "type",
                                "string",
                                "title",
                                "Type the invoice number to go ahead",
                                "description",
                                "Anything else cancels."));
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            schema.put("properties", props);
            schema.put("required", List.of(field));
            McpSchema.ElicitResult r;
            try {
                r = exchange.createElicitation(
                        McpSchema.ElicitFormRequest.builder("fb would do this in FreshBooks:\n\n" + card, schema)
                                .build());
            } catch (RuntimeException failed) {
                return null; // the client could not ask after all: the plan is returned instead
            }
            if (r == null || r.action() != McpSchema.ElicitResult.Action.ACCEPT || r.content() == null) {
                return false;
            }
            Object v = r.content().get(field);
            if (typeToConfirm == null) {
                return Boolean.TRUE.equals(v);
            }
            return v instanceof String s && s.strip().replaceFirst("^#", "").equals(typeToConfirm);
        }
    }
}
