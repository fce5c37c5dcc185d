package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.model.UploadedAttachment;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Expenses: {@code /accounting/account/{account_id}/expenses/expenses}. Delete is a soft delete. A
 * link to a {@code /projects} project is written as {@code modern_projectid}; read back with
 * {@link ExpenseDto#linkedProjectId()} (either field).
 */
public final class Expenses {
    private static final String RES = "expenses/expenses";
    private final Accounting api;
    private final Uploads uploads;

    Expenses(Accounting api, Uploads uploads) {
        this.api = api;
        this.uploads = uploads;
    }

    public Paged<ExpenseDto> list(ExpenseQuery q) {
        return api.list(RES, "expenses", ExpenseDto.class, filters(q), localFilter(q));
    }

    public Page<ExpenseDto> page(ExpenseQuery q, int page, int perPage) {
        return api.page(RES, "expenses", ExpenseDto.class, page, perPage, filters(q));
    }

    /** One expense with its receipt ({@code include[]=attachment}). */
    public ExpenseDto get(long id) {
        return api.get(RES, id, "expense", ExpenseDto.class, r -> r.withQuery("include[]", "attachment"));
    }

    /** Creates an expense: needs {@code categoryid}, {@code staffid}, {@code date}, {@code amount}. */
    public ExpenseDto create(ExpenseDraft draft) {
        return api.create(RES, "expense", draft, ExpenseDto.class, r -> r.withQuery("include[]", "attachment")
                .withIdentifyingField("date", draft.date())
                .withIdentifyingField("amount", draft.amount())
                .withIdentifyingField("vendor", draft.vendor())
                .withIdentifyingField("categoryid", draft.categoryId()));
    }

    /**
     * Uploads {@code receipt}, then creates the expense with it attached. If the create's outcome is
     * unknown the upload stays as an unattached file (harmless).
     */
    public ExpenseDto createWithReceipt(ExpenseDraft draft, Path receipt) {
        UploadedAttachment up = uploads.uploadAttachment(receipt);
        return create(draft.withAttachment(up.ref()));
    }

    /** Uploads {@code receipt} and attaches it to an existing expense. */
    public ExpenseDto attachReceipt(long id, Path receipt) {
        UploadedAttachment up = uploads.uploadAttachment(receipt);
        return update(id, ExpenseDraft.empty().withAttachment(up.ref()));
    }

    public ExpenseDto update(long id, ExpenseDraft draft) {
        return api.update(RES, id, "expense", draft, ExpenseDto.class, r -> r.withQuery("include[]", "attachment"));
    }

    public ExpenseDto delete(long id) {
        return api.softDelete(RES, id, "expense", ExpenseDto.class);
    }

    /** Brings a deleted expense back ({@code vis_state: 0}). */
    public ExpenseDto restore(long id) {
        return api.setVisState(RES, id, "expense", 0, ExpenseDto.class);
    }

    private static UnaryOperator<ApiRequest> filters(ExpenseQuery q) {
        // Honoured keys (API.md §5.4). There is no status filter upstream.
        return r -> r.withQuery("search[clientid]", q.clientId())
                .withQuery("search[categoryid]", q.categoryId())
                .withQuery("search[date_min]", Accounting.date(q.dateMin()))
                .withQuery("search[date_max]", Accounting.date(q.dateMax()))
                .withQuery(
                        "search[amount_min]",
                        q.amountMin() == null ? null : q.amountMin().toPlainString())
                .withQuery("include[]", Boolean.TRUE.equals(q.includeAttachment()) ? "attachment" : null);
    }

    private static Predicate<ExpenseDto> localFilter(ExpenseQuery q) {
        if (q.projectId() == null && q.vendorContains() == null && q.amountMin() == null) return null;
        // Local: search[projectid] matches the Classic projectid only, while new projects are linked by
        // modern_projectid; and vendor matching is only listed by one third-party source.
        String vendor = q.vendorContains() == null ? null : q.vendorContains().toLowerCase(Locale.ROOT);
        // The amount is checked here too: search[amount_min] is documented (API.md §5.4) but not live-verified.
        return e -> (q.projectId() == null || q.projectId().equals(e.linkedProjectId()))
                && (vendor == null || Clients.contains(e.vendor(), vendor))
                && (q.amountMin() == null
                        || e.amount() != null && e.amount().amount().compareTo(q.amountMin()) >= 0);
    }
}
