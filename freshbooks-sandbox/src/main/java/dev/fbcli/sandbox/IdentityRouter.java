package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Identity family ({@code /auth/api/v1/...}, API.md §3): {@code users/me}, team members, and the
 * Postman collection's project invitation endpoint.
 */
final class IdentityRouter {
    private IdentityRouter() {}

    static void register(Routes r) {
        r.add("GET", "/auth/api/v1/users/me", "user:profile:read", Routes.Scoping.NONE, IdentityRouter::me);
        r.add(
                "GET",
                "/auth/api/v1/businesses/{bid}/team_members",
                "user:teams:read",
                Routes.Scoping.BUSINESS,
                IdentityRouter::teamMembers);
        r.add(
                "GET",
                "/auth/api/v1/businesses/{bid}/team_members/{uuid}",
                "user:teams:read",
                Routes.Scoping.BUSINESS,
                IdentityRouter::teamMember);
        r.add("POST", "/auth/api/v1/users/invitation", "user:teams:write", Routes.Scoping.NONE, IdentityRouter::invite);
    }

    // ------------------------------------------------------------------ users/me

    private static Response me(Request req, Ctx ctx) throws SQLException {
        long identityId = req.principal.identityId();
        ObjectNode ident = Directory.identity(ctx.tx, identityId).orElseThrow(ApiException::unauthorized);
        List<Biz> businesses = Directory.businessesOf(ctx.tx, identityId);
        String first = Json.str(ident, "first_name", "");
        String last = Json.str(ident, "last_name", "");
        String uuid = Json.str(ident, "identity_uuid", "");
        String created = Json.str(ident, "created_at", ctx.isoZ());

        ObjectNode me = Json.obj();
        me.put("id", identityId);
        ObjectNode profile = me.putObject("profile");
        profile.put("setup_complete", true);
        profile.put("first_name", first);
        profile.put("last_name", last);
        profile.putNull("phone_number");
        profile.putNull("address");
        ObjectNode prof = profile.putArray("professions").addObject();
        prof.put("id", 52000 + identityId % 1000);
        prof.putNull("business_id");
        prof.put("title", "Owner");
        prof.put("company", businesses.isEmpty() ? "" : businesses.get(0).name());
        prof.putNull("designation");
        profile.put("has_password", true);
        me.put("identity_id", identityId);
        me.put("identity_uuid", uuid);
        me.put("first_name", first);
        me.put("last_name", last);
        me.put("email", Json.str(ident, "email", ""));
        me.put("language", "en");
        me.put("confirmed_at", created);
        me.put("created_at", created);
        me.putNull("unconfirmed_email");
        me.put("setup_complete", true);
        ObjectNode phone = me.putArray("phone_numbers").addObject();
        phone.put("title", "");
        phone.putNull("phone_number");
        me.putArray("addresses").addNull();
        me.set("profession", prof.deepCopy());
        ObjectNode links = me.putObject("links");
        links.put("me", "/service/auth/api/v1/users?id=" + identityId);
        links.put("roles", "/service/auth/api/v1/users/role/" + identityId);
        ObjectNode permissions = me.putObject("permissions");
        ArrayNode groups = me.putArray("groups");
        ObjectNode subscriptions = me.putObject("subscription_statuses");
        me.putObject("integrations");
        ArrayNode memberships = me.putArray("business_memberships");
        me.putNull("identity_origin");
        ArrayNode roles = me.putArray("roles");
        int i = 0;
        for (JsonNode m : ident.path("memberships")) {
            Biz b = businesses.stream()
                    .filter(x -> x.id() == m.path("business_id").asLong())
                    .findFirst()
                    .orElse(null);
            if (b == null) {
                continue;
            }
            i++;
            if (b.accountId() != null) {
                permissions.putObject(b.accountId());
                subscriptions.put(b.accountId(), "active");
            }
            ObjectNode g = groups.addObject();
            g.put("id", 12000 + i);
            g.put("group_id", 7600 + i);
            g.put("role", b.role());
            g.put("identity_id", identityId);
            g.put("identity_uuid", uuid);
            g.put("business_id", b.id());
            g.put("active", true);

            ObjectNode ms = memberships.addObject();
            ms.put("id", m.path("id").asLong());
            ms.put("role", b.role());
            ms.put("unacknowledged_change", false);
            ObjectNode biz = ms.putObject("business");
            biz.put("id", b.id());
            biz.put("business_uuid", b.uuid());
            biz.put("name", b.name());
            biz.put("account_id", b.accountId());
            biz.put("date_format", Json.str(b.doc(), "date_format", "mm/dd/yyyy"));
            ObjectNode addr = biz.putObject("address");
            addr.put("id", 76000 + i);
            addr.put("street", "");
            addr.put("city", "");
            addr.put("province", "");
            addr.put("country", "");
            addr.put("postal_code", "");
            ObjectNode ph = biz.putObject("phone_number");
            ph.put("id", 666000 + i);
            ph.putNull("phone_number");
            biz.putArray("business_clients");
            biz.put("timezone", b.timezone());

            if (b.accountId() != null) {
                ObjectNode role = roles.addObject();
                role.put("id", 61000 + i);
                role.put("role", b.role().equals("owner") ? "admin" : "business_employee");
                role.put("systemid", 654000 + i);
                role.put("userid", b.role().equals("owner") ? 1 : 1 + i);
                role.put("created_at", created);
                role.putObject("links").put("destroy", "/service/auth/api/v1/users/role/" + (61000 + i));
                role.put("accountid", b.accountId());
            }
        }
        ObjectNode body = Json.obj();
        body.set("response", me);
        return Response.ok(body);
    }

