package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** Comments family: services and service rates ({@code /comments/business/{business_id}/...}, API.md §5.9). */
final class CommentsRouter {
    private CommentsRouter() {}

    static void register(Routes r) {
        String base = "/comments/business/{bid}";
        r.add("GET", base + "/services", "user:billable_items:read", Routes.Scoping.BUSINESS, CommentsRouter::list);
        r.add("POST", base + "/service", "user:billable_items:write", Routes.Scoping.BUSINESS, CommentsRouter::create);
        r.add("GET", base + "/service/{id}", "user:billable_items:read", Routes.Scoping.BUSINESS, CommentsRouter::get);
        r.add(
                "PUT",
                base + "/service/{id}",
                "user:billable_items:write",
                Routes.Scoping.BUSINESS,
                CommentsRouter::update);
        r.add(
                "DELETE",
                base + "/service/{id}",
                "user:billable_items:write",
                Routes.Scoping.BUSINESS,
                CommentsRouter::delete);
        r.add(
                "GET",
                base + "/service/{id}/rate",
                "user:billable_items:read",
                Routes.Scoping.BUSINESS,
                CommentsRouter::getRate);
        r.add(
                "POST",
                base + "/service/{id}/rate",
                "user:billable_items:write",
                Routes.Scoping.BUSINESS,
                CommentsRouter::putRate);
        r.add(
                "PUT",
                base + "/service/{id}/rate",
                "user:billable_items:write",
                Routes.Scoping.BUSINESS,
                CommentsRouter::putRate);
        r.add(
                "GET",
                base + "/service_rates",
                "user:billable_items:read",
                Routes.Scoping.BUSINESS,
                CommentsRouter::listRates);
    }

    static ObjectNode renderService(JsonNode d) {
        ObjectNode o = Json.obj();
        o.put("business_id", d.path("business_id").asLong());
        o.put("id", d.path("id").asLong());
        o.put("name", Json.str(d, "name", ""));
        o.put("billable", Json.bool(d, "billable", true));
        o.put("vis_state", d.path("vis_state").asInt(0));
        return o;
    }

    private static ObjectNode renderRate(JsonNode d) {
        ObjectNode o = Json.obj();
        o.put("business_id", d.path("business_id").asLong());
        o.put("service_id", d.path("id").asLong());
        o.put("rate", Json.str(d, "rate"));
        return o;
    }

    private static Response list(Request req, Ctx ctx) throws SQLException {
        boolean deleted = Boolean.TRUE.equals(req.flag("include_deleted"));
        boolean taskId = Boolean.TRUE.equals(req.flag("include_task_id"));
        Query q = new Query("service", req.biz.id()).indexedBy("ix_service");
        if (!deleted) {
            q.where("COALESCE(r.vis_state, 0) = 0");
        }
        Paging p = Paging.of(req, 50);
        int total = ctx.tx.count(q);
        ObjectNode body = Json.obj();
        ArrayNode arr = body.putArray("services");
        for (ObjectNode d : ctx.tx.page(q, p.perPage(), p.offset())) {
            ObjectNode s = renderService(d);
            if (taskId) {
                Json.putLong(s, "task_id", Json.lng(d, "task_id"));
            }
            arr.add(s);
        }
        body.set("meta", p.meta(total));
        return Response.ok(body);
    }

    private static ObjectNode load(Ctx ctx, Biz biz, String rawId) throws SQLException {
        try {
            long id = Long.parseLong(rawId);
            return ctx.tx
                    .get("service", biz.id(), id)
                    .orElseThrow(
                            () -> ApiException.notFound("service", "id", id, "Requested resource could not be found."));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("service", "id", rawId, "Requested resource could not be found.");
        }
    }

