package dev.fbcli.cli.action.expense;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.DownloadedFile;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.UploadedAttachment;
import dev.fbcli.nlp.intent.ExpenseRef;
import dev.fbcli.nlp.intent.Intent;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * expense.show (with its receipt), expense.edit (before → after; the values before are journaled,
 * a replaced receipt too), expense.delete ({@code vis_state}; undo brings it back) and the receipt
 * download. The expense meant is found by {@link ExpenseFinder}.
 */
public final class ExpenseEdits {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;
    private final ExpenseFinder finder;

    public ExpenseEdits(Account account, Names names, ExpenseFinder finder) {
        this.account = account;
        this.names = names;
        this.finder = finder;
    }

    public View show(Intent.ShowExpense s) {
        ExpenseDto x = finder.find(s.expense(), "show");
        List<String> lines = new ArrayList<>();
        lines.add("Expense " + x.id() + ": " + finder.describe(x));
        String category = names.nameOf(Kind.CATEGORY, x.categoryId());
        if (!category.isEmpty()) {
            lines.add("  category: " + category);
        }
        if (x.notes() != null && !x.notes().isBlank()) {
            lines.add("  note: " + x.notes());
        }
        if (x.taxAmount1() != null && x.taxAmount1().amount().signum() != 0) {
            lines.add("  tax: " + Fmt.money(x.taxAmount1()) + (x.taxName1() == null ? "" : " " + x.taxName1()));
        }
        if (x.invoiceId() != null && x.invoiceId() > 0) {
            lines.add("  billed on invoice id " + x.invoiceId());
        }
        boolean receipt = x.attachment() != null && x.attachment().jwt() != null;
        lines.add(
                receipt
                        ? "  receipt: "
                                + (x.attachment().mediaType() == null
                                        ? "a file"
                                        : x.attachment().mediaType()) + " (`fb expense receipt " + x.id()
                                + " --save FILE` downloads it)"
                        : "  no receipt (`fb expense edit " + x.id() + " --receipt FILE` attaches one)");
        String link = account.link("expense", x.id());
        lines.add("  " + link);
        // fb's words, as `expense list` names them (docs/json.md)
        ObjectNode json = JSON.createObjectNode();
        json.put("id", x.id());
        json.put("date", x.date() == null ? null : x.date().toString());
        json.set("amount", JSON.valueToTree(x.amount()));
        json.put("category", category.isEmpty() ? null : category);
        json.put("category_id", x.categoryId());
        json.put("vendor", x.vendor());
        json.put("project_id", x.linkedProjectId() == null || x.linkedProjectId() == 0 ? null : x.linkedProjectId());
        json.put("client_id", x.clientId() == null || x.clientId() == 0 ? null : x.clientId());
        json.put("notes", x.notes());
        json.put("billable", Boolean.TRUE.equals(x.billable()));
        json.set("tax", x.taxAmount1() == null ? null : JSON.valueToTree(x.taxAmount1()));
        json.put("tax_name", x.taxName1());
        json.put("invoice_id", x.invoiceId() == null || x.invoiceId() == 0 ? null : x.invoiceId());
        json.put("has_receipt", receipt);
        json.put("receipt_media_type", receipt ? x.attachment().mediaType() : null);
        json.put("link", link);
        return View.lines(lines, json, Cmd.of("expense", "show").arg(x.id()).toString());
    }

