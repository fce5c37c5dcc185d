package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Projects family ({@code /projects/business/{business_id}/...}, API.md §5.10). */
final class ProjectsRouter {
    private ProjectsRouter() {}

    static final Set<String> BILLING_METHODS =
            Set.of("business_rate", "project_rate", "service_rate", "team_member_rate");
    static final Set<String> PROJECT_TYPES = Set.of("fixed_price", "hourly_rate");
    static final List<String> ABILITIES = List.of(
            "can_edit",
            "can_archive",
            "can_generate_invoice",
            "can_delete",
            "can_invite_team_member",
            "can_manage_services",
            "can_view_team_time",
            "can_edit_hourly_budget",
            "can_edit_client",
            "can_edit_project_manager",
            "can_view_invoices_tab",
            "can_view_fixed_price",
            "can_edit_fixed_price",
            "can_edit_end_date",
            "can_edit_flat_rate",
            "can_edit_project_type",
            "can_edit_title",
            "can_view_review_tab",
            "can_view_discuss_tab",
            "can_track_time",
            "can_create_comment");

    static void register(Routes r) {
        String base = "/projects/business/{bid}";
        r.add("GET", base + "/projects", "user:projects:read", Routes.Scoping.BUSINESS, ProjectsRouter::list);
        r.add("POST", base + "/project", "user:projects:write", Routes.Scoping.BUSINESS, ProjectsRouter::create);
        r.add("GET", base + "/project/{id}", "user:projects:read", Routes.Scoping.BUSINESS, ProjectsRouter::get);
        r.add("PUT", base + "/project/{id}", "user:projects:write", Routes.Scoping.BUSINESS, ProjectsRouter::update);
        r.add("DELETE", base + "/project/{id}", "user:projects:write", Routes.Scoping.BUSINESS, ProjectsRouter::delete);
    }

    static ObjectNode render(JsonNode d, Map<Long, ObjectNode> services, Long loggedDuration, boolean withGroup) {
        ObjectNode o = Json.obj();
        o.put("id", d.path("id").asLong());
        o.put("title", Json.str(d, "title", ""));
        for (String f : List.of("description", "due_date", "client_id")) {
            Json.copy(o, d, f, null);
        }
        o.put("internal", Json.bool(d, "internal", false));
        for (String f : List.of("budget", "fixed_price", "rate")) {
            Json.copy(o, d, f, null);
        }
        o.put("billing_method", Json.str(d, "billing_method", "business_rate"));
        o.put("project_type", Json.str(d, "project_type", "hourly_rate"));
        Json.copy(o, d, "project_manager_id", null);
        o.put("active", Json.bool(d, "active", true));
        o.put("complete", Json.bool(d, "complete", false));
        o.put("sample", Json.bool(d, "sample", false));
        o.put("created_at", Json.str(d, "created_at"));
        o.put("updated_at", Json.str(d, "updated_at"));
        Json.putLong(o, "logged_duration", loggedDuration);
        ArrayNode svc = o.putArray("services");
        for (JsonNode sid : d.path("service_ids")) {
            ObjectNode s = services.get(sid.asLong());
            if (s != null) {
                svc.add(CommentsRouter.renderService(s));
            }
        }
        o.put("billed_amount", Json.str(d, "billed_amount", "0.00"));
        o.put("billed_status", Json.str(d, "billed_status", "unbilled"));
        Json.copy(o, d, "retainer_id", null);
        o.put("expense_markup", Json.str(d, "expense_markup", "0"));
        if (withGroup) {
            o.set("group", d.path("group").deepCopy());
        } else {
            o.put("group_id", d.path("group").path("id").asLong());
        }
        return o;
    }

    static Map<Long, ObjectNode> services(Ctx ctx, Biz biz) throws SQLException {
        Map<Long, ObjectNode> m = new HashMap<>();
        for (ObjectNode s : ctx.tx.list("service", biz.id())) {
            m.put(s.path("id").asLong(), s);
        }
        return m;
    }

