package dev.fbcli.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.View;
import java.io.PrintWriter;

/** Prints views and results: tables or CSV or JSON on stdout, messages on stderr. */
public final class Renderer {
    private static final com.fasterxml.jackson.databind.ObjectWriter JSON =
            Json.MAPPER.writerWithDefaultPrettyPrinter();

    private Renderer() {}

    public static void view(AppContext ctx, View v) {
        PrintWriter out = ctx.out();
        if (ctx.options().json) {
            json(ctx, v.json());
            return;
        }
        if (v.table() != null && v.table().isEmpty() && v.emptyMessage() != null) {
            if (ctx.interactive()) {
                ctx.err().println(Safe.text(v.emptyMessage()));
            }
            if (ctx.options().csv) {
                out.print(v.table().toCsv());
            }
            out.flush();
            ctx.err().flush();
            return;
        }
        if (ctx.options().csv && v.table() != null) {
            out.print(v.table().toCsv());
            out.flush();
            return;
        }
        if (v.table() != null) {
            out.print(v.table().render(ctx.colour()));
        }
        for (String line : v.footer()) {
            out.println(Safe.text(line));
        }
        out.flush();
    }

    public static void applied(AppContext ctx, Applied a) {
        if (ctx.options().json) {
            if (a.json() instanceof com.fasterxml.jackson.databind.node.ObjectNode o && a.link() != null) {
                o.put("link", a.link());
            }
            json(ctx, a.json());
            return;
        }
        PrintWriter out = ctx.out();
        String mark = ctx.colour() ? Style.green("✓") : "✓";
        out.println(mark + " " + Safe.text(a.message()));
        if (a.link() != null) {
            out.println("  " + Safe.text(a.link()));
        }
        out.flush();
    }

    public static void json(AppContext ctx, JsonNode node) {
        try {
            ctx.out().println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.out().flush();
    }
}