    public Plan edit(Intent.EditExpense e) {
        if (e.expense() == null) {
            throw new CliException.Usage(
                    "say which expense to change: its id, the last one, or its day, vendor or amount",
                    "`fb expense edit last --amount 14.50`, or `fb expense list` for the ids");
        }
        ExpenseDto x = finder.find(e.expense(), "edit");
        String before = finder.describe(x);
        ExpenseDraft patch = ExpenseDraft.empty();
        Map<String, Object> previous = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        Cmd cmd = Cmd.of("expense", "edit").arg(x.id());
        if (e.newAmount() != null) {
            if (e.newAmount().amount().signum() <= 0) {
                throw new CliException.Usage("an expense amount must be more than zero");
            }
            String code = e.newAmount().currencyOrNull() != null
                    ? e.newAmount().currencyOrNull()
                    : x.amount() == null ? null : x.amount().code();
            Money now = new Money(e.newAmount().amount().setScale(2, RoundingMode.HALF_UP), code);
            if (x.amount() == null
                    || x.amount().amount().compareTo(now.amount()) != 0
                    || !Objects.equals(code, x.amount().code())) {
                patch = patch.withAmount(now);
                previous.put("amount", x.amount() == null ? null : JSON.convertValue(x.amount(), Map.class));
                changes.add("amount: " + Fmt.money(x.amount()) + " → " + Fmt.money(now));
            }
            cmd.opt("--amount", Fmt.amount(now.amount()))
                    .opt("--currency", e.newAmount().currencyOrNull());
        }
        if (e.newCategory() != null) {
            Candidate c = names.category(e.newCategory(), null);
            Long cid = Long.valueOf(c.id());
            if (!cid.equals(x.categoryId())) {
                patch = patch.withCategoryId(cid);
                previous.put("categoryid", x.categoryId());
                changes.add("category: " + orNone(names.nameOf(Kind.CATEGORY, x.categoryId())) + " → " + c.name());
            }
            cmd.opt("--category", c.name());
        }
        if (e.newVendor() != null) {
            if (!e.newVendor().equals(x.vendor())) {
                patch = patch.withVendor(e.newVendor());
                previous.put("vendor", x.vendor() == null ? "" : x.vendor());
                changes.add("vendor: " + orNone(x.vendor()) + " → " + e.newVendor());
            }
            cmd.opt("--vendor", e.newVendor());
        }
        if (e.newDate() != null) {
            if (!e.newDate().equals(x.date())) {
                patch = patch.withDate(e.newDate());
                previous.put("date", x.date() == null ? null : x.date().toString());
                changes.add("day: " + (x.date() == null ? "(none)" : Fmt.day(x.date(), account.today())) + " → "
                        + Fmt.day(e.newDate(), account.today()));
            }
            cmd.opt("--date", e.newDate());
        }
        if (e.newOn() != null) {
            Target to = names.target(e.newOn(), false);
            long pid = to.project() == null ? 0 : Long.parseLong(to.project().id());
            long cid = to.client() == null ? 0 : Long.parseLong(to.client().id());
            long wasP = x.linkedProjectId() == null ? 0 : x.linkedProjectId();
            long wasC = x.clientId() == null ? 0 : x.clientId();
            if (pid != wasP || cid != wasC) {
                // 0 is "none" for both (the fixtures' projectid 0); writing both keeps them together
                patch = patch.withModernProjectId(pid).withClientId(cid);
                previous.put("modern_projectid", wasP);
                previous.put("clientid", wasC);
                changes.add("on: " + orNone(finder.on(x).replaceFirst("^, on ", "")) + " → " + to.label());
            }
            if (to.project() != null) {
                cmd.opt("--project", to.project().name());
            } else {
                cmd.opt("--client", to.client().name());
            }
        }
        if (e.newNote() != null) {
            if (!e.newNote().equals(x.notes())) {
                patch = patch.withNotes(e.newNote());
                previous.put("notes", x.notes() == null ? "" : x.notes());
                changes.add("note: " + orNone(x.notes()) + " → " + e.newNote());
            }
            cmd.opt("--note", e.newNote());
        }
        Path receipt = null;
        List<String> warnings = new ArrayList<>();
        if (e.receipt() != null) {
            receipt = ExpenseRecording.receipt(e.receipt());
            boolean had = x.attachment() != null && x.attachment().jwt() != null;
            if (had) {
                previous.put(
                        "attachment",
                        Map.of(
                                "jwt",
                                x.attachment().jwt(),
                                "media_type",
                                x.attachment().mediaType() == null
                                        ? "application/octet-stream"
                                        : x.attachment().mediaType()));
                warnings.add("the receipt it has now is replaced (undo puts it back)");
            } else {
                warnings.add("undo leaves the receipt attached: FreshBooks documents no way to remove one");
            }
            changes.add("receipt: " + (had ? "replaced by " : "") + receipt + " (uploaded, then attached)");
            cmd.opt("--receipt", e.receipt());
        }
        if (changes.isEmpty()) {
            throw new CliException.Usage("expense " + x.id() + " (" + before + ") already has those values");
        }
        if (x.invoiceId() != null && x.invoiceId() > 0) {
            warnings.add("expense " + x.id() + " is on an invoice already; the invoice keeps its line as it is");
        }
        ExpenseDraft change = patch;
        Path file = receipt;
        String id = String.valueOf(x.id());
        String label = "the expense " + id + " (" + before + ")";
        return new Plan("Change expense " + id + " (" + before + ")", changes, warnings, cmd.toString(), null, () -> {
            // the file first: if its upload fails nothing has changed (an orphan upload is harmless)
            ExpenseDraft all = change;
            if (file != null) {
                UploadedAttachment up = account.client().uploads().uploadAttachment(file);
                all = all.withAttachment(up.ref());
            }
            ExpenseDto after = account.client().expenses().update(x.id(), all);
            List<Undo> undo = new ArrayList<>();
            if (!previous.isEmpty()) {
                undo.add(new Undo.Restore("expense", id, label, previous));
            }
            if (file != null && !previous.containsKey("attachment")) {
                undo.add(new Undo.Irreversible(
                        "the receipt attached to expense " + id + " stays: FreshBooks documents no way to remove one"));
            }
            return new Applied(
                    "Changed expense " + id + ": now " + finder.describe(after),
                    "expense",
                    id,
                    account.link("expense", id),
                    Results.json("expense", id, after),
                    undo);
        });
    }

