package dev.fbcli.cli.action.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.nlp.intent.Intent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** client.show (contact, balances, recent invoices) and client.list (with what each owes). */
public final class ClientQueries {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;

    public ClientQueries(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public View show(Intent.ShowClient s) {
        Candidate who = names.client(s.client());
        ClientDto c = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        names.seen(Kind.CLIENT, Names.entry(c)); // what it read keeps the name cache current, for free
        List<InvoiceDto> invoices = Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty().withCustomerId(c.id()))
                .toList());
        ClientBalances b = ClientBalances.of(invoices, account.today());
        List<String> lines = new ArrayList<>();
        lines.add(c.displayName() + " (client " + c.id() + ")");
        String contact = ((c.fname() == null ? "" : c.fname()) + " " + (c.lname() == null ? "" : c.lname())).strip();
        if (!contact.isEmpty() || c.email() != null) {
            lines.add("  contact: " + (contact.isEmpty() ? "" : contact + " ")
                    + (c.email() == null ? "" : "<" + c.email() + ">")
                    + (c.busPhone() == null ? "" : ", " + c.busPhone()));
        }
        String address = ClientChanges.address(c.street(), c.city(), c.province(), c.postalCode(), c.country());
        if (!address.isEmpty()) {
            lines.add("  address: " + address);
        }
        if (c.visState() != null && c.visState() == 2) {
            lines.add("  archived (`fb client unarchive '" + c.displayName() + "'` restores it)");
        }
        lines.add("  billed in " + (c.currencyCode() == null ? "the business currency" : c.currencyCode()));
        lines.add("  owes " + b.describe("outstanding") + "; overdue " + b.describe("overdue") + "; in drafts "
                + b.describe("draft") + (b.has("credit") ? "; credit " + b.describe("credit") : ""));
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
                        + Fmt.money(i.outstanding()) + " outstanding (" + i.v3Status() + ")");
            }
        }
        if (c.note() != null && !c.note().isBlank()) {
            lines.add("  note: " + c.note());
        }
        lines.add("  " + account.link("client", c.id()));
        // fb's words, as `client list` names them (docs/json.md)
        ObjectNode json = JSON.createObjectNode();
        json.put("id", c.id());
        json.put("name", c.displayName());
        json.put("first_name", c.fname());
        json.put("last_name", c.lname());
        json.put("organization", c.organization());
        json.put("email", c.email());
        json.put("phone", c.busPhone());
        json.put("mobile", c.mobPhone());
        json.put("currency", c.currencyCode());
        json.put("language", c.language());
        json.put("note", c.note());
        ObjectNode where = json.putObject("address");
        where.put("street", c.street());
        where.put("street2", c.street2());
        where.put("city", c.city());
        where.put("province", c.province());
        where.put("country", c.country());
        where.put("postal_code", c.postalCode());
        json.put("archived", c.visState() != null && c.visState() != 0);
        json.set("balances", b.json());
        json.put("link", account.link("client", c.id()));
        return View.lines(
                lines, json, Cmd.of("client", "show").arg(c.displayName()).toString());
    }

    /**
     * client.list: each client with what it owes, as FreshBooks sums it for the client ({@code
     * include[]=outstanding_balance...}: one read of the clients, none of the invoices); with
     * {@code --owing}, FreshBooks is asked for the owing clients only ({@code search[has_outstanding]}).
     * When the answer has no balances, they are summed from every invoice, as {@code client show} does.
     */
    private List<ClientDto> clients(boolean owing) {
        ClientQuery q = ClientQuery.empty()
                .withVisState(0)
                .withWithBalances(true)
                .withHasOutstanding(owing ? Boolean.TRUE : null);
        return Account.call(() -> account.client().clients().list(q).toList());
    }

    public View list(Intent.ListClients l) {
        boolean owing = Boolean.TRUE.equals(l.hasOutstanding());
        List<ClientDto> clients = clients(owing);
        if (!owing) {
            // every active client, as a refresh reads them: the name cache gets them for free
            names.listed(Kind.CLIENT, clients.stream().map(Names::entry).toList());
        }
        Function<ClientDto, ClientBalances> balanceOf;
        if (clients.stream().allMatch(ClientBalances::included)) {
            balanceOf = ClientBalances::of;
        } else {
            if (owing) {
                clients = clients(false); // the filter's meaning is FreshBooks'; the balances' here
                names.listed(Kind.CLIENT, clients.stream().map(Names::entry).toList());
            }
            Map<Long, List<InvoiceDto>> byClient = new TreeMap<>();
            for (InvoiceDto i : Account.call(
                    () -> account.client().invoices().list(InvoiceQuery.empty()).toList())) {
                if (i.customerId() != null) {
                    byClient.computeIfAbsent(i.customerId(), k -> new ArrayList<>())
                            .add(i);
                }
            }
            LocalDate today = account.today();
            balanceOf = c -> ClientBalances.of(byClient.getOrDefault(c.id(), List.of()), today);
        }
        Table t = new Table("CLIENT", "CONTACT", "EMAIL", "OUTSTANDING", "OVERDUE").alignRight(3, 4);
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode rows = doc.putArray("clients");
        for (ClientDto c : clients.stream()
                .sorted(Comparator.comparing(ClientDto::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList()) {
            ClientBalances b = balanceOf.apply(c);
            if (owing && !b.has("outstanding")) {
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
                doc,
                List.of(),
                Boolean.TRUE.equals(l.hasOutstanding()) ? "No client owes you money." : "No clients yet.",
                cmd.toString());
    }
}
