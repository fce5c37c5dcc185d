package dev.fbcli.cli.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Renderer;
import dev.fbcli.freshbooks.DryRunException;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.http.ApiRequest;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --dry-run}: the plan's action runs against a client whose executor refuses writes, and the
 * first write request it would have sent (method, path, JSON body) is printed instead; nothing is
 * sent.
 */
final class DryRun {
    private static final ObjectMapper JSON = Json.MAPPER;

    private DryRun() {}

    static void show(AppContext ctx, Plan plan) {
        PrintWriter err = ctx.err();
        try {
            plan.action().get();
            err.println("dry run: nothing would be sent");
        } catch (DryRunException e) {
            ApiRequest r = e.request();
            String body = r.bodyJson();
            if (ctx.options().json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("dry_run", true);
                out.put("method", r.method().toString());
                out.put("path", r.pathAndQuery());
                try {
                    out.put("body", body == null ? null : JSON.readTree(body));
                } catch (Exception ex) {
                    out.put("body", body);
                }
                Renderer.json(ctx, JSON.valueToTree(out));
            } else {
                ctx.out()
                        .println(dev.fbcli.cli.render.Safe.text(
                                "dry run: would send " + r.method() + " " + r.pathAndQuery()));
                if (body != null) {
                    ctx.out().println(dev.fbcli.cli.render.Safe.lines(body));
                }
                ctx.out().flush();
            }
            err.println("dry run: nothing was sent"
                    + (plan.details().stream().anyMatch(d -> d.startsWith("then"))
                            ? " (later steps depend on this one)"
                            : ""));
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }
}
