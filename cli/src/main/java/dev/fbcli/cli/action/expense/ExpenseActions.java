package dev.fbcli.cli.action.expense;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Currencies;
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
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** expense.create, expense.list and the category list. */
public final class ExpenseActions {
    /** FreshBooks refuses attachments above this size (UNVERIFIED; a sane bound either way). */
    static final long MAX_RECEIPT_BYTES = 10L * 1024 * 1024;
    /** The business owner's staff id, which FreshBooks expects on an expense (API.md §5.4). */
    static final long OWNER_STAFF_ID = 1;

    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;
    private final Currencies currencies;

    public ExpenseActions(Account account, Names names, Currencies currencies) {
        this.account = account;
        this.names = names;
        this.currencies = currencies;
    }

    public Plan create(Intent.CreateExpense e) {
        if (e.amount().amount().signum() <= 0) {
            throw new CliException.Usage("an expense amount must be more than zero");
        }
        Candidate category = category(e.category(), e.vendor());
        Names.Target target = names.target(e.on(), false);
        Path receipt = e.receipt() == null ? null : receipt(e.receipt());
        String code = e.amount().currencyOrNull() != null ? e.amount().currencyOrNull() : currencies.business();
        BigDecimal amount = e.amount().amount().setScale(2, RoundingMode.HALF_UP);
        Long clientId = target == null || target.client() == null
                ? null
                : Long.valueOf(target.client().id());
        Long projectId = target == null || target.project() == null
                ? null
                : Long.valueOf(target.project().id());
        ExpenseDraft draft = ExpenseDraft.empty()
                .withAmount(new Money(amount, code))
                .withCategoryId(Long.valueOf(category.id()))
                .withStaffId(OWNER_STAFF_ID)
                .withDate(e.date())
                .withVendor(e.vendor())
                .withNotes(e.note())
                .withClientId(clientId)
                .withModernProjectId(projectId);
        String summary = "Record a " + Fmt.money(amount, code) + " expense: " + category.name()
                + (e.vendor() == null ? "" : " at " + e.vendor()) + ", " + Fmt.day(e.date(), account.today())
                + (target == null ? "" : ", on " + target.label());
        List<String> details = new ArrayList<>();
        if (e.note() != null) {
            details.add("note: " + e.note());
        }
        if (receipt != null) {
            details.add("receipt: " + receipt + " (uploaded, then attached)");
        }
        List<String> warnings = duplicates(amount, e.date(), Long.valueOf(category.id()));
        Cmd cmd = Cmd.of("expense", "add")
                .opt("--amount", Fmt.amount(amount))
                .opt("--currency", e.amount().currencyOrNull())
                .opt("--category", category.name())
                .opt("--vendor", e.vendor())
                .opt("--date", e.date());
        if (projectId != null) {
            cmd.opt("--project", target.project().name());
        } else if (clientId != null) {
            cmd.opt("--client", target.client().name());
        }
        cmd.opt("--receipt", e.receipt()).opt("--note", e.note());
        String label = Fmt.money(amount, code) + " " + category.name() + " expense";
        return new Plan(summary, details, warnings, cmd.toString(), null, () -> {
            ExpenseDto x = receipt == null
                    ? account.client().expenses().create(draft)
                    : account.client().expenses().createWithReceipt(draft, receipt);
            String id = String.valueOf(x.id());
            return new Applied(
                    "Recorded the " + label + (receipt == null ? "" : " with its receipt") + " (expense " + id + ")",
                    "expense",
                    id,
                    account.link("expense", id),
                    TimeActions.result("expense", id, x),
                    List.of(new Undo.Delete("expense", id, "the " + label)));
        });
    }

    private Candidate category(String said, String vendor) {
        if (said == null && vendor == null) {
            throw new CliException.Usage(
                    "say what the expense was for (a category such as 'office supplies' or 'travel')",
                    "`fb expense categories` lists them");
        }
        return names.category(said, vendor);
    }

