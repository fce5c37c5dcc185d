package dev.fbcli.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Tx;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seeds the sandbox from an account file: the shipped {@code demo-account.json} (Northwind Studio)
 * or another file with the same schema. Every {@code days_ago} / {@code create_days_ago} counts
 * back from the seeding day (in the business's time zone, from the injected clock), so the demo
 * account always looks current; ids, names and amounts are kept as written.
 *
 * <p>Schema extensions for test accounts: {@code identity.businesses} (an array of business
 * objects, each with an optional {@code role}) may replace {@code identity.business}, and any
 * seeded record may carry {@code business_id} to land in a business other than the first.
 *
 * <p>Records are stored with their intrinsic fields only; the routers add computed and default
 * fields when they render them.
 */
public final class DemoAccount {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE = "/dev/fbcli/sandbox/seed/demo-account.json";
    private static final DateTimeFormatter ACCOUNTING_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter VERSION_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter PROJECT_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ZoneId EASTERN = ZoneId.of("US/Eastern");

    private DemoAccount() {}

    /** Reads an account file, or the shipped demo account when {@code file} is null. */
    public static JsonNode load(Path file) throws IOException {
        JsonNode node;
        if (file == null) {
            try (InputStream in = DemoAccount.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("the demo account resource " + RESOURCE + " is missing from the jar");
                }
                node = JSON.readTree(in);
            }
        } else {
            try {
                node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException("the account file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        if (node == null || !node.path("identity").isObject()) {
            throw new IOException("the account file " + (file == null ? RESOURCE : file)
                    + " has no \"identity\" object (see demo-account.json for the schema)");
        }
        return node;
    }

    /** Writes the account into an empty database (call inside a write transaction). */
    public static void seed(Tx tx, JsonNode account, Clock clock) throws SQLException {
        new Seeding(tx, account, clock).run();
    }

    private static final class Seeding {
        private final Tx tx;
        private final JsonNode account;
        private final Instant now;
        private final List<ObjectNode> businesses = new ArrayList<>();
        private final Map<String, ObjectNode> teamByUuid = new HashMap<>();
        private final Map<Long, ObjectNode> clients = new HashMap<>();
        private final Map<Long, ObjectNode> invoices = new HashMap<>();
        private long defaultBiz;
        private LocalDate today;
        private ZoneId zone;

        Seeding(Tx tx, JsonNode account, Clock clock) {
            this.tx = tx;
            this.account = account;
            this.now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }

        void run() throws SQLException {
            JsonNode identity = account.get("identity");
            JsonNode bizList = identity.has("businesses")
                    ? identity.get("businesses")
                    : JSON.createArrayNode().add(identity.path("business"));
            if (!bizList.isArray() || bizList.isEmpty() || !bizList.get(0).has("id")) {
                throw new SQLException("the account file's identity has no business with an id");
            }
            ArrayNode memberships = JSON.createArrayNode();
            int n = 0;
            for (JsonNode b : bizList) {
                ObjectNode biz = JSON.createObjectNode();
                long id = b.path("id").asLong();
                biz.put("id", id);
                biz.put("business_uuid", b.path("business_uuid").asText(uuid("business", id)));
                if (b.hasNonNull("account_id")) {
                    biz.put("account_id", b.get("account_id").asText());
                } else {
                    biz.putNull("account_id");
                }
                biz.put("name", b.path("name").asText("Business " + id));
                biz.put("currency_code", b.path("currency_code").asText("USD"));
                biz.put("timezone", b.path("timezone").asText("America/Toronto"));
                biz.put("date_format", b.path("date_format").asText("mm/dd/yyyy"));
                tx.put("business", id, id, biz);
                businesses.add(biz);
                ObjectNode m = memberships.addObject();
                m.put("id", 140000 + (++n));
                m.put("business_id", id);
                m.put("role", b.path("role").asText("owner"));
            }
            defaultBiz = businesses.get(0).get("id").asLong();
            zone = ZoneId.of(businesses.get(0).get("timezone").asText());
            today = LocalDate.ofInstant(now, zone);

            long identityId = identity.path("identity_id").asLong();
            ObjectNode ident = JSON.createObjectNode();
            ident.put("identity_id", identityId);
            ident.put("identity_uuid", identity.path("identity_uuid").asText(uuid("identity", identityId)));
            ident.put("first_name", identity.path("first_name").asText());
            ident.put("last_name", identity.path("last_name").asText());
            ident.put("email", identity.path("email").asText());
            ident.put("created_at", now.minusSeconds(400L * 86400).toString());
            ident.set("memberships", memberships);
            tx.put("identity", 0, identityId, ident);

            teamMembers();
            clients();
            services();
            projects();
            categories();
            invoices();
            payments();
            timeEntries();
            expenses();
            taxes();

            tx.putMeta("primary_identity", Long.toString(identityId));
            tx.putMeta("seeded_at", now.toString());
            tx.putMeta("seeded_day", today.toString());
        }

        private long biz(JsonNode item) {
            return item.has("business_id") ? item.get("business_id").asLong() : defaultBiz;
        }

        private String bizName(long bizId) {
            for (ObjectNode b : businesses) {
                if (b.get("id").asLong() == bizId) {
                    return b.get("name").asText();
                }
            }
            return "";
        }

        private String bizCurrency(long bizId) {
            for (ObjectNode b : businesses) {
                if (b.get("id").asLong() == bizId) {
                    return b.get("currency_code").asText();
                }
            }
            return "USD";
        }

        private LocalDate daysAgo(JsonNode item, String field) {
            return today.minusDays(item.path(field).asLong(0));
        }

        /** Accounting timestamp (US/Eastern) of a local date at a given hour in the business zone. */
        private String eastern(LocalDate date, int hour) {
            return ACCOUNTING_TS.format(date.atTime(hour, 0).atZone(zone).withZoneSameInstant(EASTERN));
        }

        private void teamMembers() throws SQLException {
            int i = 0;
            for (JsonNode t : account.path("team_members")) {
                long id = t.has("id") ? t.get("id").asLong() : 60001 + i;
                i++;
                long bizId = biz(t);
                ObjectNode m = JSON.createObjectNode();
                m.put("id", id);
                m.put("uuid", t.path("uuid").asText(uuid("team_member", id)));
                if (t.hasNonNull("identity_id")) {
                    m.put("identity_id", t.get("identity_id").asLong());
                } else {
                    m.putNull("identity_id");
                }
                m.put("first_name", t.path("first_name").asText());
                m.putNull("middle_name");
                m.put("last_name", t.path("last_name").asText());
                m.put("email", t.path("email").asText());
                m.putNull("job_title");
                m.put("business_id", bizId);
                m.put("business_role_name", t.path("business_role_name").asText("employee"));
                m.put("active", t.path("active").asBoolean(true));
                String joined = now.minusSeconds(300L * 86400 - i * 3600L).toString();
                m.put("invitation_date_accepted", joined);
                m.put("created_at", joined);
                m.put("updated_at", joined);
                tx.put("team_member", bizId, id, m);
                teamByUuid.put(m.get("uuid").asText(), m);
            }
        }

        private void clients() throws SQLException {
            for (JsonNode c : account.path("clients")) {
                long id = c.path("id").asLong();
                long bizId = biz(c);
                ObjectNode d = ((ObjectNode) c).deepCopy();
                d.remove("business_id");
                d.put("id", id);
                d.put("currency_code", c.path("currency_code").asText(bizCurrency(bizId)));
                d.put("language", c.path("language").asText("en"));
                String base = (c.path("fname").asText("") + c.path("lname").asText(""))
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]", "");
                d.put("username", c.path("username").asText(base.isEmpty() ? "client" + id : base));
                LocalDate signup = today.minusDays(180 - clients.size());
                d.put("signup_date", ACCOUNTING_TS.format(signup.atTime(14, 0).atZone(ZoneOffset.UTC)));
                d.put("updated", eastern(signup, 10));
                d.put("vis_state", c.path("vis_state").asInt(0));
                tx.put("client", bizId, id, d);
                clients.put(id, d);
            }
        }

        private void services() throws SQLException {
            for (JsonNode s : account.path("services")) {
                long id = s.path("id").asLong();
                long bizId = biz(s);
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("business_id", bizId);
                d.put("name", s.path("name").asText());
                d.put("billable", s.path("billable").asBoolean(true));
                d.put("vis_state", 0);
                if (s.hasNonNull("rate")) {
                    d.put(
                            "rate",
                            new BigDecimal(s.get("rate").asText()).setScale(2).toPlainString());
                } else {
                    d.putNull("rate");
                }
                tx.put("service", bizId, id, d);
            }
        }

        private void projects() throws SQLException {
            Map<Long, List<Long>> servicesByProject = new LinkedHashMap<>();
            for (JsonNode t : account.path("time_entries")) {
                if (t.hasNonNull("project_id") && t.hasNonNull("service_id")) {
                    List<Long> l = servicesByProject.computeIfAbsent(
                            t.get("project_id").asLong(), k -> new ArrayList<>());
                    if (!l.contains(t.get("service_id").asLong())) {
                        l.add(t.get("service_id").asLong());
                    }
                }
            }
            int i = 0;
            for (JsonNode p : account.path("projects")) {
                long id = p.path("id").asLong();
                long bizId = biz(p);
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("title", p.path("title").asText());
                if (p.hasNonNull("description")) {
                    d.put("description", p.get("description").asText());
                } else {
                    d.putNull("description");
                }
                if (p.has("due_in_days")) {
                    d.put(
                            "due_date",
                            today.plusDays(p.get("due_in_days").asLong()).toString());
                } else {
                    d.putNull("due_date");
                }
                boolean internal = p.path("internal").asBoolean(false) || !p.hasNonNull("client_id");
                if (p.hasNonNull("client_id")) {
                    d.put("client_id", p.get("client_id").asLong());
                } else {
                    d.putNull("client_id");
                }
                d.put("internal", internal);
                if (p.has("budget_hours")) {
                    d.put("budget", Math.round(p.get("budget_hours").asDouble() * 3600));
                } else {
                    d.putNull("budget");
                }
                putDecimal(d, "fixed_price", p);
                putDecimal(d, "rate", p);
                d.put("billing_method", p.path("billing_method").asText("business_rate"));
                d.put("project_type", p.path("project_type").asText("hourly_rate"));
                d.putNull("project_manager_id");
                d.put("active", p.path("active").asBoolean(true));
                d.put("complete", p.path("complete").asBoolean(false));
                d.put("sample", false);
                String created = PROJECT_TS.format(today.minusDays(90 - i)
                        .atTime(LocalTime.of(15, 0))
                        .atZone(zone)
                        .withZoneSameInstant(ZoneOffset.UTC));
                i++;
                d.put("created_at", created);
                d.put("updated_at", created);
                d.put("billed_amount", "0.00");
                d.put("billed_status", "unbilled");
                d.putNull("retainer_id");
                d.put("expense_markup", "0");
                ArrayNode sids = d.putArray("service_ids");
                for (Long sid : servicesByProject.getOrDefault(id, List.of())) {
                    sids.add(sid);
                }
                ObjectNode group = d.putObject("group");
                group.put("id", 10000 + id);
                ArrayNode members = group.putArray("members");
                for (JsonNode uuid : p.path("members")) {
                    ObjectNode tm = teamByUuid.get(uuid.asText());
                    if (tm == null) {
                        throw new SQLException("project " + id + " names an unknown team member " + uuid.asText());
                    }
                    ObjectNode m = members.addObject();
                    m.put("id", tm.get("id").asLong());
                    m.set("identity_id", tm.get("identity_id"));
                    m.put("role", tm.get("business_role_name").asText());
                    m.put("first_name", tm.get("first_name").asText());
                    m.put("last_name", tm.get("last_name").asText());
                    m.put("email", tm.get("email").asText());
                    m.put("company", bizName(bizId));
                    m.put("active", true);
                }
                group.putArray("pending_invitations");
                tx.put("project", bizId, id, d);
            }
        }

        private void putDecimal(ObjectNode d, String field, JsonNode src) {
            if (src.hasNonNull(field)) {
                d.put(field, new BigDecimal(src.get(field).asText()).setScale(2).toPlainString());
            } else {
                d.putNull(field);
            }
        }

        private void categories() throws SQLException {
            for (JsonNode c : account.path("expense_categories")) {
                long id = c.path("id").asLong();
                long bizId = biz(c);
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("category", c.path("category").asText());
                if (c.hasNonNull("parentid")) {
                    d.put("parentid", c.get("parentid").asLong());
                } else {
                    d.putNull("parentid");
                }
                d.put("is_cogs", c.path("is_cogs").asBoolean(false));
                d.put("is_editable", c.path("is_editable").asBoolean(false));
                d.put("transaction_posted", false);
                String ts = eastern(today.minusDays(400), 9);
                d.put("created_at", ts);
                d.put("updated_at", ts);
                d.put("vis_state", 0);
                tx.put("category", bizId, id, d);
            }
        }

        private void invoices() throws SQLException {
            for (JsonNode inv : account.path("invoices")) {
                long id = inv.path("id").asLong();
                long bizId = biz(inv);
                long customer = inv.path("customerid").asLong();
                ObjectNode client = clients.get(customer);
                if (client == null) {
                    throw new SQLException("invoice " + id + " names an unknown client " + customer);
                }
                LocalDate created = daysAgo(inv, "create_days_ago");
                String currency = inv.path("currency_code")
                        .asText(client.path("currency_code").asText(bizCurrency(bizId)));
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("invoice_number", inv.path("invoice_number").asText(String.format("%04d", id)));
                d.put("customerid", customer);
                d.put("create_date", created.toString());
                d.put("due_offset_days", inv.path("due_offset_days").asInt(0));
                d.put("currency_code", currency);
                int status = inv.path("viewed").asBoolean(false)
                        ? 3
                        : inv.path("sent").asBoolean(false) ? 2 : 1;
                d.put("status", status);
                d.put("discount_value", inv.path("discount_value").asText("0"));
                d.put("notes", inv.path("notes").asText(""));
                d.putNull("terms");
                d.put("language", client.path("language").asText("en"));
                ArrayNode lines = d.putArray("lines");
                int lineNo = 0;
                String ts = eastern(created, 9);
                for (JsonNode l : inv.path("lines")) {
                    ObjectNode line = lines.addObject();
                    line.put("lineid", ++lineNo);
                    line.put("name", l.path("name").asText(""));
                    line.put("description", l.path("description").asText(""));
                    line.put(
                            "qty",
                            new BigDecimal(l.path("qty").asText("1"))
                                    .stripTrailingZeros()
                                    .toPlainString());
                    line.put(
                            "unit_cost",
                            new BigDecimal(l.path("unit_cost").asText("0"))
                                    .setScale(2)
                                    .toPlainString());
                    line.put("type", 0);
                    line.put("updated", ts);
                }
                d.put("created_at", ts);
                d.put("updated", ts);
                d.put(
                        "version",
                        VERSION_TS.format(created.atTime(9, 0).atZone(zone).withZoneSameInstant(EASTERN)));
                d.put("uuid", uuid("invoice", id));
                d.put("vis_state", 0);
                tx.put("invoice", bizId, id, d);
                invoices.put(id, d);
            }
        }

        private void payments() throws SQLException {
            for (JsonNode p : account.path("payments")) {
                long id = p.path("id").asLong();
                long bizId = biz(p);
                long invoiceId = p.path("invoiceid").asLong();
                ObjectNode inv = invoices.get(invoiceId);
                if (inv == null) {
                    throw new SQLException("payment " + id + " names an unknown invoice " + invoiceId);
                }
                LocalDate date = daysAgo(p, "days_ago");
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("invoiceid", invoiceId);
                d.put("clientid", inv.get("customerid").asLong());
                d.put(
                        "amount",
                        new BigDecimal(p.path("amount").asText("0")).setScale(2).toPlainString());
                d.put("code", inv.get("currency_code").asText());
                d.put("date", date.toString());
                d.put("type", p.path("type").asText("Check"));
                d.put("note", p.path("note").asText(""));
                d.put("updated", eastern(date, 11));
                d.put("vis_state", 0);
                tx.put("payment", bizId, id, d);
            }
        }

        private void timeEntries() throws SQLException {
            for (JsonNode t : account.path("time_entries")) {
                long id = t.path("id").asLong();
                long bizId = biz(t);
                LocalDate day = daysAgo(t, "days_ago");
                Instant started = day.atTime(9, 0).atZone(zone).toInstant();
                long duration = Math.round(t.path("hours").asDouble(0) * 3600);
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("identity_id", t.path("identity_id").asLong());
                d.put("is_logged", true);
                d.put("started_at", started.toString());
                d.put("local_timezone", zone.getId());
                d.put("created_at", started.plusSeconds(duration).toString());
                d.put("updated_at", started.plusSeconds(duration).toString());
                nullableLong(d, "client_id", t);
                nullableLong(d, "project_id", t);
                nullableLong(d, "service_id", t);
                d.putNull("task_id");
                d.put("note", t.path("note").asText(""));
                d.put("active", true);
                d.put("billable", t.path("billable").asBoolean(true));
                d.put("billed", t.path("billed").asBoolean(false));
                d.put("internal", !t.hasNonNull("client_id"));
                d.putNull("retainer_id");
                d.put("duration", duration);
                d.putNull("timer");
                tx.put("time_entry", bizId, id, d);
            }
        }

        private void nullableLong(ObjectNode d, String field, JsonNode src) {
            if (src.hasNonNull(field)) {
                d.put(field, src.get(field).asLong());
            } else {
                d.putNull(field);
            }
        }

        private void expenses() throws SQLException {
            for (JsonNode e : account.path("expenses")) {
                long id = e.path("id").asLong();
                long bizId = biz(e);
                LocalDate date = daysAgo(e, "days_ago");
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("categoryid", e.path("categoryid").asLong());
                d.put("staffid", 1);
                d.put("date", date.toString());
                d.put(
                        "amount",
                        new BigDecimal(e.path("amount").asText("0")).setScale(2).toPlainString());
                d.put("code", e.path("currency_code").asText(bizCurrency(bizId)));
                d.put("vendor", e.path("vendor").asText(""));
                d.put("notes", e.path("notes").asText(""));
                d.put("clientid", e.path("clientid").asLong(0));
                if (e.hasNonNull("projectid")) {
                    d.put("projectid", e.get("projectid").asLong());
                } else {
                    d.putNull("projectid");
                }
                d.put("billable", e.path("billable").asBoolean(false));
                d.put("status", 0);
                d.put("updated", eastern(date, 12));
                d.put("vis_state", 0);
                d.putNull("attachment");
                tx.put("expense", bizId, id, d);
            }
        }

        private void taxes() throws SQLException {
            for (JsonNode t : account.path("taxes")) {
                long id = t.path("id").asLong();
                long bizId = biz(t);
                ObjectNode d = JSON.createObjectNode();
                d.put("id", id);
                d.put("name", t.path("name").asText());
                if (t.hasNonNull("number")) {
                    d.put("number", t.get("number").asText());
                } else {
                    d.putNull("number");
                }
                d.put("amount", t.path("amount").asText("0"));
                d.put("compound", t.path("compound").asBoolean(false));
                d.put("updated", eastern(today.minusDays(200), 9));
                tx.put("tax", bizId, id, d);
            }
        }

        private static String uuid(String kind, long id) {
            return UUID.nameUUIDFromBytes((kind + ":" + id).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
    }
}
