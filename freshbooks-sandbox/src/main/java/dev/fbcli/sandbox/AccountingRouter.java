package dev.fbcli.sandbox;

/** Accounting family ({@code /accounting/account/{account_id}/...}, API.md §4.1 and §5). */
final class AccountingRouter {
    private AccountingRouter() {}

    static void register(Routes r) {
        ClientsResource.register(r);
        InvoicesResource.register(r);
        EstimatesResource.register(r);
        PaymentsResource.register(r);
        ExpensesResource.register(r);
        TaxesResource.register(r);
        ReportsResource.register(r);
    }
}
