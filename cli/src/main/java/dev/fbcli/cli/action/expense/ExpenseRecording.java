package dev.fbcli.cli.action.expense;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Currencies;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * expense.create: the category (by name or meaning: "coffee" is Meals), the currency (the
 * business' when none is said), where it goes, the receipt file (checked before anything is
 * sent), and a warning for one with the same amount, category and date.
 */
public final class ExpenseRecording {
    /** FreshBooks refuses attachments above this size (UNVERIFIED; a sane bound either way). */
    static final long MAX_RECEIPT_BYTES = 10L * 1024 * 1024;
    /** The business owner's staff id, which FreshBooks expects on an expense (docs/freshbooks-api.md). */
    static final long OWNER_STAFF_ID = 1;

    private final Account account;
    private final Names names;
    private final Currencies currencies;

    public ExpenseRecording(Account account, Names names, Currencies currencies) {
        this.account = account;
        this.names = names;
        this.currencies = currencies;
    }

    public Plan create(Intent.CreateExpense e) {
        if (e.amount().amount().signum() <= 0) {
            throw new CliException.Usage("an expense amount must be more than zero");
        }
        Candidate category = category(e.category(), e.vendor());
        Target target = names.target(e.on(), false);
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
                            "Recorded the " + label + (receipt == null ? "" : " with its receipt") + " (expense " + id
                                    + ")",
                            "expense",
                            id,
                            account.link("expense", id),
                            Results.json("expense", id, x),
                            List.of(new Undo.Delete("expense", id, "the " + label)));
                })
                .finding(Findable.of("expense", "the " + label)
                        .with("date", e.date().toString())
                        .with("categoryid", Long.valueOf(category.id()))
                        .with("amount", Map.of("amount", amount, "code", code))
                        .withText("vendor", e.vendor())
                        .with("clientid", clientId)
                        .withText("notes", e.note()));
    }

    private Candidate category(String said, String vendor) {
        if (said == null && vendor == null) {
            throw new CliException.Usage(
                    "say what the expense was for (a category such as 'office supplies' or 'travel')",
                    "`fb expense categories` lists them");
        }
        return names.category(said, vendor);
    }

    /** The receipt file as said: expanded, checked to be a readable file of at most 10 MB. */
    static Path receipt(String said) {
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
            byte[] head;
            try (java.io.InputStream in = Files.newInputStream(p)) {
                head = in.readNBytes(16);
            }
            if (ReceiptType.of(head) == null) {
                throw new CliException.Usage(
                        "the receipt " + said + " is not a PDF, PNG, JPEG, GIF or HEIC file (by its content)",
                        "FreshBooks takes those as receipts; nothing was changed");
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
}