    private static Response one(JsonNode d) {
        ObjectNode body = Json.obj();
        body.set("service", renderService(d));
        return Response.ok(body);
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return one(load(ctx, req.biz, req.var("id")));
    }

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("service");
        String name = Json.str(in, "name");
        if (name == null || name.isBlank()) {
            throw ApiException.validation(
                    2001, "name", "service", null, "field required", Map.of("name", "field required"));
        }
        checkUnique(ctx, req.biz, name.trim(), -1);
        long id = ctx.tx.nextId("service", 1001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("business_id", req.biz.id());
        d.put("name", name.trim());
        d.put("billable", Json.bool(in, "billable", true));
        d.put("vis_state", 0);
        d.putNull("rate");
        ctx.tx.put("service", req.biz.id(), id, d);
        return one(d);
    }

    private static void checkUnique(Ctx ctx, Biz biz, String name, long self) throws SQLException {
        Query same = new Query("service", biz.id())
                .where("r.id <> ?", self)
                .where("COALESCE(r.vis_state, 0) = 0")
                .where("fb_fold(COALESCE(" + Acct.j("name") + ", '')) = ?", name.toLowerCase(Locale.ROOT));
        if (ctx.tx.count(same) > 0) {
            throw ApiException.validation(
                    2001,
                    "name",
                    "service",
                    name,
                    "A service with this name already exists.",
                    Map.of("name", "A service with this name already exists."));
        }
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        ObjectNode in = req.resource("service");
        if (in.has("name")) {
            String name = Json.str(in, "name");
            if (name == null || name.isBlank()) {
                throw ApiException.validation(
                        2001, "name", "service", null, "field required", Map.of("name", "field required"));
            }
            checkUnique(ctx, req.biz, name.trim(), d.path("id").asLong());
            d.put("name", name.trim());
        }
        if (in.has("billable")) {
            d.put("billable", Json.bool(in, "billable", true));
        }
        if (in.has("vis_state")) {
            Long vis = Json.lng(in, "vis_state");
            if (vis == null || vis < 0 || vis > 1) {
                throw ApiException.validation(
                        2001, "vis_state", "service", null, "Must be 0 or 1.", Map.of("vis_state", "Must be 0 or 1."));
            }
            d.put("vis_state", vis.intValue());
        }
        ctx.tx.put("service", req.biz.id(), d.path("id").asLong(), d);
        return one(d);
    }

    private static Response delete(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        d.put("vis_state", 1);
        ctx.tx.put("service", req.biz.id(), d.path("id").asLong(), d);
        return Response.noContent();
    }

    private static Response getRate(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        if (!d.hasNonNull("rate")) {
            throw ApiException.notFound(
                    "service_rate", "service_id", d.path("id").asLong(), "Requested resource could not be found.");
        }
        ObjectNode body = Json.obj();
        body.set("service_rate", renderRate(d));
        return Response.ok(body);
    }

    private static Response putRate(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        ObjectNode in = req.resource("service_rate");
        JsonNode v = in.get("rate");
        BigDecimal rate;
        try {
            if (v == null || v.isNull() || !(v.isTextual() || v.isNumber())) {
                throw new NumberFormatException();
            }
            rate = new BigDecimal(v.asText().trim());
            if (rate.signum() < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw ApiException.validation(
                    2001,
                    "rate",
                    "service_rate",
                    v == null ? null : v.asText(),
                    "Not a valid decimal.",
                    Map.of("rate", v == null ? "field required" : "Not a valid decimal."));
        }
        d.put("rate", rate.setScale(2, RoundingMode.HALF_UP).toPlainString());
        ctx.tx.put("service", req.biz.id(), d.path("id").asLong(), d);
        ObjectNode body = Json.obj();
        body.set("service_rate", renderRate(d));
        return Response.ok(body);
    }

    private static Response listRates(Request req, Ctx ctx) throws SQLException {
        ObjectNode body = Json.obj();
        ArrayNode arr = body.putArray("service_rates");
        for (ObjectNode d : ctx.tx.list("service", req.biz.id())) {
            if (d.hasNonNull("rate") && d.path("vis_state").asInt(0) == 0) {
                arr.add(renderRate(d));
            }
        }
        return Response.ok(body);
    }
}
