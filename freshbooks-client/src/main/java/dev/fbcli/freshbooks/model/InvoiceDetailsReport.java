package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code reports/accounting/invoice_details} (API.md §5.15): the invoices of a period (by issue or
 * paid date) per client, with totals; one currency.
 */
public record InvoiceDetailsReport(
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("date_type") String dateType,
        @JsonProperty("start_date") LocalDate startDate,
        @JsonProperty("end_date") LocalDate endDate,
        @JsonProperty("clients") List<Client> clients,
        @JsonProperty("summary") Summary summary) {

    public InvoiceDetailsReport {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /** Outstanding, paid and total of a set of invoices. */
    public record Summary(
            @JsonProperty("outstanding") Money outstanding,
            @JsonProperty("paid") Money paid,
            @JsonProperty("total") Money total) {}

    /** One client's invoices. */
    public record Client(
            @JsonProperty("clientid") Long clientId,
            @JsonProperty("name") String name,
            @JsonProperty("invoices") List<Row> invoices,
            @JsonProperty("summary") Summary summary) {
        public Client {
            invoices = invoices == null ? List.of() : List.copyOf(invoices);
        }
    }

    /** One invoice of the report. */
    public record Row(
            @JsonProperty("invoiceid") Long invoiceId,
            @JsonProperty("invoice_number") String invoiceNumber,
            @JsonProperty("create_date") LocalDate createDate,
            @JsonProperty("date_paid") LocalDate datePaid,
            @JsonProperty("status") String status,
            @JsonProperty("amount") Money amount,
            @JsonProperty("paid") Money paid,
            @JsonProperty("outstanding") Money outstanding) {}
}