    /** Logged seconds per project (active, logged entries), for these projects only. */
    static Map<Long, Long> loggedByProject(Ctx ctx, Biz biz, Collection<Long> projectIds) throws SQLException {
        Map<Long, Long> m = new HashMap<>();
        if (projectIds.isEmpty()) {
            return m;
        }
        Query q = new Query("time_entry", biz.id())
                .indexedBy("ix_time_project")
                .in("r.project_id", projectIds)
                .where("COALESCE(r.is_logged, 1) = 1")
                .where("COALESCE(r.active, 1) = 1");
        for (long[] row : ctx.tx.aggregate(q, "r.project_id, SUM(COALESCE(r.duration, 0))", "r.project_id", rs ->
                new long[] {rs.getLong(1), rs.getLong(2)})) {
            m.put(row[0], row[1]);
        }
        return m;
    }

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Query q = new Query("project", biz.id()).indexedBy("ix_project");
        Boolean active = req.flag("active");
        Boolean complete = req.flag("complete");
        Boolean internal = req.flag("internal");
        if (active != null) {
            q.where("COALESCE(r.active, 1) = ?", active ? 1 : 0);
        }
        if (complete != null) {
            q.where("COALESCE(r.complete, 0) = ?", complete ? 1 : 0);
        }
        if (internal != null) {
            q.where("COALESCE(" + Acct.j("internal") + ", 0) = ?", internal ? 1 : 0);
        }
        String clientId = req.param("client_id");
        if (clientId != null && !clientId.isBlank()) {
            q.where("CAST(r.client_id AS TEXT) = ?", clientId.trim());
        }
        // updated_since: a UTC instant (API.md §5.10, §6.2: `2020-10-17T05:00:00Z`), read as the time
        // entries' is (with or without Z, an offset, fractions); every write sets updated_at (UTC, whole
        // seconds), and both sides are compared in one fixed-width form
        String updatedSince = TimeTrackingRouter.instantParam(req, "updated_since");
        if (updatedSince != null) {
            q.where("COALESCE(strftime('%Y-%m-%dT%H:%M:%f', " + Acct.j("updated_at") + "), '') >= ?", updatedSince);
        }
        String sort = req.param("sort");
        if (sort != null) {
            boolean desc = sort.startsWith("-");
            String key = desc ? sort.substring(1) : sort;
            String expr =
                    switch (key) {
                        case "created_at" -> "COALESCE(" + Acct.j("created_at") + ", '')";
                        case "due_date" -> "COALESCE(" + Acct.j("due_date") + ", '')";
                        case "title" -> "fb_fold(COALESCE(" + Acct.j("title") + ", ''))";
                        default -> null;
                    };
            if (expr != null) {
                q.orderBy(expr + (desc ? " DESC" : " ASC") + ", r.id ASC");
            }
        }
        Paging p = Paging.of(req, 30);
        int total = ctx.tx.count(q);
        List<ObjectNode> docs = ctx.tx.page(q, p.perPage(), p.offset());
        Map<Long, ObjectNode> services = services(ctx, biz);
        boolean withLogged = Boolean.TRUE.equals(req.flag("include_logged_duration"));
        Map<Long, Long> logged = withLogged ? loggedByProject(ctx, biz, ClientsResource.ids(docs)) : Map.of();
        ObjectNode body = Json.obj();
        ObjectNode meta = p.meta(total);
        ObjectNode ordered = Json.obj();
        ordered.putArray("sort");
        ordered.setAll(meta);
        body.set("meta", ordered);
        ArrayNode arr = body.putArray("projects");
        for (ObjectNode d : docs) {
            arr.add(render(
                    d, services, withLogged ? logged.getOrDefault(d.path("id").asLong(), 0L) : null, false));
        }
        return Response.ok(body);
    }

    static ObjectNode load(Ctx ctx, Biz biz, String rawId) throws SQLException {
        long id;
        try {
            id = Long.parseLong(rawId);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("project", "id", rawId, "Requested resource could not be found.");
        }
        return ctx.tx
                .get("project", biz.id(), id)
                .orElseThrow(
                        () -> ApiException.notFound("project", "id", id, "Requested resource could not be found."));
    }

    private static Response respond(Request req, Ctx ctx, ObjectNode d, boolean abilities) throws SQLException {
        boolean withLogged = Boolean.TRUE.equals(req.flag("include_logged_duration"));
        long id = d.path("id").asLong();
        Long logged = withLogged ? loggedByProject(ctx, req.biz, List.of(id)).getOrDefault(id, 0L) : null;
        ObjectNode body = Json.obj();
        body.set("project", render(d, services(ctx, req.biz), logged, true));
        if (abilities) {
            ArrayNode a = body.putArray("abilities");
            for (String name : ABILITIES) {
                ObjectNode ab = a.addObject();
                ab.put("name", name);
                ab.put("value", !name.equals("can_generate_invoice") || d.hasNonNull("client_id"));
            }
        }
        return Response.ok(body);
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return respond(req, ctx, load(ctx, req.biz, req.var("id")), true);
    }

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("project");
        String title = Json.str(in, "title");
        if (title == null || title.isBlank()) {
            throw ApiException.validation(
                    2001, "title", "project", null, "field required", Map.of("title", "field required"));
        }
        long id = ctx.tx.nextId("project", 1001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("title", title.trim());
        d.putNull("description");
        d.putNull("due_date");
        d.putNull("client_id");
        d.put("internal", false);
        d.putNull("budget");
        d.putNull("fixed_price");
        d.putNull("rate");
        d.put("billing_method", "business_rate");
        d.put("project_type", "hourly_rate");
        d.putNull("project_manager_id");
        d.put("active", true);
        d.put("complete", false);
        d.put("sample", false);
        d.put("created_at", ctx.projectTs());
        d.put("billed_amount", "0.00");
        d.put("billed_status", "unbilled");
        d.putNull("retainer_id");
        d.put("expense_markup", "0");
        d.putArray("service_ids");
        apply(ctx, req.biz, d, in);
        if (!in.has("internal")) {
            d.put("internal", !d.hasNonNull("client_id"));
        }
        d.put("updated_at", ctx.projectTs());
        ObjectNode group = d.putObject("group");
        group.put("id", 10000 + id);
        ArrayNode members = group.putArray("members");
        for (ObjectNode tm : ctx.tx.list("team_member", req.biz.id())) {
            if (tm.path("identity_id").asLong(-1) == req.principal.identityId()) {
                ObjectNode m = members.addObject();
                m.put("id", tm.path("id").asLong());
                m.put("identity_id", req.principal.identityId());
                m.put("role", req.biz.role());
                m.put("first_name", Json.str(tm, "first_name", ""));
                m.put("last_name", Json.str(tm, "last_name", ""));
                m.put("email", Json.str(tm, "email", ""));
                m.put("company", req.biz.name());
                m.put("active", true);
            }
        }
        group.putArray("pending_invitations");
        ctx.tx.put("project", req.biz.id(), id, d);
        return respond(req, ctx, d, false);
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        ObjectNode in = req.resource("project");
        String title = Json.str(in, "title");
        if (title == null || title.isBlank()) {
            // L-KJ live: a project PUT without title fails; the sandbox answers with the validation body
            throw ApiException.validation(
                    2001, "title", "project", null, "field required", Map.of("title", "field required"));
        }
        d.put("title", title.trim());
        apply(ctx, req.biz, d, in);
        d.put("updated_at", ctx.projectTs());
        ctx.tx.put("project", req.biz.id(), d.path("id").asLong(), d);
        return respond(req, ctx, d, false);
    }

    private static Response delete(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        ctx.tx.delete("project", req.biz.id(), d.path("id").asLong());
        return Response.noContent();
    }

    private static void apply(Ctx ctx, Biz biz, ObjectNode d, ObjectNode in) throws SQLException {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.has("description")) {
            d.set(
                    "description",
                    in.get("description").isNull()
                            ? Json.F.nullNode()
                            : Json.F.textNode(in.get("description").asText()));
        }
        if (in.has("due_date")) {
            try {
                String v = Acct.dateField(in, "due_date", "project");
                d.set("due_date", v == null ? Json.F.nullNode() : Json.F.textNode(v));
            } catch (ApiException e) {
                errors.put("due_date", "Not a valid date.");
            }
        }
        if (in.has("client_id")) {
            JsonNode v = in.get("client_id");
            if (v.isNull() || v.asText().isBlank()) {
                d.putNull("client_id");
            } else {
                Long cid = Json.lng(in, "client_id");
                if (cid == null) {
                    errors.put("client_id", "Not a valid integer.");
                } else if (ctx.tx.get("client", biz.id(), cid).isEmpty()) {
                    errors.put("client_id", "Client not found.");
                } else {
                    d.put("client_id", cid);
                    if (!in.has("internal")) {
                        d.put("internal", false);
                    }
                }
            }
        }
        if (in.has("internal")) {
            d.put("internal", Json.bool(in, "internal", false));
        }
        if (in.has("budget")) {
            JsonNode v = in.get("budget");
            if (v.isNull()) {
                d.putNull("budget");
            } else {
                Long b = Json.lng(in, "budget");
                if (b == null || b < 0) {
                    errors.put("budget", "Not a valid integer.");
                } else {
                    d.put("budget", b);
                }
            }
        }
        for (String f : List.of("fixed_price", "rate")) {
            if (in.has(f)) {
                JsonNode v = in.get(f);
                if (v.isNull() || v.asText().isBlank()) {
                    d.putNull(f);
                } else {
                    try {
                        BigDecimal dec = new BigDecimal(v.asText().trim());
                        if (dec.signum() < 0) {
                            throw new NumberFormatException();
                        }
                        d.put(f, dec.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
                    } catch (NumberFormatException e) {
                        errors.put(f, "Not a valid decimal.");
                    }
                }
            }
        }
        if (in.has("billing_method")) {
            String v = Json.str(in, "billing_method");
            if (v == null || !BILLING_METHODS.contains(v)) {
                errors.put(
                        "billing_method",
                        "Must be one of: " + String.join(", ", new java.util.TreeSet<>(BILLING_METHODS)) + ".");
            } else {
                d.put("billing_method", v);
            }
        }
        if (in.has("project_type")) {
            String v = Json.str(in, "project_type");
            if (v == null || !PROJECT_TYPES.contains(v)) {
                errors.put("project_type", "Must be one of: fixed_price, hourly_rate.");
            } else {
                d.put("project_type", v);
            }
        }
        if (in.has("project_manager_id")) {
            Json.putLong(d, "project_manager_id", Json.lng(in, "project_manager_id"));
        }
        for (String f : List.of("active", "complete")) {
            if (in.has(f)) {
                d.put(f, Json.bool(in, f, f.equals("active")));
            }
        }
        if (in.has("expense_markup")) {
            d.put("expense_markup", Json.str(in, "expense_markup", "0"));
        }
        if (in.has("retainer_id")) {
            Json.putLong(d, "retainer_id", Json.lng(in, "retainer_id"));
        }
        if (!errors.isEmpty()) {
            String first = errors.keySet().iterator().next();
            throw ApiException.validation(2001, first, "project", null, errors.get(first), errors);
        }
    }
}
