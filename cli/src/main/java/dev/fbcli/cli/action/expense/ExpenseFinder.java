package dev.fbcli.cli.action.expense;

import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.nlp.intent.ExpenseRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which expense the user means, for show, edit and delete alike: one by its id; the last one
 * recorded; or the one that fits what was said (its day, vendor, amount, category, a category
 * including its sub-categories). Several that fit are a numbered choice at a terminal and a usage
 * error listing them (with their ids) in a script. Without a day, the last {@value #RECENT_DAYS}
 * days are searched.
 */
public final class ExpenseFinder {
    static final int RECENT_DAYS = 90;
    static final int MAX_CHOICES = 20;

    private final Account account;
    private final Names names;

    public ExpenseFinder(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    /** The expense {@code ref} means (with its receipt); {@code verb} words the hints. */
    public ExpenseDto find(ExpenseRef ref, String verb) {
        if (ref.isId()) {
            return byId(Long.parseLong(ref.id()));
        }
        ExpenseQuery q = ExpenseQuery.empty();
        if (ref.day() != null) {
            q = q.withDateMin(ref.day()).withDateMax(ref.day().plusDays(1));
        } else {
            q = q.withDateMin(account.today().minusDays(RECENT_DAYS));
        }
        if (ref.vendor() != null) {
            q = q.withVendorContains(ref.vendor());
        }
        Candidate category = ref.category() == null ? null : names.category(ref.category(), null);
        Set<String> categories = category == null ? null : withChildren(category.id());
        ExpenseQuery query = q;
        List<ExpenseDto> fit = new ArrayList<>(
                Account.call(() -> account.client().expenses().list(query).toList()));
        fit.removeIf(x -> x.visState() != null && x.visState() != 0);
        fit.removeIf(x -> ref.day() != null && !ref.day().equals(x.date()));
        if (categories != null) {
            fit.removeIf(x -> x.categoryId() == null || !categories.contains(String.valueOf(x.categoryId())));
        }
        if (ref.amount() != null) {
            fit.removeIf(x -> x.amount() == null
                    || x.amount().amount().compareTo(ref.amount().amount()) != 0
                    || ref.amount().currencyOrNull() != null
                            && !ref.amount().currencyOrNull().equals(x.amount().code()));
        }
        String said = said(ref, category);
        if (fit.isEmpty()) {
            throw new CliException.Usage(
                    "no expense fits " + said + (ref.day() == null ? " in the last " + RECENT_DAYS + " days" : ""),
                    "`fb expense list` shows the expenses with their ids; `fb expense " + verb + " ID` takes one");
        }
        ExpenseDto picked;
        if (ref.last()) {
            // the last one recorded: the highest id (FreshBooks numbers them in order)
            picked = fit.stream().max(Comparator.comparing(ExpenseDto::id)).orElseThrow();
        } else if (fit.size() == 1) {
            picked = fit.get(0);
        } else {
            fit.sort(Comparator.comparing(ExpenseDto::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ExpenseDto::id));
            picked = choose(fit, said, verb);
        }
        return byId(picked.id());
    }

    private ExpenseDto byId(long id) {
        ExpenseDto x;
        try {
            x = account.client().expenses().get(id);
        } catch (NotFoundException nf) {
            throw new CliException.Usage(
                    "there is no expense " + id + " in " + account.business().name(),
                    "`fb expense list` shows the expenses with their ids");
        } catch (FreshBooksException fe) {
            throw ApiErrors.translate(fe);
        }
        if (x.visState() != null && x.visState() == 1) {
            throw new CliException.Usage("expense " + id + " was deleted", "`fb undo --list` shows what fb changed");
        }
        return x;
    }

    private ExpenseDto choose(List<ExpenseDto> fit, String said, String verb) {
        if (fit.size() > MAX_CHOICES) {
            throw new CliException.Usage(
                    fit.size() + " expenses fit " + said + ": say its day, vendor or amount",
                    "`fb expense list` shows them with their ids; `fb expense " + verb + " ID` takes one");
        }
        List<Candidate> options = new ArrayList<>();
        for (ExpenseDto x : fit) {
            options.add(new Candidate(String.valueOf(x.id()), x.id() + "  " + describe(x), null, true));
        }
        Candidate c;
        try {
            c = names.chooser().choose("expense", "expense", options);
        } catch (CliException.Usage noTerminal) {
            throw new CliException.Usage(
                    fit.size() + " expenses fit " + said + ": "
                            + fit.stream()
                                    .map(x -> x.id() + " (" + describe(x) + ")")
                                    .collect(Collectors.joining(", ")),
                    "give the id: `fb expense " + verb + " " + fit.get(0).id() + " …`");
        }
        return fit.stream()
                .filter(x -> String.valueOf(x.id()).equals(c.id()))
                .findFirst()
                .orElseThrow();
    }

    /** "$64.00 Office Supplies at Staples, Sat Nov 21, on Admin". */
    public String describe(ExpenseDto x) {
        String category = names.nameOf(Kind.CATEGORY, x.categoryId());
        return Fmt.money(x.amount())
                + (category.isEmpty() ? "" : " " + category)
                + (x.vendor() == null || x.vendor().isBlank() ? "" : " at " + x.vendor())
                + (x.date() == null ? "" : ", " + Fmt.day(x.date(), account.today()))
                + on(x);
    }

    /** ", on Apollo (Initech)", ", on Globex Inc", or "". */
    public String on(ExpenseDto x) {
        String p = x.linkedProjectId() == null ? "" : names.nameOf(Kind.PROJECT, x.linkedProjectId());
        String c = x.clientId() == null || x.clientId() == 0 ? "" : names.nameOf(Kind.CLIENT, x.clientId());
        if (!p.isEmpty()) {
            return ", on " + p + (c.isEmpty() ? "" : " (" + c + ")");
        }
        return c.isEmpty() ? "" : ", on " + c;
    }

    Set<String> withChildren(String id) {
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

    private String said(ExpenseRef ref, Candidate category) {
        List<String> parts = new ArrayList<>();
        if (ref.last()) {
            parts.add("the last one");
        }
        if (ref.day() != null) {
            parts.add(Fmt.day(ref.day(), account.today()));
        }
        if (ref.vendor() != null) {
            parts.add("at " + ref.vendor());
        }
        if (ref.amount() != null) {
            parts.add(Fmt.money(ref.amount().amount(), ref.amount().currencyOrNull()));
        }
        if (category != null) {
            parts.add(category.name().toLowerCase(Locale.ROOT));
        }
        return "'" + String.join(", ", parts) + "'";
    }
}