    public Plan delete(Intent.DeleteExpense d) {
        ExpenseDto x = finder.find(d.expense(), "delete");
        String what = finder.describe(x);
        String id = String.valueOf(x.id());
        List<String> warnings = new ArrayList<>();
        if (x.invoiceId() != null && x.invoiceId() > 0) {
            warnings.add("expense " + id + " is on an invoice; the invoice keeps its line");
        }
        List<String> details = new ArrayList<>();
        if (x.notes() != null && !x.notes().isBlank()) {
            details.add("note: " + x.notes());
        }
        return new Plan(
                "Delete expense " + id + " (" + what + ")",
                details,
                warnings,
                Cmd.of("expense", "delete").arg(id).toString(),
                null,
                () -> {
                    ExpenseDto after = account.client().expenses().delete(x.id());
                    return new Applied(
                            "Deleted expense " + id + " (" + what + ")",
                            "expense",
                            id,
                            null,
                            Results.json("expense", id, after),
                            List.of(new Undo.Restore(
                                    "expense", id, "the expense " + id + " (" + what + ")", Map.of("vis_state", 0))));
                });
    }

    /**
     * Downloads the receipt of an expense into {@code save}: a directory gets a file named after the
     * expense, an existing file is not overwritten unless {@code overwrite}. A read: nothing in
     * FreshBooks changes.
     */
    public View receipt(ExpenseRef ref, Path save, boolean overwrite) {
        ExpenseDto x = finder.find(ref, "receipt");
        if (x.attachment() == null || x.attachment().jwt() == null) {
            throw new CliException.Usage(
                    "expense " + x.id() + " (" + finder.describe(x) + ") has no receipt",
                    "`fb expense edit " + x.id() + " --receipt FILE` attaches one");
        }
        DownloadedFile f = Account.call(() ->
                account.client().uploads().downloadAttachment(x.attachment().jwt()));
        Path target = save.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("expense-" + x.id() + extension(f.mediaType()));
        }
        if (Files.exists(target) && !overwrite) {
            throw new CliException.Usage(
                    target + " already exists", "give another name, or pass --force to replace it");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CliException.Usage("there is no directory " + parent + " to save the receipt in");
        }
        try {
            Path tmp = Files.createTempFile(parent, ".receipt-", ".part");
            try {
                Files.write(tmp, f.content());
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ex) {
            throw new CliException.Usage("cannot write the receipt to " + target + ": " + ex.getMessage());
        }
        ObjectNode json = JSON.createObjectNode()
                .put("ok", true)
                .put("kind", "expense")
                .put("id", String.valueOf(x.id()))
                .put("saved", target.toString())
                .put("media_type", f.mediaType())
                .put("bytes", f.size());
        return View.lines(
                List.of("Saved the receipt of expense " + x.id() + " (" + finder.describe(x) + ") to " + target + " ("
                        + f.size() + " bytes" + (f.mediaType() == null ? "" : ", " + f.mediaType()) + ")"),
                json,
                Cmd.of("expense", "receipt").arg(x.id()).opt("--save", save).toString());
    }

    private static String extension(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        switch (mediaType) {
            case "image/png":
                return ".png";
            case "image/jpeg":
                return ".jpg";
            case "image/gif":
                return ".gif";
            case "image/webp":
                return ".webp";
            case "image/heic":
                return ".heic";
            case "application/pdf":
                return ".pdf";
            default:
                return "";
        }
    }

    static String orNone(String s) {
        return s == null || s.isBlank() ? "(none)" : s;
    }
}
