package dev.fbcli.freshbooks.model;

import java.time.LocalDate;

/** Expense list filters. Sent: {@code clientid}, {@code categoryid}, {@code date_min/max}. Local: {@code projectId} (the server filter {@code search[projectid]} is the Classic id; new projects are linked by {@code modern_projectid}), {@code vendorContains}. */
public record ExpenseQuery(
        Long clientId,
        Long categoryId,
        LocalDate dateMin,
        LocalDate dateMax,
        Long projectId,
        String vendorContains,
        Boolean includeAttachment) {

    /** All fields unset. */
    public static ExpenseQuery empty() {
        return new ExpenseQuery(null, null, null, null, null, null, null);
    }

    public ExpenseQuery withClientId(Long v) {
        return new ExpenseQuery(v, categoryId, dateMin, dateMax, projectId, vendorContains, includeAttachment);
    }

    public ExpenseQuery withCategoryId(Long v) {
        return new ExpenseQuery(clientId, v, dateMin, dateMax, projectId, vendorContains, includeAttachment);
    }

    public ExpenseQuery withDateMin(LocalDate v) {
        return new ExpenseQuery(clientId, categoryId, v, dateMax, projectId, vendorContains, includeAttachment);
    }

    public ExpenseQuery withDateMax(LocalDate v) {
        return new ExpenseQuery(clientId, categoryId, dateMin, v, projectId, vendorContains, includeAttachment);
    }

    public ExpenseQuery withProjectId(Long v) {
        return new ExpenseQuery(clientId, categoryId, dateMin, dateMax, v, vendorContains, includeAttachment);
    }

    public ExpenseQuery withVendorContains(String v) {
        return new ExpenseQuery(clientId, categoryId, dateMin, dateMax, projectId, v, includeAttachment);
    }

    public ExpenseQuery withIncludeAttachment(Boolean v) {
        return new ExpenseQuery(clientId, categoryId, dateMin, dateMax, projectId, vendorContains, v);
    }
}
