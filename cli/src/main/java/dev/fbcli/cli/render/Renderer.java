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
        if (ctx.options().csv) {
            csv(ctx, v);
            return;
        }
        if (v.table() != null && v.table().isEmpty() && v.emptyMessage() != null) {
            // on stderr, so a script reading stdout still sees nothing, and a person still reads why
            ctx.err().println(Safe.text(v.emptyMessage()));
            ctx.err().flush();
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

    /** {@code --csv}: the view's rows as CSV (docs/json.md, "CSV"); a usage error when it has none. */
    private static void csv(AppContext ctx, View v) {
        if (v.table() == null || !Csv.tabular(v.json())) {
            throw Csv.noTable(v.command());
        }
        String text = Csv.of(v.json(), schema(v.command()));
        if (Csv.rows(v.json()).isEmpty() && v.emptyMessage() != null) {
            ctx.err().println(Safe.text(v.emptyMessage()));
            ctx.err().flush();
        }
        ctx.out().print(text);
        ctx.out().flush();
    }

    /**
     * The JSON Schema of what {@code command} prints (docs/schemas, {@code <noun>-<verb>.json}, kept
     * in the jar), or null: where an empty list's CSV columns come from.
     */
    static JsonNode schema(String command) {
        if (command == null) {
            return null;
        }
        String[] words = command.split(" ");
        if (words.length < 3 || !words[0].equals("fb")) {
            return null;
        }
        String name = "schemas/" + words[1] + "-" + words[2] + ".json";
        try (java.io.InputStream in = Renderer.class.getResourceAsStream(name)) {
            return in == null ? null : Json.MAPPER.readTree(in);
        } catch (java.io.IOException e) {
            return null;
        }
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
