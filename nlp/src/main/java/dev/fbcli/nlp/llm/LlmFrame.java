package dev.fbcli.nlp.llm;

import dev.fbcli.nlp.intent.BillingMethod;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceStatus;
import dev.langchain4j.model.output.structured.Description;
import java.math.BigDecimal;
import java.util.List;

/**
 * The flat frame the model fills (STYLE convention 5): the intent as an enum, every other field
 * nullable. Its JSON schema ({@link FrameSchema}) is made from these components and their
 * {@link Description}s; JSON names are the components' names in snake case ({@code startTime} is
 * {@code start_time}).
 *
 * <p>Amounts, durations and dates are <em>text as the user said it</em> ("$1,200", "2h15m",
 * "last Friday"): the same extractors as the rules parser read them ({@link ProposalReader}), so
 * the model never does the arithmetic that ends up in the account.
 */
public record LlmFrame(
        @Description("What the user asks for: one of the listed intents, or unknown when it is none of them")
                IntentType intent,
        @Description("How sure you are that this is what the user meant, from 0 to 1") BigDecimal confidence,
        @Description(
                        "A client named as a client ('client Acme', \"Acme's invoice\", 'for the client Globex'), as written")
                String client,
        @Description("A project named as a project ('the Website Redesign project'), as written") String project,
        @Description(
                        "A name said without saying whether it is a client or a project ('on Acme', 'for Acme'), as written")
                String target,
        @Description("The kind of work for time entries and timers ('design', 'consulting'), as written")
                String service,
        @Description("A note, memo or description of what was done, as written") String note,
        @Description("The expense category ('travel', 'office supplies'), as written") String category,
        @Description("Who was paid for an expense ('Staples', 'Uber'), as written") String vendor,
        @Description("A receipt file path, as written") String receipt,
        @Description("An invoice number exactly as written ('0042', '42')") String invoice,
        @Description("'latest' when the user means a client's most recent invoice instead of a number") String which,
        @Description("An invoice status to filter on") InvoiceStatus status,
        @Description("An e-mail address, exactly as written") String email,
        @Description("A phone number, exactly as written") String phone,
        @Description("How a payment was made ('bank transfer', 'cheque'), as written") String method,
        @Description("A length of time as written ('3 hours', '2h15m', 'an hour and a half', 'from 9 to 11:30')")
                String duration,
        @Description("The time of day work started ('9am', '14:00'), as written") String startTime,
        @Description("One day as written ('today', 'yesterday', 'last Friday', 'March 3') or YYYY-MM-DD") String date,
        @Description(
                        "A span of days as written ('last week', 'this month', 'in October', 'the last 7 days', 'since Monday')")
                String period,
        @Description("The first day of a span, as written or YYYY-MM-DD, when the start is said on its own")
                String dateFrom,
        @Description("The last day of a span, as written or YYYY-MM-DD, when the end is said on its own") String dateTo,
        @Description("When an invoice or project is due, as written or YYYY-MM-DD") String dueDate,
        @Description("Payment terms in days ('net 30' is 30)") Integer dueInDays,
        @Description("For listing invoices issued at least this many days ago ('over 30 days old' is 30)")
                Integer olderThanDays,
        @Description("An amount of money as written, with its currency sign or word ('$45', '€2,000', '300 CAD')")
                String amount,
        @Description("The total of an invoice as written, when a total is stated") String total,
        @Description("For listing invoices above an amount, as written") String minAmount,
        @Description("A project's budget in money, as written") String budgetAmount,
        @Description("An hourly rate as written ('$120/hour')") String rate,
        @Description("A project's fixed price, as written") String fixedPrice,
        @Description("A project's budget in hours") BigDecimal budgetHours,
        @Description("How a project is billed") BillingMethod billingMethod,
        @Description("true when the user asks to send or e-mail the new invoice") Boolean send,
        @Description("true or false only when the user says whether the time is billable") Boolean billable,
        @Description("true when the user asks only for clients who owe money") Boolean hasOutstanding,
        @Description("A company name, for a new client or a client's new name, as written") String organization,
        @Description("A person's first name, as written") String firstName,
        @Description("A person's last name, as written") String lastName,
        @Description("A currency as an ISO 4217 code ('EUR'), only when the user names one") String currency,
        @Description("The title of a new project, as written") String title,
        @Description("A person to add to a project: a name or an e-mail address, as written") String member,
        @Description("The lines of a new invoice") List<Line> lines) {

    /** One invoice line. */
    public record Line(
            @Description("What was done or sold, as written") String description,
            @Description("How many hours or units; 1 when not said") BigDecimal quantity,
            @Description(
                            "The price of one unit as written ('$150'), when it is said or is the total divided by the quantity")
                    String unitCost) {}

    /** The words of an enum as JSON holds them: the intent's wire names, else the lower-case constant names. */
    public static List<String> words(Class<?> enumType) {
        List<String> out = new java.util.ArrayList<>();
        for (Object c : enumType.getEnumConstants()) {
            out.add(
                    c instanceof IntentType it
                            ? it.wire()
                            : ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** {@code startTime} → {@code start_time}. */
    static String jsonName(String component) {
        StringBuilder sb = new StringBuilder(component.length() + 4);
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
