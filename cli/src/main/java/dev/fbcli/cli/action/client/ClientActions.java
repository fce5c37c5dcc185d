package dev.fbcli.cli.action.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.invoice.InvoiceActions;
import dev.fbcli.cli.action.time.TimeActions;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.NameResolver;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Resolution;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** client.create, client.update, client.show (balances), client.list. */
public final class ClientActions {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;

    public ClientActions(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public Plan create(Intent.CreateClient c) {
        String display = c.organization() != null ? c.organization() : c.firstName() + " " + c.lastName();
        List<String> warnings = new ArrayList<>();
        List<Candidate> existing = names.cache().clients().stream()
                .map(e -> Candidate.of(e.id(), e.name()))
                .toList();
        Resolution same = NameResolver.resolve(display, existing);
        if (same instanceof Resolution.Match m && m.how().compareTo(Resolution.How.CASE_INSENSITIVE) <= 0) {
            warnings.add("a client named " + m.candidate().name() + " already exists (client "
                    + m.candidate().id() + ")");
        }
        ClientDraft draft = ClientDraft.empty()
                .withOrganization(c.organization())
                .withFname(c.firstName())
                .withLname(c.lastName())
                .withEmail(c.email())
                .withBusPhone(c.phone())
                .withCurrencyCode(c.currency());
        List<String> details = new ArrayList<>();
        if (c.organization() != null && (c.firstName() != null || c.lastName() != null)) {
            details.add("contact: "
                    + (String.valueOf(c.firstName()) + " " + String.valueOf(c.lastName()))
                            .replace("null", "")
                            .strip());
        }
        if (c.email() != null) {
            details.add("email: " + c.email());
        }
        if (c.phone() != null) {
            details.add("phone: " + c.phone());
        }
        if (c.currency() != null) {
            details.add("billed in " + c.currency());
        }
        Cmd cmd = Cmd.of("client", "create")
                .opt("--organization", c.organization())
                .opt("--first-name", c.firstName())
                .opt("--last-name", c.lastName())
                .opt("--email", c.email())
                .opt("--phone", c.phone())
                .opt("--currency", c.currency());
        return new Plan("Add the client " + display, details, warnings, cmd.toString(), null, () -> {
            ClientDto created = account.client().clients().create(draft);
            String id = String.valueOf(created.id());
            return new Applied(
                    "Added the client " + created.displayName() + " (client " + id + ")",
                    "client",
                    id,
                    account.link("client", id),
                    TimeActions.result("client", id, created),
                    List.of(new Undo.Delete("client", id, "the client " + created.displayName())));
        });
    }

    public Plan update(Intent.UpdateClient u) {
        Candidate who = names.client(u.client());
        ClientDto before = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        ClientDraft patch = ClientDraft.empty();
        Map<String, Object> previous = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        if (u.organization() != null) {
            patch = patch.withOrganization(u.organization());
            change(changes, previous, "organization", "name", before.organization(), u.organization());
        }
        if (u.firstName() != null) {
            patch = patch.withFname(u.firstName());
            change(changes, previous, "fname", "first name", before.fname(), u.firstName());
        }
        if (u.lastName() != null) {
            patch = patch.withLname(u.lastName());
            change(changes, previous, "lname", "last name", before.lname(), u.lastName());
        }
        if (u.email() != null) {
            patch = patch.withEmail(u.email());
            change(changes, previous, "email", "email", before.email(), u.email());
        }
        if (u.phone() != null) {
            patch = patch.withBusPhone(u.phone());
            change(changes, previous, "bus_phone", "phone", before.busPhone(), u.phone());
        }
        if (previous.isEmpty()) {
            throw new CliException.Usage(before.displayName() + " already has those values: nothing to change");
        }
        ClientDraft change = patch;
        Cmd cmd = Cmd.of("client", "update")
                .arg(before.displayName())
                .opt("--organization", u.organization())
                .opt("--first-name", u.firstName())
                .opt("--last-name", u.lastName())
                .opt("--email", u.email())
                .opt("--phone", u.phone());
        return new Plan(
                "Update the client " + before.displayName() + " (client " + who.id() + ")",
                changes,
                List.of(),
                cmd.toString(),
                null,
                () -> {
                    ClientDto after = account.client().clients().update(before.id(), change);
                    String id = String.valueOf(after.id());
                    return new Applied(
                            "Updated " + after.displayName() + ": " + String.join("; ", changes),
                            "client",
                            id,
                            account.link("client", id),
                            TimeActions.result("client", id, after),
                            List.of(new Undo.Restore("client", id, "the client " + before.displayName(), previous)));
                });
    }

    private static void change(
            List<String> changes, Map<String, Object> previous, String wire, String label, String was, String now) {
        if (now.equals(was)) {
            return;
        }
        previous.put(wire, was == null ? "" : was);
        changes.add(label + ": " + (was == null || was.isBlank() ? "(none)" : was) + " → " + now);
    }

    public View show(Intent.ShowClient s) {
        Candidate who = names.client(s.client());
        ClientDto c = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        List<InvoiceDto> invoices = Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty().withCustomerId(c.id()))
                .toList());
        Balances b = Balances.of(invoices, account.today());
        List<String> lines = new ArrayList<>();
        lines.add(c.displayName() + " (client " + c.id() + ")");
        String contact = ((c.fname() == null ? "" : c.fname()) + " " + (c.lname() == null ? "" : c.lname())).strip();
        if (!contact.isEmpty() || c.email() != null) {
            lines.add("  contact: " + (contact.isEmpty() ? "" : contact + " ")
                    + (c.email() == null ? "" : "<" + c.email() + ">")
                    + (c.busPhone() == null ? "" : ", " + c.busPhone()));
        }
        lines.add("  billed in " + (c.currencyCode() == null ? "the business currency" : c.currencyCode()));
        lines.add("  owes " + b.describe("outstanding") + "; overdue " + b.describe("overdue") + "; in drafts "
                + b.describe("draft"));
        List<InvoiceDto> open = invoices.stream()
                .filter(i -> i.outstanding() != null
                        && i.outstanding().amount().signum() > 0
                        && !"draft".equals(i.v3Status()))
                .sorted(Comparator.comparing(InvoiceDto::createDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (!open.isEmpty()) {
            lines.add("  unpaid invoices:");
            for (InvoiceDto i : open) {
                lines.add("    " + i.invoiceNumber() + "  issued " + i.createDate() + ", due " + i.dueDate() + ", "
                        + InvoiceActions.money(i.outstanding()) + " outstanding (" + i.v3Status() + ")");
            }
        }
        lines.add("  " + account.link("client", c.id()));
        ObjectNode json = (ObjectNode) JSON.valueToTree(c);
        json.set("balances", b.json());
        json.put("link", account.link("client", c.id()));
        return View.lines(
                lines, json, Cmd.of("client", "show").arg(c.displayName()).toString());
    }

    public View list(Intent.ListClients l) {
        List<ClientDto> clients = Account.call(() -> account.client()
                .clients()
                .list(ClientQuery.empty().withVisState(0))
                .toList());
        List<InvoiceDto> invoices = Account.call(
                () -> account.client().invoices().list(InvoiceQuery.empty()).toList());
        Map<Long, List<InvoiceDto>> byClient = new TreeMap<>();
        for (InvoiceDto i : invoices) {
            if (i.customerId() != null) {
                byClient.computeIfAbsent(i.customerId(), k -> new ArrayList<>()).add(i);
            }
        }
        LocalDate today = account.today();
        Table t = new Table("CLIENT", "CONTACT", "EMAIL", "OUTSTANDING", "OVERDUE").alignRight(3, 4);
        ArrayNode rows = JSON.createArrayNode();
        for (ClientDto c : clients.stream()
                .sorted(Comparator.comparing(ClientDto::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList()) {
            Balances b = Balances.of(byClient.getOrDefault(c.id(), List.of()), today);
            if (Boolean.TRUE.equals(l.hasOutstanding()) && !b.has("outstanding")) {
                continue;
            }
            String contact =
                    ((c.fname() == null ? "" : c.fname()) + " " + (c.lname() == null ? "" : c.lname())).strip();
            t.row(
                    c.displayName(),
                    contact,
                    c.email() == null ? "" : c.email(),
                    b.describe("outstanding"),
                    b.describe("overdue"));
            ObjectNode r = rows.addObject();
            r.put("id", c.id());
            r.put("name", c.displayName());
            r.put("contact", contact.isEmpty() ? null : contact);
            r.put("email", c.email());
            r.put("currency", c.currencyCode());
            r.set("balances", b.json());
        }
        Cmd cmd = Cmd.of("client", "list").flag("--owing", Boolean.TRUE.equals(l.hasOutstanding()));
        return new View(
                t,
                rows,
                List.of(),
                Boolean.TRUE.equals(l.hasOutstanding()) ? "No client owes you money." : "No clients yet.",
                cmd.toString());
    }

    /** Outstanding, overdue and draft amounts per currency, from a client's invoices. */
    record Balances(Map<String, Map<String, BigDecimal>> byKind) {
        static Balances of(List<InvoiceDto> invoices, LocalDate today) {
            Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
            for (String k : List.of("outstanding", "overdue", "draft")) {
                m.put(k, new TreeMap<>());
            }
            for (InvoiceDto i : invoices) {
                if (i.outstanding() == null || i.outstanding().amount().signum() <= 0) {
                    continue;
                }
                String code = String.valueOf(i.outstanding().code());
                boolean draft = "draft".equals(i.v3Status()) || "created".equals(i.v3Status());
                if (draft) {
                    m.get("draft").merge(code, i.outstanding().amount(), BigDecimal::add);
                    continue;
                }
                m.get("outstanding").merge(code, i.outstanding().amount(), BigDecimal::add);
                if ("overdue".equals(i.v3Status())
                        || (i.dueDate() != null && i.dueDate().isBefore(today))) {
                    m.get("overdue").merge(code, i.outstanding().amount(), BigDecimal::add);
                }
            }
            return new Balances(m);
        }

        boolean has(String kind) {
            return byKind.get(kind).values().stream().anyMatch(v -> v.signum() > 0);
        }

        String describe(String kind) {
            Map<String, BigDecimal> m = byKind.get(kind);
            if (m.isEmpty()) {
                return "nothing";
            }
            List<String> parts = new ArrayList<>();
            m.forEach((code, v) -> parts.add(Fmt.money(v, code)));
            return String.join(" + ", parts);
        }

        ObjectNode json() {
            ObjectNode n = JSON.createObjectNode();
            byKind.forEach((kind, m) -> {
                ArrayNode a = n.putArray(kind);
                m.forEach(
                        (code, v) -> a.addObject().put("amount", Fmt.amount(v)).put("code", code));
            });
            return n;
        }
    }
}
