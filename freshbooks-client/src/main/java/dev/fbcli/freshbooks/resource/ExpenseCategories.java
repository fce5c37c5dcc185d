package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.model.ExpenseCategoryDto;
import dev.fbcli.freshbooks.model.Paged;

/** Expense categories (read-only): {@code /accounting/account/{account_id}/expenses/categories}. */
public final class ExpenseCategories {
    private static final String RES = "expenses/categories";
    private final Accounting api;

    ExpenseCategories(Accounting api) {
        this.api = api;
    }

    public Paged<ExpenseCategoryDto> list() {
        return api.list(RES, "categories", ExpenseCategoryDto.class, r -> r, null);
    }

    public ExpenseCategoryDto get(long id) {
        return api.get(RES, id, "category", ExpenseCategoryDto.class, r -> r);
    }
}