    private Path receipt(String said) {
        String expanded = said.startsWith("~/") ? System.getProperty("user.home") + said.substring(1) : said;
        Path p = Path.of(expanded).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            throw new CliException.Usage(
                    "the receipt " + said + " is not a file here", "give the path of a PDF or an image");
        }
        if (!Files.isReadable(p)) {
            throw new CliException.Usage("the receipt " + p + " cannot be read (permissions)");
        }
        try {
            if (Files.size(p) > MAX_RECEIPT_BYTES) {
                throw new CliException.Usage("the receipt " + p + " is larger than 10 MB");
            }
        } catch (java.io.IOException ex) {
            throw new CliException.Usage("the receipt " + p + " cannot be read: " + ex.getMessage());
        }
        return p;
    }

    private List<String> duplicates(BigDecimal amount, java.time.LocalDate date, long categoryId) {
        List<String> out = new ArrayList<>();
        for (ExpenseDto x : Account.call(() -> account.client()
                .expenses()
                .list(ExpenseQuery.empty().withDateMin(date).withDateMax(date.plusDays(1)))
                .toList())) {
            if (x.amount() != null
                    && x.amount().amount().compareTo(amount) == 0
                    && date.equals(x.date())
                    && x.categoryId() != null
                    && x.categoryId() == categoryId) {
                out.add("expense " + x.id() + " has the same amount, category and date");
            }
        }
        return out;
    }

    public View list(Intent.ListExpenses l) {
        ExpenseQuery q = ExpenseQuery.empty();
        DateRange range = l.range();
        if (range != null) {
            q = q.withDateMin(range.from()).withDateMax(range.to().plusDays(1));
        }
        Set<String> categories = null;
        Candidate category = null;
        if (l.category() != null) {
            category = names.category(l.category(), null);
            categories = withChildren(category.id());
        }
        Names.Target target = names.target(l.on(), false);
        if (target != null && target.project() == null) {
            q = q.withClientId(Long.valueOf(target.client().id()));
        }
        if (target != null && target.project() != null) {
            q = q.withProjectId(Long.valueOf(target.project().id()));
        }
        if (l.vendor() != null) {
            q = q.withVendorContains(l.vendor());
        }
        ExpenseQuery query = q;
        List<ExpenseDto> all = new ArrayList<>(
                Account.call(() -> account.client().expenses().list(query).toList()));
        // Local: a category means it and its sub-categories ("travel" includes airfare and hotels), and
        // the date bounds are checked here too (the API's max is exclusive per its docs).
        Set<String> cats = categories;
        all.removeIf(x -> cats != null && (x.categoryId() == null || !cats.contains(String.valueOf(x.categoryId()))));
        all.removeIf(x -> range != null && (x.date() == null || !range.contains(x.date())));
        all.sort(Comparator.comparing(ExpenseDto::date, Comparator.nullsLast(Comparator.naturalOrder())));
        Table t = new Table("DATE", "AMOUNT", "CATEGORY", "VENDOR", "PROJECT/CLIENT", "NOTES", "RECEIPT").alignRight(1);
        ObjectNode json = JSON.createObjectNode();
        ArrayNode rows = json.putArray("expenses");
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (ExpenseDto x : all) {
            String cat = name(Kind.CATEGORY, x.categoryId());
            String on = x.linkedProjectId() != null
                    ? name(Kind.PROJECT, x.linkedProjectId())
                    : name(Kind.CLIENT, x.clientId());
            boolean hasReceipt = Boolean.TRUE.equals(x.hasReceipt()) || x.attachment() != null;
            t.row(
                    x.date(),
                    InvoiceActions.money(x.amount()),
                    cat,
                    x.vendor() == null ? "" : x.vendor(),
                    on,
                    x.notes() == null ? "" : x.notes(),
                    hasReceipt ? "yes" : "");
            ObjectNode r = rows.addObject();
            r.put("id", x.id());
            r.put("date", String.valueOf(x.date()));
            r.set("amount", JSON.valueToTree(x.amount()));
            r.put("category", cat);
            r.put("vendor", x.vendor());
            r.put("project_id", x.linkedProjectId());
            r.put("client_id", x.clientId());
            r.put("notes", x.notes());
            r.put("has_receipt", hasReceipt);
            if (x.amount() != null) {
                totals.merge(String.valueOf(x.amount().code()), x.amount().amount(), BigDecimal::add);
            }
        }
        List<String> footer = new ArrayList<>();
        totals.forEach((code, sum) ->
                footer.add(all.size() + " expense" + (all.size() == 1 ? "" : "s") + ", total " + Fmt.money(sum, code)));
        Cmd cmd = Cmd.of("expense", "list")
                .opt("--from", range == null ? null : range.from())
                .opt("--to", range == null ? null : range.to())
                .opt("--category", category == null ? null : category.name())
                .opt("--vendor", l.vendor());
        if (target != null && target.project() != null) {
            cmd.opt("--project", target.project().name());
        } else if (target != null) {
            cmd.opt("--client", target.client().name());
        }
        return new View(t, json, footer, "No expenses match.", cmd.toString());
    }

    private Set<String> withChildren(String id) {
        Set<String> out = new HashSet<>();
        out.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Entry c : names.cache().categories()) {
                if (c.parentId() != null && out.contains(c.parentId()) && out.add(c.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    public View categories() {
        Table t = new Table("CATEGORY", "PARENT", "ID");
        ArrayNode rows = JSON.createArrayNode();
        for (Entry c : names.cache().categories()) {
            String parent = c.parentId() == null ? "" : name(Kind.CATEGORY, Long.valueOf(c.parentId()));
            t.row(c.name(), parent, c.id());
            rows.addObject()
                    .put("id", c.id())
                    .put("category", c.name())
                    .put("parent", parent.isEmpty() ? null : parent);
        }
        return new View(
                t,
                rows,
                List.of(),
                "No expense categories.",
                Cmd.of("expense", "categories").toString());
    }

    private String name(Kind kind, Long id) {
        if (id == null) {
            return "";
        }
        Entry e = names.entry(kind, String.valueOf(id));
        return e == null ? "#" + id : e.name();
    }
}