    // ------------------------------------------------------------------ team members

    static ObjectNode renderMember(JsonNode d) {
        ObjectNode m = Json.obj();
        for (String f : List.of(
                "uuid",
                "first_name",
                "middle_name",
                "last_name",
                "email",
                "job_title",
                "street_1",
                "street_2",
                "city",
                "province",
                "country",
                "postal_code",
                "phone_number",
                "business_id",
                "business_role_name",
                "active",
                "identity_id",
                "invitation_date_accepted",
                "created_at",
                "updated_at")) {
            Json.copy(m, d, f, null);
        }
        return m;
    }

    private static Response teamMembers(Request req, Ctx ctx) throws SQLException {
        Boolean active = req.flag("active");
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode d : ctx.tx.list("team_member", req.biz.id())) {
            if (active != null && Json.bool(d, "active", true) != active) {
                continue;
            }
            out.add(renderMember(d));
        }
        Paging p = Paging.of(req, 15);
        ObjectNode body = Json.obj();
        ArrayNode arr = body.putArray("response");
        p.slice(out).forEach(arr::add);
        ObjectNode meta = body.putObject("meta");
        meta.put("page", p.page());
        meta.put("per_page", p.perPage());
        meta.put("total", out.size());
        return Response.ok(body);
    }

    private static Response teamMember(Request req, Ctx ctx) throws SQLException {
        String uuid = req.var("uuid");
        for (ObjectNode d : ctx.tx.list("team_member", req.biz.id())) {
            if (uuid.equals(Json.str(d, "uuid"))) {
                ObjectNode body = Json.obj();
                body.set("response", renderMember(d));
                return Response.ok(body);
            }
        }
        throw ApiException.notFound("team_member", "uuid", uuid, "Team member not found.");
    }

    // ------------------------------------------------------------------ invitation

    /**
     * {@code POST /auth/api/v1/users/invitation} (Postman: "Invite Team Member to Project(s)").
     * Chosen reading: an email of an existing team member with an identity joins each group at
     * once ({@code status: accepted}); any other email becomes a pending invitation on each group
     * and an inactive team member without identity ({@code status: pending}).
     */
    private static Response invite(Request req, Ctx ctx) throws SQLException {
        ObjectNode body = req.jsonBody();
        if (body.has("invitation") && body.get("invitation").isObject()) {
            body = (ObjectNode) body.get("invitation");
        }
        String email = Json.str(body, "to_email");
        if (email == null || email.isBlank()) {
            throw ApiException.validation(1001, "to_email", "invitation", null, "to_email is required.", null);
        }
        email = email.trim();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiException.validation(
                    1004, "to_email", "invitation", email, "to_email is not a valid email address.", null);
        }
        String type = Json.str(body, "invitable_type", "business");
        if (!type.equals("business")) {
            throw ApiException.validation(
                    1004, "invitable_type", "invitation", type, "invitable_type must be 'business'.", null);
        }
        Long bid = Json.lng(body, "invitable_id");
        if (bid == null) {
            throw ApiException.validation(1001, "invitable_id", "invitation", null, "invitable_id is required.", null);
        }
        Biz biz = Directory.businessesOf(ctx.tx, req.principal.identityId()).stream()
                .filter(b -> b.id() == bid)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("business", "invitable_id", bid, "Business not found."));
        String capacity = Json.str(body, "capacity", "employee");

        // resolve every group first, so that a bad group id changes nothing
        JsonNode groupsIn = body.path("groups");
        if (!groupsIn.isMissingNode() && !groupsIn.isArray()) {
            throw ApiException.validation(1004, "groups", "invitation", null, "groups must be an array.", null);
        }
        List<ObjectNode> projects = ctx.tx.list("project", biz.id());
        List<ObjectNode> targets = new ArrayList<>();
        List<String> capacities = new ArrayList<>();
        for (JsonNode g : groupsIn) {
            Long gid = Json.lng(g, "group_id");
            ObjectNode project = projects.stream()
                    .filter(p -> gid != null && p.path("group").path("id").asLong() == gid)
                    .findFirst()
                    .orElseThrow(() -> ApiException.notFound("group", "group_id", gid, "Group not found."));
            targets.add(project);
            capacities.add(Json.str(g, "capacity", capacity));
        }

        Optional<ObjectNode> member = Optional.empty();
        for (ObjectNode tm : ctx.tx.list("team_member", biz.id())) {
            if (email.equalsIgnoreCase(Json.str(tm, "email", "")) && tm.hasNonNull("identity_id")) {
                member = Optional.of(tm);
            }
        }
        long invitationId = ctx.tx.nextId("invitation", 910001);
        String status = member.isPresent() ? "accepted" : "pending";
        for (int i = 0; i < targets.size(); i++) {
            ObjectNode project = targets.get(i);
            ObjectNode group = (ObjectNode) project.get("group");
            if (member.isPresent()) {
                ObjectNode tm = member.get();
                ArrayNode members = (ArrayNode) group.withArray("members");
                boolean already = false;
                for (JsonNode m : members) {
                    already |= m.path("identity_id").asLong(-1)
                            == tm.path("identity_id").asLong(-2);
                }
                if (!already) {
                    ObjectNode m = members.addObject();
                    m.put("id", tm.get("id").asLong());
                    m.set("identity_id", tm.get("identity_id"));
                    m.put("role", capacities.get(i));
                    m.put("first_name", Json.str(tm, "first_name", ""));
                    m.put("last_name", Json.str(tm, "last_name", ""));
                    m.put("email", Json.str(tm, "email", ""));
                    m.put("company", biz.name());
                    m.put("active", true);
                }
            } else {
                ArrayNode pending = (ArrayNode) group.withArray("pending_invitations");
                boolean already = false;
                for (JsonNode p : pending) {
                    already |= email.equalsIgnoreCase(p.path("email").asText());
                }
                if (!already) {
                    ObjectNode p = pending.addObject();
                    p.put("id", invitationId);
                    p.put("email", email);
                    p.put("role", capacities.get(i));
                    p.put("created_at", ctx.projectTs());
                }
            }
            project.put("updated_at", ctx.projectTs());
            ctx.tx.put("project", biz.id(), project.get("id").asLong(), project);
        }
        if (member.isEmpty()) {
            boolean known = false;
            for (ObjectNode tm : ctx.tx.list("team_member", biz.id())) {
                known |= email.equalsIgnoreCase(Json.str(tm, "email", ""));
            }
            if (!known) {
                long id = ctx.tx.nextId("team_member", 60001);
                ObjectNode tm = Json.obj();
                tm.put("id", id);
                tm.put("uuid", java.util.UUID.randomUUID().toString());
                tm.putNull("identity_id");
                tm.put("first_name", email.substring(0, email.indexOf('@')));
                tm.putNull("middle_name");
                tm.put("last_name", "");
                tm.put("email", email.toLowerCase(Locale.ROOT));
                tm.putNull("job_title");
                tm.put("business_id", biz.id());
                tm.put("business_role_name", capacity);
                tm.put("active", false);
                tm.putNull("invitation_date_accepted");
                tm.put("created_at", ctx.isoZ());
                tm.put("updated_at", ctx.isoZ());
                ctx.tx.put("team_member", biz.id(), id, tm);
            }
        }
        ObjectNode inv = Json.obj();
        inv.put("id", invitationId);
        inv.put("to_email", email);
        inv.put("capacity", capacity);
        inv.put("invitable_id", biz.id());
        inv.put("invitable_type", "business");
        ArrayNode groups = inv.putArray("groups");
        for (int i = 0; i < targets.size(); i++) {
            ObjectNode g = groups.addObject();
            g.put("group_id", targets.get(i).path("group").path("id").asLong());
            g.put("capacity", capacities.get(i));
        }
        inv.put("status", status);
        ctx.tx.put("invitation", biz.id(), invitationId, inv);
        ObjectNode out = Json.obj();
        out.putObject("response").set("invitation", inv);
        return Response.ok(out);
    }
}
