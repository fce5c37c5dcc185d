package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Time tracking family ({@code /timetracking/business/{business_id}/time_entries}, API.md §5.11 and §12). */
final class TimeTrackingRouter {
    private TimeTrackingRouter() {}

    /** An instant as the store's {@code started_key}: UTC, fixed width, milliseconds. */
    static final DateTimeFormatter KEY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private static final byte[] META = "{\"meta\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENTRIES = ",\"time_entries\":".getBytes(StandardCharsets.UTF_8);

    static void register(Routes r) {
        String base = "/timetracking/business/{bid}/time_entries";
        r.add("GET", base, "user:time_entries:read", Routes.Scoping.BUSINESS, TimeTrackingRouter::list);
        r.add("POST", base, "user:time_entries:write", Routes.Scoping.BUSINESS, TimeTrackingRouter::create);
        r.add("GET", base + "/{id}", "user:time_entries:read", Routes.Scoping.BUSINESS, TimeTrackingRouter::get);
        r.add("PUT", base + "/{id}", "user:time_entries:write", Routes.Scoping.BUSINESS, TimeTrackingRouter::update);
        r.add("DELETE", base + "/{id}", "user:time_entries:write", Routes.Scoping.BUSINESS, TimeTrackingRouter::delete);
    }

    static ObjectNode render(JsonNode d) {
        ObjectNode o = Json.obj();
        o.put("id", d.path("id").asLong());
        o.put("identity_id", d.path("identity_id").asLong());
        o.put("is_logged", Json.bool(d, "is_logged", true));
        String started = Json.str(d, "started_at");
        String zone = Json.str(d, "local_timezone", "America/Toronto");
        o.put("local_started_at", Ctx.PROJECT_TS.format(Instant.parse(started).atZone(ZoneId.of(zone))));
        o.put("local_timezone", zone);
        o.put("started_at", started);
        o.put("created_at", Json.str(d, "created_at"));
        Json.copy(o, d, "client_id", null);
        Json.copy(o, d, "project_id", null);
        o.putNull("pending_client");
        o.putNull("pending_project");
        o.putNull("pending_task");
        Json.copy(o, d, "task_id", null);
        Json.copy(o, d, "service_id", null);
        o.put("note", Json.str(d, "note", ""));
        o.put("active", Json.bool(d, "active", true));
        o.put("billable", Json.bool(d, "billable", false));
        o.put("billed", Json.bool(d, "billed", false));
        o.put("internal", Json.bool(d, "internal", false));
        Json.copy(o, d, "retainer_id", null);
        Json.copy(o, d, "duration", null);
        Json.copy(o, d, "timer", null);
        return o;
    }

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Query q = filter(req);
        Paging p = Paging.of(req, 30);
        // the total and the totals of the whole filtered set: computed once for all its pages
        String key = req.biz.id() + "@" + ctx.tx.version("time_entry", req.biz.id()) + ":" + q.key();
        TotalsCache.Totals totals = ctx.totals.get(key);
        if (totals == null) {
            totals = new TotalsCache.Totals(ctx.tx.count(q), Json.bytes(totals(ctx, q)));
            ctx.totals.put(key, totals);
        }
        ArrayNode entries = Json.arr();
        for (ObjectNode d : ctx.tx.page(q, p.perPage(), p.offset())) {
            entries.add(render(d));
        }
        // {"meta":{total, per_page, page, pages, then the cached totals},"time_entries":[...]}, as bytes:
        // the totals (~1.3 MB on a big account) are copied, never encoded again
        byte[] paging = Json.bytes(p.meta(totals.total()));
        byte[] cached = totals.json();
        byte[] list = Json.bytes(entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream(paging.length + cached.length + list.length + 32);
        out.writeBytes(META);
        out.write(paging, 0, paging.length - 1);
        out.write(',');
        out.write(cached, 1, cached.length - 1);
        out.writeBytes(ENTRIES);
        out.writeBytes(list);
        out.write('}');
        return Response.bytes("application/json; charset=utf-8", out.toByteArray());
    }

