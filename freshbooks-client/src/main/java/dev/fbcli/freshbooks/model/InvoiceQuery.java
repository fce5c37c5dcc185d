package dev.fbcli.freshbooks.model;

import java.time.LocalDate;

/** Invoice list filters. Sent: {@code customerid}, {@code v3_status}, {@code date_min/max}, {@code updated_min/max}, {@code invoice_number}, {@code vis_state}. Local (FreshBooks ignores or never documented them): {@code status}, {@code paymentStatus}, {@code dueBefore}/{@code dueAfter}. */
public record InvoiceQuery(
        Long customerId,
        String v3Status,
        LocalDate dateMin,
        LocalDate dateMax,
        LocalDate updatedMin,
        LocalDate updatedMax,
        String invoiceNumber,
        Integer visState,
        Boolean includeLines,
        Integer status,
        String paymentStatus,
        LocalDate dueBefore,
        LocalDate dueAfter) {

    /** All fields unset. */
    public static InvoiceQuery empty() {
        return new InvoiceQuery(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public InvoiceQuery withCustomerId(Long v) {
        return new InvoiceQuery(
                v,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withV3Status(String v) {
        return new InvoiceQuery(
                customerId,
                v,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withDateMin(LocalDate v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                v,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withDateMax(LocalDate v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                v,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withUpdatedMin(LocalDate v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                v,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withUpdatedMax(LocalDate v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                v,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withInvoiceNumber(String v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                v,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withVisState(Integer v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                v,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withIncludeLines(Boolean v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                v,
                status,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withStatus(Integer v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                v,
                paymentStatus,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withPaymentStatus(String v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                v,
                dueBefore,
                dueAfter);
    }

    public InvoiceQuery withDueBefore(LocalDate v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                v,
                dueAfter);
    }

    public InvoiceQuery withDueAfter(LocalDate v) {
        return new InvoiceQuery(
                customerId,
                v3Status,
                dateMin,
                dateMax,
                updatedMin,
                updatedMax,
                invoiceNumber,
                visState,
                includeLines,
                status,
                paymentStatus,
                dueBefore,
                v);
    }
}