    /** The list filters (bare query parameters), newest first whatever {@code sort} says (L-GS live). */
    private static Query filter(Request req) {
        String identity = req.param("identity_id");
        String project = req.param("project_id");
        boolean team = (identity == null || identity.isBlank()) && Boolean.TRUE.equals(req.flag("team"));
        Query q = new Query("time_entry", req.biz.id())
                .indexedBy(
                        project != null && !project.isBlank()
                                ? "ix_time_project"
                                : team ? "ix_time_team" : "ix_time_own");
        if (identity != null && !identity.isBlank()) {
            idEquals(q, "r.identity_id", identity);
        } else if (!Boolean.TRUE.equals(req.flag("team"))) {
            q.where("r.identity_id = ?", req.principal.identityId());
        }
        if (!Boolean.TRUE.equals(req.flag("include_unlogged"))) {
            q.where("COALESCE(r.is_logged, 1) = 1");
        }
        if (!Boolean.TRUE.equals(req.flag("include_deleted"))) {
            q.where("COALESCE(r.active, 1) = 1");
        }
        for (String[] f : new String[][] {
            {"client_id", "r.client_id"},
            {"project_id", "r.project_id"},
            {"service_id", Acct.j("service_id")},
            {"task_id", Acct.j("task_id")}
        }) {
            String want = req.param(f[0]);
            if (want != null && !want.isBlank()) {
                idEquals(q, f[1], want);
            }
        }
        Boolean billable = req.flag("billable");
        if (billable != null) {
            q.where("COALESCE(r.billable, 0) = ?", billable ? 1 : 0);
        }
        Boolean billed = req.flag("billed");
        if (billed != null) {
            q.where("COALESCE(r.billed, 0) = ?", billed ? 1 : 0);
        }
        String from = instantParam(req, "started_from");
        if (from != null) {
            q.where("r.started_key >= ?", from);
        }
        String to = instantParam(req, "started_to");
        if (to != null) {
            q.where("r.started_key <= ?", to);
        }
        String updatedSince = instantParam(req, "updated_since");
        if (updatedSince != null) {
            q.where(
                    "COALESCE(strftime('%Y-%m-%dT%H:%M:%f', " + Acct.j("updated_at") + "), r.started_key) >= ?",
                    updatedSince);
        }
        return q.orderBy("r.started_key DESC, r.id DESC");
    }

    /** {@code expr} is the integer written exactly as {@code raw} (trimmed); anything else matches nothing. */
    private static void idEquals(Query q, String expr, String raw) {
        String t = raw.trim();
        try {
            long v = Long.parseLong(t);
            if (Long.toString(v).equals(t)) {
                q.where(expr + " = ?", v);
                return;
            }
        } catch (NumberFormatException ignored) {
            // no match
        }
        q.where("0");
    }

    /** {@code name} as an instant in the store's {@link #KEY} form; null when absent; 422 when unreadable. */
    static String instantParam(Request req, String name) {
        String v = req.param(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return KEY.format(parseInstant(v.trim()));
        } catch (DateTimeParseException e) {
            throw ApiException.validation(
                    2001, name, null, v, "Not a valid datetime.", Map.of(name, "Not a valid datetime."));
        }
    }

    private static Instant parseInstant(String v) {
        if (v.length() == 10) {
            return java.time.LocalDate.parse(v)
                    .atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant();
        }
        if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return java.time.OffsetDateTime.parse(v).toInstant();
        }
        return java.time.LocalDateTime.parse(v).toInstant(java.time.ZoneOffset.UTC);
    }

    /** One group of logged entries: who, client, project, UTC day; seconds; unbilled seconds; its newest entry. */
    private record Group(long who, long client, long project, String day, long logged, long unbilled, String newest) {}

    /**
     * {@code meta} with paging and the logged-time totals of the whole filtered set (fixture shape),
     * summed by SQLite per (team member, client, project, day). Groups come in the order of their
     * newest entry, so every breakdown lists its keys in the order they first appear in the list.
     */
    private static ObjectNode totals(Ctx ctx, Query filtered) throws SQLException {
        ObjectNode meta = Json.obj();
        Query q = filtered.copy().where("COALESCE(r.is_logged, 1) = 1");
        List<Group> groups = ctx.tx.aggregate(
                q,
                "r.identity_id, COALESCE(r.client_id, -1), COALESCE(r.project_id, -1), substr(r.started_key, 1, 10),"
                        + " SUM(COALESCE(r.duration, 0)),"
                        + " SUM(CASE WHEN COALESCE(r.billed, 0) = 0 THEN COALESCE(r.duration, 0) ELSE 0 END),"
                        + " MAX(r.started_key || printf('%020d', r.id))",
                "1, 2, 3, 4",
                rs -> new Group(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getString(7)));
        groups.sort(Comparator.comparing(Group::newest, Comparator.nullsLast(Comparator.reverseOrder())));
        long totalLogged = 0;
        long totalUnbilled = 0;
        Map<Long, Map<Long, Map<Long, Long>>> perMember = new TreeMap<>();
        Map<Long, Map<String, Map<Long, Long>>> perMemberDay = new TreeMap<>();
        Map<Long, Map<Long, Long>> perClient = new LinkedHashMap<>();
        for (Group g : groups) {
            totalLogged += g.logged();
            totalUnbilled += g.unbilled();
            perMember
                    .computeIfAbsent(g.who(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(g.client(), k -> new LinkedHashMap<>())
                    .merge(g.project(), g.logged(), Long::sum);
            perMemberDay
                    .computeIfAbsent(g.who(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(g.day() == null ? "" : g.day(), k -> new LinkedHashMap<>())
                    .merge(g.client(), g.logged(), Long::sum);
            perClient.computeIfAbsent(g.client(), k -> new TreeMap<>()).merge(g.who(), g.logged(), Long::sum);
        }
        meta.put("total_logged", totalLogged);
        meta.put("total_unbilled", totalUnbilled);
        ArrayNode members = meta.putArray("total_logged_per_team_member");
        perMember.forEach((who, clients) -> {
            ObjectNode m = members.addObject();
            m.put("identity_id", who);
            m.put(
                    "total_logged",
                    clients.values().stream()
                            .flatMap(x -> x.values().stream())
                            .mapToLong(Long::longValue)
                            .sum());
            ArrayNode pc = m.putArray("total_logged_per_client");
            clients.forEach((ck, projects) -> {
                ObjectNode c = pc.addObject();
                putKey(c, "client_id", ck);
                c.put(
                        "total_logged",
                        projects.values().stream().mapToLong(Long::longValue).sum());
                ArrayNode pp = c.putArray("total_logged_per_project");
                projects.forEach((pk, dur) -> {
                    ObjectNode pr = pp.addObject();
                    putKey(pr, "project_id", pk);
                    pr.put("total_logged", dur);
                });
            });
            ArrayNode pd = m.putArray("total_logged_per_day");
            perMemberDay.getOrDefault(who, Map.of()).forEach((day, byClient) -> {
                ObjectNode dn = pd.addObject();
                dn.put("date", day);
                dn.put(
                        "total_logged",
                        byClient.values().stream().mapToLong(Long::longValue).sum());
                ArrayNode dc = dn.putArray("total_logged_per_client");
                byClient.forEach((ck, dur) -> {
                    ObjectNode c = dc.addObject();
                    putKey(c, "client_id", ck);
                    c.put("total_logged", dur);
                });
            });
        });
        ArrayNode clients = meta.putArray("total_logged_per_client");
        perClient.forEach((ck, byMember) -> {
            ObjectNode c = clients.addObject();
            putKey(c, "client_id", ck);
            c.put(
                    "total_logged",
                    byMember.values().stream().mapToLong(Long::longValue).sum());
            ArrayNode tm = c.putArray("total_logged_per_team_member");
            byMember.forEach((who, dur) -> {
                ObjectNode m = tm.addObject();
                m.put("identity_id", who);
                m.put("total_logged", dur);
            });
        });
        return meta;
    }

    private static void putKey(ObjectNode o, String field, long key) {
        if (key < 0) {
            o.putNull(field);
        } else {
            o.put(field, key);
        }
    }

    private static ObjectNode load(Ctx ctx, Biz biz, String rawId) throws SQLException {
        try {
            long id = Long.parseLong(rawId);
            return ctx.tx
                    .get("time_entry", biz.id(), id)
                    .orElseThrow(() ->
                            ApiException.notFound("time_entry", "id", id, "Requested resource could not be found."));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("time_entry", "id", rawId, "Requested resource could not be found.");
        }
    }

    private static Response one(JsonNode d) {
        ObjectNode body = Json.obj();
        body.set("time_entry", render(d));
        return Response.ok(body);
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return one(load(ctx, req.biz, req.var("id")));
    }

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("time_entry");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!in.hasNonNull("started_at")) {
            errors.put("started_at", in.has("started_at") ? "none is not an allowed value" : "field required");
        }
        boolean logged = Json.bool(in, "is_logged", true);
        if (logged && !in.hasNonNull("duration")) {
            errors.put("duration", "field required");
        }
        if (!errors.isEmpty()) {
            String first = errors.keySet().iterator().next();
            throw ApiException.validation(2001, first, "time_entry", null, errors.get(first), errors);
        }
        long id = ctx.tx.nextId("time_entry", 6001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("identity_id", req.principal.identityId());
        d.put("is_logged", logged);
        d.put("local_timezone", req.biz.timezone());
        d.put("created_at", ctx.isoZ());
        d.putNull("client_id");
        d.putNull("project_id");
        d.putNull("service_id");
        d.putNull("task_id");
        d.put("note", "");
        d.put("active", true);
        d.put("billed", false);
        d.putNull("retainer_id");
        d.putNull("duration");
        d.putNull("timer");
        apply(ctx, req, d, in, true);
        if (!logged) {
            ObjectNode timer = d.putObject("timer");
            timer.put("id", ctx.tx.nextId("timer", 152001));
            timer.put("is_running", true);
            d.putNull("duration");
        }
        d.put("updated_at", ctx.isoZ());
        ctx.tx.put("time_entry", req.biz.id(), id, d);
        linkService(ctx, req.biz, d);
        return one(d);
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        ObjectNode in = req.resource("time_entry");
        if (in.has("started_at") && in.get("started_at").isNull()) {
            throw ApiException.validation(
                    2001,
                    "started_at",
                    "time_entry",
                    null,
                    "none is not an allowed value",
                    Map.of("started_at", "none is not an allowed value"));
        }
        boolean wasLogged = Json.bool(d, "is_logged", true);
        apply(ctx, req, d, in, false);
        if (in.has("is_logged")) {
            boolean logged = Json.bool(in, "is_logged", true);
            d.put("is_logged", logged);
            if (logged && !wasLogged) {
                // stopping a running timer: the duration is given, or the time since started_at
                if (!in.hasNonNull("duration")) {
                    long secs = ctx.now().getEpochSecond()
                            - Instant.parse(Json.str(d, "started_at")).getEpochSecond();
                    d.put("duration", Math.max(0, secs));
                }
                if (d.get("timer") != null && d.get("timer").isObject()) {
                    ((ObjectNode) d.get("timer")).put("is_running", false);
                }
            } else if (!logged && wasLogged) {
                ObjectNode timer = d.putObject("timer");
                timer.put("id", ctx.tx.nextId("timer", 152001));
                timer.put("is_running", true);
                d.putNull("duration");
            }
        }
        d.put("updated_at", ctx.isoZ());
        ctx.tx.put("time_entry", req.biz.id(), d.path("id").asLong(), d);
        linkService(ctx, req.biz, d);
        return one(d);
    }

    private static Response delete(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, req.var("id"));
        d.put("active", false);
        d.put("updated_at", ctx.isoZ());
        ctx.tx.put("time_entry", req.biz.id(), d.path("id").asLong(), d);
        return Response.noContent();
    }

    private static void apply(Ctx ctx, Request req, ObjectNode d, ObjectNode in, boolean creating) throws SQLException {
        Map<String, String> errors = new LinkedHashMap<>();
        Biz biz = req.biz;
        if (in.hasNonNull("started_at")) {
            try {
                d.put(
                        "started_at",
                        parseInstant(in.get("started_at").asText().trim()).toString());
            } catch (DateTimeParseException e) {
                errors.put("started_at", "Not a valid datetime.");
            }
        }
        if (in.has("duration") && !in.get("duration").isNull()) {
            Long dur = Json.lng(in, "duration");
            if (dur == null
                    || dur < 0
                    || !in.get("duration").isIntegralNumber()
                            && !in.get("duration").isTextual()) {
                errors.put("duration", "Not a valid integer.");
            } else {
                d.put("duration", dur);
            }
        }
        if (in.has("identity_id") && !in.get("identity_id").isNull()) {
            Long who = Json.lng(in, "identity_id");
            boolean member = false;
            for (ObjectNode tm : ctx.tx.list("team_member", biz.id())) {
                member |= who != null && tm.path("identity_id").asLong(-1) == who;
            }
            if (!member) {
                errors.put("identity_id", "Not a team member of this business.");
            } else {
                d.put("identity_id", who);
            }
        }
        ObjectNode project = null;
        for (String f : List.of("client_id", "project_id", "service_id", "task_id", "retainer_id")) {
            if (!in.has(f)) {
                continue;
            }
            JsonNode v = in.get(f);
            if (v.isNull() || v.asText().isBlank()) {
                d.putNull(f);
                continue;
            }
            Long id = Json.lng(in, f);
            if (id == null) {
                errors.put(f, "Not a valid integer.");
                continue;
            }
            String kind =
                    switch (f) {
                        case "client_id" -> "client";
                        case "project_id" -> "project";
                        case "service_id" -> "service";
                        default -> null;
                    };
            if (kind != null) {
                var found = ctx.tx.get(kind, biz.id(), id);
                if (found.isEmpty()) {
                    errors.put(f, Acct.capital(kind) + " not found.");
                    continue;
                }
                if (kind.equals("project")) {
                    project = found.get();
                }
            }
            d.put(f, id);
        }
        if (project != null && !in.hasNonNull("client_id") && project.hasNonNull("client_id")) {
            d.put("client_id", project.get("client_id").asLong());
        }
        if (in.has("note")) {
            d.put("note", Json.str(in, "note", ""));
        }
        for (String f : List.of("billed", "active")) {
            if (in.has(f)) {
                d.put(f, Json.bool(in, f, false));
            }
        }
        d.put("internal", !d.hasNonNull("client_id"));
        if (in.has("billable")) {
            d.put("billable", Json.bool(in, "billable", false));
        } else if (creating) {
            d.put("billable", d.hasNonNull("client_id"));
        }
        if (!errors.isEmpty()) {
            String first = errors.keySet().iterator().next();
            throw ApiException.validation(2001, first, "time_entry", null, errors.get(first), errors);
        }
        Objects.requireNonNull(d.get("started_at"), "started_at");
    }

    /** Logging time against a project and service adds the service to the project's services. */
    private static void linkService(Ctx ctx, Biz biz, ObjectNode d) throws SQLException {
        Long pid = Json.lng(d, "project_id");
        Long sid = Json.lng(d, "service_id");
        if (pid == null || sid == null) {
            return;
        }
        var project = ctx.tx.get("project", biz.id(), pid);
        if (project.isEmpty()) {
            return;
        }
        ArrayNode ids = (ArrayNode) project.get().withArray("service_ids");
        for (JsonNode x : ids) {
            if (x.asLong() == sid) {
                return;
            }
        }
        ids.add(sid);
        ctx.tx.put("project", biz.id(), pid, project.get());
    }
}
