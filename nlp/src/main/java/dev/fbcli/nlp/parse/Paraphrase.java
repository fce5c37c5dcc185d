package dev.fbcli.nlp.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests said in a shape the grammar does not read, put in one it does, before the grammar: a
 * table of whole-phrase shapes, each with the request it says ("raise consulting to 110/hr" is "set
 * the rate for consulting to 110/hr"). Every word that carries a value is kept as typed; only the
 * request's own words change. A shape matches the whole phrase or not at all, so a phrase that
 * merely contains such words is left alone. To teach fb another way of saying a request, add a row.
 */
final class Paraphrase {
    private Paraphrase() {}

    /** One shape and the request it says ({@code $1}… are the shape's groups; null: {@link #entryFix}). */
    private record Row(Pattern shape, String request) {}

    /**
     * "the Globex entry from yesterday was actually 4 hours, not 2": the entry, from its old length
     * (with the new one's unit when it has none) to the new.
     */
    private static String entryFix(Matcher m) {
        String to = m.group(2).strip();
        if (m.group(3) == null) {
            return "change " + m.group(1) + " to " + to;
        }
        String from = m.group(3).strip();
        if (from.matches("\\d+(?:\\.\\d+)?")) {
            Matcher unit = Pattern.compile("(?i)[\\d.]+\\s*([a-z]+)").matcher(to);
            if (unit.find()) {
                from = from + " " + unit.group(1);
            }
        }
        return "change " + m.group(1) + " of " + from + " to " + to;
    }

    private static final String ASK =
            "(?:(?:hey|ok|okay)[,!]? )?(?:(?:can|could|would) you (?:please |kindly )?|please |pls |i'd like to |i want to |i need to )?";

    private static final String RATE =
            "((?:[$€£]\\s?)?\\d[\\d,]*(?:\\.\\d{1,2})?(?:\\s?(?:/\\s?(?:h|hr|hour)|an hour|per hour|hourly|/hr)))";

    /** Words that a project taken a member off never holds ("write off the balance on invoice 0006"). */
    private static final String OFF_NOT =
            "(?:invoice|inv|timer|balance|bill|estimate|payment|expense|entry|what|it|project|proj)\\b";

    /** A currency said after an amount ("23 USD", "40 euros"): kept with the amount when a row moves it. */
    private static final String CURRENCY_AFTER = "(?:\\s?(?:usd|cad|eur|gbp|aud|euros?|pounds|quid|dollars|bucks)\\b)?";

    /** Records a project's or client's name is never: "status of invoice 7" is not a project's. */
    private static final String RECORDS =
            "invoice|inv|estimate|est|quote|expense|entry|entries|timer|payment|time entry";

    /** Who a change told as news is about (not "my phone number is …"). */
    private static final String WHOSE =
            "(?:the )?(?!(?:my|our|your|his|her|their|i|me|we|you|it|this|that|what|which|who)\\b)(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)";

    /** ", please update it", ". Update the client.": the request after the news. */
    private static final String UPDATE_IT =
            "(?:[,;.] (?:please |pls |can you |could you )?(?:update|change|fix|edit|record|save)"
                    + " (?:it|them|that|this|the client|their record|the record|their details)\\.?)?[.!]?$";

    /** The client details a change told as news names. */
    private static final String DETAILS =
            "address|billing address|email|e-mail|email address|e-mail address|phone|phone number|number|telephone|mobile"
                    + "|contact|contact person|point of contact";

    private static final List<Row> ROWS = List.of(
            // "can you call the Admin project 'Internal Admin' from now on?": renamed (not a phone call)
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:call|name|rename|retitle) (?:the )?(.{1,40}?) ((?:project|client) )?[\"'“‘](.{1,60}?)[\"'”’]"
                            + "(?: (?:from now on|instead|going forward|now))?\\s*[?.!]?$"),
                    "rename the $1 $2to $3"),
            // "budget hours 120 for mobile app": a project's budget, said as the field and its value
            new Row(
                    Pattern.compile(
                            "(?i)^(?:set )?budget(?: hours| hrs)? (?:of |to |= ?)?(\\d{1,5}(?:\\.\\d+)?)(?: ?(?:hours|hrs|h))? (?:for|on) (?:the )?(.{1,40}?)(?: project)?[.!]?$"),
                    "set the budget for the $2 project to $1 hours"),
            // "acme new email ap@acme.example", "globex new phone 555 0101": a client's new contact detail
            new Row(
                    Pattern.compile(
                            "(?i)^(?!(?:the|my|a|an|log|add|create|make|invoice|expense|project|time|timer|set|change|update)\\b)"
                                    + "(\\p{L}[\\p{L}&.' -]{0,40}?) (?:new|updated|changed) (email|e-mail|email address|phone|phone number|address|billing address) (?:is |to |: ?)?(.+?)[.!]?$"),
                    "change $1's $2 to $3"),
            // "push Website Redesign's due date out to January 15": the project's due date, set
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:push|extend|bump|shift|slide) (?:the )?(.{1,40}?)(?:'s|’s)? (?:project'?s? )?(?:due date|deadline)"
                            + " (?:out |back |forward )?(?:to|until|till) (.+?)[.!?]?$"),
                    "move the $1 deadline to $2"),
            // "a list of the clients who haven't paid up yet", "which clients still haven't paid": who owes
            new Row(
                    Pattern.compile(
                            "(?i)^(?:(?:can|could) you )?(?:give me |show me |get me )?(?:a list of |list |show |which |who are )?(?:all )?(?:the |my )?clients"
                                    + " (?:who|that) (?:still )?(?:haven't|have not|hasn't|has not|didn't|did not|are yet to|have yet to) (?:paid|pay|settled?)(?: up)?(?: yet)?(?: me)?\\s*[?.!]?$"),
                    "which clients owe me money"),
            // "what's Acme into me for", "how much is Wayne in for": what the client owes
            new Row(
                    Pattern.compile(
                            "(?i)^(?:what'?s|whats|what is|how much(?:'s| is)?) (.{1,40}?) (?:into (?:me|us)|in) for(?: (?:now|right now|rn|atm|at the moment))?\\s*\\??$"),
                    "what does $1 owe me"),
            // "when did Acme last pay me?": its payments
            new Row(
                    Pattern.compile(
                            "(?i)^when (?:did|was) (.{1,40}?) (?:last )?(?:pay|paid)(?: (?:me|us))?(?: last)?(?: (?:anything|something))?\\s*\\??$"),
                    "show payments from $1"),
            // "how much unbilled time have I got sitting on Acme?": the time not yet invoiced
            new Row(
                    Pattern.compile(
                            "(?i)^how much (unbilled|uninvoiced|unbilled time|uninvoiced time|time (?:that's |that is )?(?:not )?(?:yet )?(?:billed|invoiced))"
                                    + " (?:have (?:i|we)(?: got)?|do (?:i|we) have|is there|is)(?: (?:sitting|left|outstanding|waiting))? (?:on|for|with|against) (.{1,40}?)\\s*\\??$"),
                    "show unbilled time for $2"),
            // "what was I doing yesterday, time-wise?": the time logged then
            new Row(
                    Pattern.compile(
                            "(?i)^what (?:was|were) (?:i|we) (?:doing|up to|working on|busy with)( .{1,40}?)?(?:,? (?:time|hours)[- ]?wise)?\\s*\\??$"),
                    "what did I work on$1"),
            // "whats the clock ticking on rn", "what's the timer running on": the timer's state
            new Row(
                    Pattern.compile(
                            "(?i)^what'?s (?:the |my )?(?:clock|timer|meter|stopwatch) (?:ticking|running|going|counting|on)(?: on| for)?(?: (?:rn|now|right now|atm|at the moment))?\\s*\\??$"),
                    "timer status"),
            // "which Q3 invoices got paid?", "what Acme invoices have been paid this year": a list, never a payment
            new Row(
                    Pattern.compile(
                            "(?i)^(?:which|what|any|show me which|list which) (?:of (?:my|the) )?(.{0,40}?)\\b(?:invoices?|bills?|inv)"
                                    + " (?:got|were|have been|has been|was|are|is|did (?:i|we) get) (?:fully |already )?(paid|settled|paid off|paid up)\\b(.{0,40}?)[?.!]*$"),
                    "show paid $1invoices$3"),
            // "payment received for inv 0008 via paypal", "payment came in from Acme on invoice 0004"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:a |the )?payment (?:received|came in|arrived|landed|cleared|showed up)\\b,?\\s?(.*\\binv(?:oice)?\\b.*)$"),
                    "record a payment $1"),
            // "fire invoice 0005 over to bill@initech.example", "shoot the Acme estimate over to Rita"
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:fire|shoot|ping|pass|zap|send) (.{1,60}?) (?:over|across|along) (to .+)$"),
                    "send $1 $2"),
            // "flip my last time entry to non-billable", "toggle entry 6004 to billable"
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:flip|toggle|switch|swap) (.{1,60}?\\b(?:entry|entries|expense|time|hours))"
                            + " (?:to|over to|as) ((?:non-?|un|not )?billable)[.!?]?$"),
                    "mark $1 as $2"),
            // "recategorize expense 7006 as Equipment", "re-categorise the last expense to Travel"
            new Row(
                    Pattern.compile("(?i)^" + ASK + "re-?categori[sz]e (.{1,60}?) (?:as|to|under|into) (.+?)[.!?]?$"),
                    "change the category on $1 to $2"),
            // "details for expense #7006", "the details of invoice 0004": that record shown
            new Row(
                    Pattern.compile(
                            "(?i)^(?:show (?:me )?)?(?:the )?(?:full )?(?:details|info|information) (?:for|of|on|about) "
                                    + "((?:expense|invoice|estimate|quote|payment|(?:time )?entry) #?[\\w-]{1,12})[.!?]?$"),
                    "show $1"),
            // "reassign my Globex entry from the 16th to client Initech": moved
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK + "(?:reassign|re-assign|reallocate|re-allocate|refile|re-file) (.+)$"),
                    "move $1"),
            // "time entry 6003 - bump it to 4.5 hours": the record, then the change on "it"
            new Row(
                    Pattern.compile(
                            "(?i)^((?:the |my )?(?:time )?(?:entry|expense) #?\\d{1,12})\\s?[-–—:,]\\s?(?:please )?"
                                    + "(?:bump|change|set|make|update|move|raise|lower|cut) (?:it|that) (?:up |down )?to (.+)$"),
                    "change $1 to $2"),
            // "raise consulting to 110/hr", "bump the design rate up to $95 an hour"
            new Row(
                    Pattern.compile("(?i)^" + ASK + "(?:raise|bump|increase|up|lower|reduce|drop|cut) (?:the )?"
                            + "(?:(?:hourly |billing )?rate (?:for|of|on) )?(?:the )?(\\p{L}[\\p{L} &'-]{0,40}?)(?:'s)?"
                            + "(?: (?:hourly |billing )?rate)?(?: up| down)? to " + RATE + "[.!?]?$"),
                    "set the rate for $1 to $2"),
            // "set Copywriting to $90 per hour": a kind of work (or a project) set to an hourly rate
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:set|change|make|update|move|put) (?:the )?(?!(?:the )?(?:budget|rate|entry|expense|invoice|estimate|timer|last|my)\\b)"
                            + "(\\p{L}[\\p{L} &'-]{0,40}?)(?:'s)?(?: (?:hourly |billing )?rate)? to " + RATE
                            + "[.!?]?$"),
                    "set the rate for $1 to $2"),
            // "Edit time entry 6033 make it 1:30": the entry, to the new length
            new Row(
                    Pattern.compile(
                            "(?i)^(.*\\b(?:entry|entries|expense) #?\\d{1,12}),? (?:make it|set it to|change it to) (.+)$"),
                    "$1 to $2"),
            // "turn my Okafor Design hours into an invoice"
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:turn|convert|make|put) (?:all (?:of )?)?(?:my |the |our )?(\\p{L}[\\p{L} &'.-]{0,40}?)(?:'s)? "
                                    + "((?:unbilled |billable |tracked |logged )?(?:hours|time|time entries|work)) (?:into|to|in to) (?:an? |one )?invoice"
                                    + "(,? (?:grouped|itemi[sz]ed|broken down|split) by (?:day|project|service|entry|person|member))?[.!?]?$"),
                    "invoice $1 for $2$3"),
            // "look up Lumen Dental", "pull up Globex": a client, named with capitals
            new Row(
                    Pattern.compile(
                            "^(?i:" + ASK
                                    + "(?:look up|pull up|bring up|look at)) (?!(?i:the |my |an? |all )?(?:invoice|expense|estimate|quote|project|payment|time|entr|timer|report|client|service)s?\\b)(?!(?:The|My|Our|Last|Latest|All|A|An|This|That)\\b)(\\p{Lu}[\\p{L}&.' -]{0,40}?)[.!?]?$"),
                    "show client $1"),
            // "record €300 from Umbrella Health via PayPal for invoice 0006": money in, on an invoice
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:record|log|add|enter|note|put in) ((?:[$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?k?|\\d[\\d,]*(?:\\.\\d\\d)?\\s?(?:usd|eur|gbp|cad|dollars|euros|pounds)))"
                            + " (?:from|received from|paid by) (.+\\binv(?:oice)?\\b.*)$"),
                    "record a payment of $1 from $2"),
            // "what have I not billed yet for Initech?": the time not yet invoiced
            new Row(
                    Pattern.compile(
                            "(?i)^(?:what|which|how much)(?: time| hours| work)? (?:(?:have|has|did) (?:i|we) not|(?:haven't|hasn't|didn't) (?:i|we)) (?:yet )?"
                                    + "(?:billed|invoiced|charged)(?: yet)?(?: (?:for|to|on))?(?: (.+?))?(?: for)?(?: yet)?\\s*\\??$"),
                    "show unbilled time for $1"),
            // "priya off apollo": a member taken off a project, tersely
            new Row(
                    Pattern.compile(
                            "(?i)^(?!(?:timer|it|this|that|time|entry|write|kick|sign|log|take|turn|switch|clock|knock|pay|paid|cut"
                                    + "|tick|drop|set|show|start|head|bill|call|round|top|finish|finished|shut|cross|mark|lay|laid"
                                    + "|send|sent|print|fire|run|ran|wrap|get|got|put)\\b)"
                                    + "(\\p{L}[\\p{L}'-]*|[\\w.+-]+@[\\w.-]+) off (?:the )?(?:proj |project )?"
                                    + "((?!" + OFF_NOT + ")\\p{L}[\\p{L}0-9&'-]*+(?: (?!" + OFF_NOT
                                    + ")\\p{L}[\\p{L}0-9&'-]*+){0,2}?)"
                                    + "(?: project| proj)?[.!]?$"),
                    "remove $1 from $2"),
            // "cl acme email billing@acme.example", "acme phone 416-555-0100": a client's contact detail, said tersely
            new Row(
                    Pattern.compile(
                            "(?i)^(?:(?:cl|client|clnt|cust|customer) (\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?:'s)? (?:new )?(email|e-mail|phone"
                                    + "|phone number|mobile|tel)(?: is| to| ->| =|:)? (\\S.*)"
                                    + "|(?!(?:my|our|his|her|their|its|the|a|an|i|we|create|add|new|update|change|set|make|edit"
                                    + "|u\\w{0,2}date|c\\w{0,2}eate|ad+)\\b)"
                                    + "((?!(?:with|called|named|client|cleint|clinet|customer|for)\\b)\\p{L}[\\p{L}0-9&'.-]*+"
                                    + "(?: (?!(?:with|called|named|client|cleint|clinet|customer|for)\\b)\\p{L}[\\p{L}0-9&'.-]*+){0,3}?)"
                                    + "(?:'s)? (?:new )?(email|e-mail|phone|phone number|mobile|tel)"
                                    + "(?: is| to| ->| =|:)? ([\\w.+-]+@[\\w.-]+\\.\\w+|\\+?[\\d(][\\d ().-]{6,}\\d))$"),
                    "update $1$4's $2$5 to $3$6"),
            // "proj apollo due jan 31", "project data migration deadline: dec 15": the project's due date, said tersely
            new Row(
                    Pattern.compile(
                            "(?i)^(?:proj|project|prj) (\\p{L}[\\p{L}0-9 &'-]{0,40}?) (?:due(?: date)?|deadline)(?: is| ->| =|:)? (\\S.*)$"),
                    "set the due date of project $1 to $2"),
            // "got gas at esso for 52 bucks", "grabbed lunch at pret, $12": something bought, said with "got"
            new Row(
                    Pattern.compile("(?i)^(?:i |we )?(?:got|grabbed|picked up) ((?:some |a |an )?(?:" + categoryWords()
                            + ")\\b(?! from)(?=.*\\d).*)$"),
                    "bought $1"),
            // "Put a $48 dinner at Canoe on Globex", "add a 12.99 subscription": an amount of spending put down
            new Row(
                    Pattern.compile(
                            "(?i)^(?:please |pls )?(?:put|stick|chuck|add|enter|record|log|file) (?:down )?(?:a|an|the|my) "
                                    + "((?:[$€£]\\s?)?\\d[\\d,]*(?:\\.\\d{1,2})?) (?!(?:invoice|inv|payment|estimate|quote|budget|rate"
                                    + "|retainer|deposit|credit|hours?|hrs?|h|mins?|minutes?|expense)\\b)(\\p{L}.*)$"),
                    "expense $1 $2"),
            // "adobe charged me $54.99 for creative cloud": what a merchant took is an expense paid to it
            new Row(
                    Pattern.compile(
                            "(?i)^(?!(?:i|we|you|they|he|she|it|acme|client)\\b)(\\p{L}[\\p{L}0-9&'. -]{0,30}?) (?:charged|billed|took)"
                                    + " (?:me|us|my card|our card)(?: for)? ((?:[$€£]\\s?)?\\d[\\d,]*(?:\\.\\d{1,2})?)\\b(.*)$"),
                    "expense $2 at $1$3"),
            // "taxi 22.50 yesterday for initech": a kind of spending, then an amount
            new Row(
                    Pattern.compile(
                            "(?i)^((?:" + categoryWords() + ")(?: (?:to|from) (?:the )?\\p{L}[\\p{L}' -]{0,30}?)?)"
                                    + ",? ((?:[$€£]\\s?)?\\d[\\d,]*(?:\\.\\d{1,2})?k?\\b(?! ?(?:h|hrs?|hours?|mins?|minutes?)\\b)"
                                    + CURRENCY_AFTER + ")(.*)$"),
                    "expense $2 $1$3"),
            // "what did I bill Acme this year?": the invoices to that client
            new Row(
                    Pattern.compile(
                            "(?i)^what (?:did|have) (?:i|we) (?:bill|billed|invoice|invoiced|charge|charged) "
                                    + "(?!(?:in|per|for|during|on|last|this|so|each|every)\\b)"
                                    + "((?:(?!\\b(?:on|for) the\\b|\\binv(?:oice)?s?\\b|\\brecent\\b|\\blatest\\b|\\bper\\b).)+?)\\s*\\??$"),
                    "show invoices for $1"),
            // "how much has Initech paid me in total?": the payments from that client
            new Row(
                    Pattern.compile(
                            "(?i)^how much (?:money )?(?:has|have|did) (.+?) (?:paid|pay) (?:me|us)\\b(?: (?:in total|so far|altogether|overall))?(.*?)\\s*\\??$"),
                    "show payments from $1$2"),
            // "how much unbilled time do I have for Globex?"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:how much|how many hours of|what|any) unbilled (?:time|hours|work)(?: is there| do (?:i|we) have"
                                    + "| have (?:i|we) got| is (?:sitting|left|waiting))?(?: (?:for|on|with) (.+?))?\\s*\\??$"),
                    "show unbilled time for $1"),
            // "how much unbilled time does acme have", "does Globex have any unbilled hours?"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:how much|how many hours of|what|any|does|do) (?:unbilled |uninvoiced )?(?:time|hours|work)?\\s?(?:does|do) (.+?) have"
                                    + "(?: (?:any )?(?:unbilled|uninvoiced) (?:time|hours|work))?(?: left| waiting| outstanding)?\\s*\\??$"),
                    "show unbilled time for $1"),
            // "any drafts I haven't sent yet": the draft invoices
            new Row(
                    Pattern.compile(
                            "(?i)^(?:any|which|what|show(?: me)?|list)? ?(?:the |my )?(?:draft|unsent) (?:invoices?|invs?)?\\s?(?:drafts? )?(?:that )?"
                                    + "(?:i|we)? ?(?:haven't|havent|have not|didn't|did not|still haven't)? ?(?:sent|send)?(?: out)?(?: yet)?\\s*\\??$"),
                    "list draft invoices"),
            new Row(
                    Pattern.compile(
                            "(?i)^(?:any|which|what|show(?: me)?|list)? ?(?:the |my )?drafts? (?:that )?(?:i|we) (?:haven't|havent|have not|didn't|did not|still haven't)"
                                    + " (?:sent|send)(?: out)?(?: yet)?\\s*\\??$"),
                    "list draft invoices"),
            // "convert estimate 4": into an invoice, the only thing an estimate converts to
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK + "(?:convert|turn) (?:the )?(?:est|estimate|quote) #?(\\d{1,10})[.!]?$"),
                    "convert estimate $1 to an invoice"),
            // "for the $48.50 Blue Bottle expense, change the vendor to Blue Bottle Coffee": that record's field
            new Row(
                    Pattern.compile(
                            "(?i)^for (?:the |my |that )?(.+?\\b(?:expense|entry|time entry)),\\s?(change|set|update|make) (?:the |its )?"
                                    + "(\\p{L}+(?: \\p{L}+)?) to (.+)$"),
                    "$2 the $3 on the $1 to $4"),
            // "quote 7 accepted", "estimate 4 approved"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:est|estimate|quote) #?(\\d{1,10}) (?:is |was |got |has been )?(?:accepted|approved|won|signed)[.!]?$"),
                    "mark estimate $1 as accepted"),
            // "move yday 3h design to mobile app project": that day's entry moved
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:move|switch|shift|put) ((?:yday|yesterday|today|last \\p{L}+|\\p{L}+day|mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:'s)?)"
                                    + " (\\d[^ ]*(?: (?!from\\b|off\\b)\\p{L}+){0,3}?)(?: entry)? (?:to|onto|over to) (.+?)[.!]?$"),
                    "move $1 $2 entry to $3"),
            // "My last time entry should have been billed to Mobile App, not Apollo."
            new Row(
                    Pattern.compile(
                            "(?i)^(?:my |the )?(last|latest|previous) (?:time )?entry (?:should have been|should be|was meant to be|needs to be|should have gone|should go|belongs)"
                                    + " (?:billed |logged |put |booked |charged )?(?:to|on|for|against|under) (?:the )?(.+?)(?:,? (?:not|instead of|rather than) .+)?[.!]?$"),
                    "move the $1 entry to $2"),
            // "expenses over $200 on the Greenway Kiosk project": a list, said noun first
            new Row(
                    Pattern.compile(
                            "(?i)^(?:show (?:me )?|list |any |all |my |which |what )*(?:the |my |all )?(expenses|invoices|payments) (over|under|above|below) (.+?)\\??$"),
                    "list $1 $2 $3"),
            // "invoice the accepted quote EST-12": the estimate made an invoice
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:invoice|bill) (?:the )?(?:accepted |approved |signed )?(?:est|estimate|quote) #?([\\p{L}]{0,4}-?\\d{1,10})[.!]?$"),
                    "convert estimate $1 to an invoice"),
            // "how's the X project tracking against its hours?": how the project stands (a project said,
            // or its budget: never "how's your day going")
            new Row(
                    Pattern.compile(
                            "(?i)^how(?:'s|’s|s| is| are) (?:the |my |our )?(?!(?:your|you|it|things|everything|life|work|business)\\b)"
                                    + "(\\p{L}[\\p{L}0-9 &'.-]{0,40}?) project (?:tracking|doing|going|coming along|looking)"
                                    + "(?: (?:against|versus|vs\\.?|on|with) (?:its |the |their )?(?:hours|budget|estimate|plan|time))?\\s*\\??$"),
                    "how is the $1 project doing against budget"),
            new Row(
                    Pattern.compile(
                            "(?i)^how(?:'s|’s|s| is| are) (?:the |my |our )?(?!(?:your|you|it|things|everything|life|work|business)\\b)"
                                    + "(\\p{L}[\\p{L}0-9 &'.-]{0,40}?) (?:tracking|doing|going|coming along|looking)"
                                    + " (?:against|versus|vs\\.?|on|with) (?:its |the |their )?(?:hours|budget|estimate|plan|time)\\s*\\??$"),
                    "how is the $1 project doing against budget"),
            // "Oakridge Law is now called Oakridge & Vance LLP": renamed
            new Row(
                    Pattern.compile("(?i)^" + WHOSE
                            + " (?:is now called|is now named|now goes by|has been renamed(?: to)?|was renamed(?: to)?|renamed itself"
                            + "|changed (?:its|their) name to) ((?-i:\\p{Lu})[^,;]+?)(?:[,;] .*)?[.!]?$"),
                    "rename $1 to $2"),
            // "the Spring Catalog project is now due on December 18"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:the )?(\\p{L}[\\p{L}0-9 &'.-]{0,40}?) project (?:is now|is|will be|should be|is going to be) due (?:on |by )?(.+?)[.!]?$"),
                    "move the $1 deadline to $2"),
            // "I'm starting on the Spring Catalog project now, track it": a timer on it
            new Row(
                    Pattern.compile(
                            "(?i)^(?:i'm|im|i am|we're|we are) (?:starting|beginning|kicking off|getting started)(?: on| work on| with)? (?:the )?(.+?) now,?"
                                    + " (?:track it|time it|start (?:the |a )?timer|clock me in|start tracking)[.!]?$"),
                    "start a timer on $1"),
            // "what am I currently tracking", "did I leave the clock running": the timer
            new Row(
                    Pattern.compile(
                            "(?i)^(?:what am i (?:currently |now )?(?:tracking|timing|clocked (?:in ?)?(?:on|to))|did i leave (?:the|my) (?:clock|timer) (?:running|on)"
                                    + "|is (?:the|my|a) (?:clock|timer) (?:still )?(?:running|on|going))(?: right now| now)?\\s*\\??$"),
                    "timer status"),
            // "please add a note to the Tyrell Corporation client: invoices must quote PO 4471"
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:add|put|leave|attach|make) a note (?:to|on|for) (?:the )?(?:(?:client|customer) (.+?)|(.+?) (?:client|customer))\\s?[:,-]\\s?(.+)$"),
                    "update client $1$2, note \"$3\""),
            // "what did Globex pay last month?"
            new Row(
                    Pattern.compile(
                            "(?i)^what (?:did|has) (?!(?:i|we|you)\\b)(.+?) (?:pay|paid)(?: (?:me|us))?\\b(.*?)\\s*\\??$"),
                    "show payments from $1$2"),
            // "the Globex entry from yesterday was actually 4 hours": an entry changed, not a new one
            new Row(
                    Pattern.compile(
                            "(?i)^((?:the |my )?.*\\bentry\\b.*?) (?:was actually|is actually|should be|should have been|was really|was) "
                                    + "(?:actually |really )?(\\d[^,]*?)(?:,? (?:not|instead of) (\\d[^,.!]*))?[.!]?$"),
                    null),
            // "our Apollo budget was increased to 120 hours, can you update the project?": a change told as news
            new Row(
                    Pattern.compile(
                            "(?i)^(?:our |the |my )?(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?: project)?(?:'s)? budget (?:was|has been|is|got) "
                                    + "(?:increased|raised|changed|bumped|cut|reduced|lowered|updated|extended|moved) (?:up |down )?to (.+?)"
                                    + "(?:[,;.] .*)?[.!?]?$"),
                    "set the $1 budget to $2"),
            // "I logged the wrong amount on Monday for Acme, it should be 5 and a half hours."
            new Row(
                    Pattern.compile(
                            "(?i)^(?:i|we) (?:logged|entered|put in|recorded|tracked) (?:the )?wrong (?:amount|number of hours|hours|time|duration|length)"
                                    + "(?: of time)? (.*?),? (?:it|that) should (?:be|have been) (.+?)[.!]?$"),
                    "change the entry $1 to $2"),
            // "Wayne Enterprises sent $300 towards invoice 0008 today via e-transfer": a payment told as news
            new Row(
                    Pattern.compile(
                            "(?i)^(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?: overpaid[:,;]? they)? (?:has |have )?(?:sent|paid|transferred|wired)"
                                    + "(?: (?:me|us))? ((?:[$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?k?|\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:usd|eur|gbp|cad|dollars|euros|pounds)))"
                                    + "((?: (?:by|via|with|through) [\\p{L}-]+(?: [\\p{L}-]+)?| (?:on|last) \\p{L}+| today| yesterday)*)"
                                    + " (?:towards|toward|for|on|against) (?:the )?(?:invoice|inv) #?(\\d{1,10})(.*)$"),
                    "record a payment of $2 from $1 on invoice $4$3$5"),
            // "how long have I been working?": the running timer
            new Row(
                    Pattern.compile(
                            "(?i)^how long (?:have i been|has the timer been|am i|is the timer) (?:working|running|on the clock|tracking|going|on)(?: for)?\\s*\\??$"),
                    "timer status"),
            // "who's owing me the most money right now", "which client owes us the most": the aging report
            new Row(
                    Pattern.compile(
                            "(?i)^(?:so\\s)?(?:who|which (?:client|customer)s?)(?:'s| is| are)? (?:owes?|owing)(?: me| us)? (?:the )?"
                                    + "(?:most|biggest|largest)(?: money| amount)?(?: right now| currently| at the moment| today)?\\s*\\??$"),
                    "show the aging report"),
            // "stark latest est to invoice": the client's latest estimate made an invoice, said tersely
            new Row(
                    Pattern.compile(
                            "(?i)^(?!(?:[\\p{L}'&.-]+ ){0,5}?(?:set|make|raise|bump|change|update|lower|increase|reduce|drop|cut|convert|turn|please|pls|can|could|would|approved|accepted|the|their|it|its|our|my|hey|fb|quickly|now)\\b)([\\p{L}][\\p{L} &.'-]{1,30}?)(?:'s?)? (?:latest|last|newest|most recent)"
                                    + " (?:estimate|est|quote)s? (?:to|into|->) (?:an? )?(?:invoice|inv)[.!]?$"),
                    "convert $1's latest estimate to an invoice"),
            // "design rate 160.00", "apollo budget 60h", "proj data migration rate 105": a setting said as a field
            new Row(
                    Pattern.compile(
                            "(?i)^(?:(?:proj|project|svc|service) )?(?!(?:[\\p{L}'&.-]+ ){0,5}?(?:set|make|raise|bump|change|update|lower|increase|reduce|drop|cut|convert|turn|please|pls|can|could|would|approved|accepted|the|their|it|its|our|my|hey|fb|quickly|now)\\b)([\\p{L}][\\p{L} &'-]{1,30}?) (rate|hourly rate|budget)"
                                    + " (?:to |is |= ?|: ?)?([$€£]?\\d[\\d,]*(?:\\.\\d{1,2})?k?(?: ?(?:h|hrs|hours|/h|/hr|an hour|per hour))?)[.!]?$"),
                    "set the $1 $2 to $3"),
            // "who's working on the Website Redesign project?": the project's people, shown with it
            new Row(
                    Pattern.compile(
                            "(?i)^who(?:'s| is| are)(?: (?:currently|still))? (?:working on|on|assigned to|staffed on|in)(?: the)? (.+?)"
                                    + "(?: project)?(?: team)?(?: right now| at the moment)?\\s*\\??$"),
                    "show project $1"),
            // "how much unbilled time do I have in total?": the time not invoiced yet
            new Row(
                    Pattern.compile(
                            "(?i)^how (?:much|many)(?: hours of)? (unbilled|uninvoiced) (?:time|hours|work)(?: (?:do|have) (?:i|we))?"
                                    + "(?: (?:have|got|logged))?(?: sitting)?(?: (?:in total|altogether|overall|right now|so far))?"
                                    + "(?: (on|for) (.+?))?\\s*\\??$"),
                    "show unbilled time $2 $3"),
            // "what's my hourly rate for each service?": the services, with their rates
            new Row(
                    Pattern.compile(
                            "(?i)^(?:what(?:'s| is| are)|show(?: me)?|list) (?:my |the )?(?:hourly )?rates?(?:(?: for| of)? (?:each|every|all|my)(?: of my)?| by) services?\\s*\\??$"),
                    "list services"),
            // "Chris should be on Apollo too": a member added, told as how it should be
            new Row(
                    Pattern.compile(
                            "(?i)^((?-i:\\p{Lu})\\p{L}+|[\\w.+-]+@[\\w.-]+) (?:should be|needs to be|is now|will be|should also be)"
                                    + " (?:on|working on|part of|added to) (?:the )?(.+?)(?: project)?(?: too| as well| now| also)?[.!]?$"),
                    "add $1 to project $2"),
            // "Priya isn't working on Apollo anymore, unassign her": a member taken off, told as news
            new Row(
                    Pattern.compile(
                            "(?i)^((?-i:\\p{Lu})\\p{L}+|[\\w.+-]+@[\\w.-]+) (?:isn't|is not|is no longer|won't be|will not be|is off)"
                                    + " (?:working on |on |part of )?(?:the )?(.+?)(?: project)?(?: anymore| any more| now)?"
                                    + "(?:[,;.-] ?(?:so |please |pls )?(?:unassign|remove|take) (?:him|her|them)(?: off| from it)?)?[.!]?$"),
                    "remove $1 from project $2"),
            // "$89.99 travel last friday": an amount, then a kind of spending
            new Row(
                    Pattern.compile(
                            "(?i)^((?:[$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?k?|\\d[\\d,]*\\.\\d\\d|\\d[\\d,]*(?:\\.\\d{1,2})?(?=\\s?(?:usd|cad|eur|gbp|aud|euros?)\\b))"
                                    + CURRENCY_AFTER + ") ("
                                    + categoryWords() + ")\\b(.*)$"),
                    "expense $1 $2$3"),
            // "invoice list", "expense ls": the list of that record, said noun first as a menu would
            new Row(
                    Pattern.compile(
                            "(?i)^(invoice|inv|expense|exp|estimate|est|quote|project|proj|client|cl|customer|payment|pmt|service|svc|timer|time entry"
                                    + "|time entrie)s? (?:list|ls)\\b(.*)$"),
                    "list $1s$2"),
            // "estimate 7 to invoice": the estimate made an invoice, not shown
            new Row(
                    Pattern.compile(
                            "(?i)^(?:est|estimate|quote) (#?\\d{1,10}) (?:to|into|->|=>|>) (?:an? |the )?inv(?:oice)?[.!]?$"),
                    "convert estimate $1 to an invoice"),
            // "status of Brand Refresh", "where are we on the Annual Report project?": how a project stands
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:(?:what(?:'s| is) the )?(?:status|progress) (?:of|on|for)|where (?:are|r) (?:we|things) (?:on|at|with))"
                            + " (?!my )(?!(?:the |our )?(?:" + RECORDS
                            + ")s?\\b)(?:the )?(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?: project)?\\s*[?.!]?$"),
                    "show project $1"),
            // "Jordan is no longer on Brand Refresh", "unassign Sam from Apollo": off the project's team
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:unassign (.+?) from|(.+?) (?:is|are) no longer (?:on|part of|working on|assigned to|in))"
                            + " (?:the )?(?:project )?(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?: project| team)?[.!]?$"),
                    "take $1$2 off project $3"),
            // "proj apollo add sam", "project mobile app remove jordan": the project first, then who joins or leaves
            new Row(
                    Pattern.compile(
                            "(?i)^(?:proj|project|prj) (\\p{L}[\\p{L}0-9 &'.-]{0,40}?) (?:add|assign) (\\p{L}[\\p{L}'.-]*(?: \\p{L}[\\p{L}'.-]*)?|[\\w.+-]+@[\\w.-]+)[.!]?$"),
                    "add $2 to project $1"),
            new Row(
                    Pattern.compile(
                            "(?i)^(?:proj|project|prj) (\\p{L}[\\p{L}0-9 &'.-]{0,40}?) (?:remove|unassign|drop) (\\p{L}[\\p{L}'.-]*(?: \\p{L}[\\p{L}'.-]*)?|[\\w.+-]+@[\\w.-]+)[.!]?$"),
                    "take $2 off project $1"),
            // "unassign priya apollo": who, then the project, without "from"
            new Row(
                    Pattern.compile(
                            "(?i)^unassign (\\p{L}[\\p{L}'.-]*) (?!from\\b)(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)[.!]?$"),
                    "take $1 off project $2"),
            // "staff Checkout Revamp with Priya": onto the project's team
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "staff (?:the )?(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?: project)? with (.+?)[.!]?$"),
                    "add $2 to project $1"),
            // "forget the timer", "scrap the running timer, don't log it": thrown away, not stopped
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:forget(?: about)?|ditch|scrap|bin|trash|toss|throw (?:away|out)|kill|nuke|drop|cancel)"
                                    + " (?:the |my |this |that )?(?:current |running |active )?timer"
                                    + "(?:,? (?:(?:and )?(?:don't|do not|dont)|without) (?:log(?:ging)?|sav(?:e|ing)|record(?:ing)?|keep(?:ing)?)(?: it| anything)?)?[.!]?$"),
                    "discard the timer"),
            // "I logged time on Globex on Sunday by accident. Please delete it.", "I recorded payment 8004 by
            // mistake, please delete it": the record told, then deleted with "it"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:(?:oops|ugh|sorry|argh|whoops)[,!.]* )?(?:i|we) (?:accidentally |mistakenly |wrongly )?"
                                    + "(?:logged|recorded|added|entered|created|put in|tracked|booked) (?!it\\b|that\\b|this\\b)(.{3,80}?)"
                                    + "(?: by (?:accident|mistake|error)| in error| twice| again)?[,.;!]+ (?:so |and )?"
                                    + ASK
                                    + "(?:delete|remove|undo|get rid of|bin|scrap|drop|trash) (?:it|that|this|them|the entry|that entry)"
                                    + "(?:,? (?:please|thanks|thank you|cheers))?[.!?]*$"),
                    "delete $1"),
            // "Oops, I over-logged today's Acme entry, could you make it 2 hours instead?": what was got wrong, then
            // what it should be
            new Row(
                    Pattern.compile(
                            "(?i)^(?:(?:oops|ugh|sorry|argh|whoops)[,!.]* )?(?:i|we) (?:over-?logged|under-?logged"
                                    + "|mis-?logged|mistyped|got|messed up|screwed up|botched|fat-fingered) (.{3,80}? (?:entry|expense|time))"
                                    + "(?: wrong)?[,.;!]+ (?:so )?" + ASK
                                    + "(?:make|change|set|fix|correct|update) (?:it|that) (?:to )?(.+?)"
                                    + "(?:,? instead)?(?:,? (?:please|thanks|thank you|cheers))?[.!?]*$"),
                    "change $1 to $2"),
            // "I started the timer by accident, please throw it away without saving", "throw the timer
            // away": what was said of the timer before, then thrown away with "it"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:(?:[^,.;!?]*\\btimer\\b[^.;!?]*?[,.;!]+ (?:so |and |just )?" + ASK
                                    + "(?:throw|bin|trash|scrap|ditch|toss|discard|forget|kill|nuke) (?:it|that)(?: away| out| about)?)"
                                    + "|" + ASK
                                    + "throw (?:the |my |this |that )?(?:current |running |active )?timer (?:away|out))"
                                    + "(?:,? (?:(?:and )?(?:don't|do not|dont)|without) (?:log(?:ging)?|sav(?:e|ing)|record(?:ing)?|keep(?:ing)?)(?: it| anything)?)?[.!]?$"),
                    "discard the timer"),
            // "make bookkeeping $140/h", "put design at 95/hr": a kind of work's rate
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK + "(?:make|put) (?:the )?(\\p{L}[\\p{L} &'-]{0,40}?)(?: rate)? (?:to |at )?"
                                    + RATE + "[.!?]?$"),
                    "set the rate for $1 to $2"),
            // "put Atlas in the archive", "move Riverside Clinic to archived"
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:put|move|send|file|shift) (.+?) (?:in|into|to) (?:the )?archived?[.!]?$"),
                    "archive $1"),
            // "invoice 0150 can be archived": the request said as what may be done
            new Row(
                    Pattern.compile(
                            "(?i)^(?:the )?((?:invoice|inv|expense|estimate|project|client) .+?) (?:can|could|should|may) (?:now )?be archived[.!]?$"),
                    "archive $1"),
            // "set estimate 21 to accepted": the estimate marked accepted
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:set|change|update|move) (?:the )?(?:est|estimate|quote) (#?\\d{1,10}) (?:to|as) (?:accepted|approved|won)[.!]?$"),
                    "mark estimate $1 as accepted"),
            // "knock off the timer", "wrap up the clock - note: …": stopped
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:knock off|wrap up|finish|end|close|shut off|switch off|turn off|halt|pause"
                                    + "|punch out(?: of)?|clock out(?: of)?) (?:the |my |this )?(?:current |running )?(?:timer|clock)\\b(.*)$"),
                    "stop the timer$1"),
            // "how long has the clock been going"
            new Row(
                    Pattern.compile(
                            "(?i)^how long (?:has|have) (?:the |my )?(?:clock|timer) been (?:going|running|on|ticking)(?: for)?\\s*\\??$"),
                    "timer status"),
            // "show me Kestrel Analytics": a client, named with capitals
            new Row(
                    Pattern.compile(
                            "^(?i:" + ASK
                                    + "(?:show me|tell me about|open up|info on|details on)) (?!(?i:the |my |an? |all |every |some )?"
                                    + "(?:" + RECORDS
                                    + "|project|client|service|report|time|unbilled|unpaid|overdue|outstanding)s?\\b)"
                                    + "(?!(?:The|My|Our|Last|Latest|All|A|An|This|That|How|What|Who|Which|Where|When)\\b)(\\p{Lu}[\\p{L}&.' -]{0,40}?)[.!?]?$"),
                    "show client $1"),
            // "undo the payment recorded on #0010", "reverse that payment on invoice 7": removed
            new Row(
                    Pattern.compile("(?i)^" + ASK
                            + "(?:undo|reverse|back out|take back|cancel) (?:the |that |this |my )?payment\\b(.*)$"),
                    "delete the payment$1"),
            // "who hasn't paid me?": the clients that owe
            new Row(
                    Pattern.compile(
                            "(?i)^(?:who|which clients?|which customers?) (?:still )?(?:hasn't|has not|haven't|have not|didn't|did not"
                                    + "|hasnt|havent) (?:yet )?paid(?: (?:me|us))?(?: yet)?\\s*\\??$"),
                    "which clients owe me money"),
            // "how much design did I do since monday": that kind of work's time
            new Row(
                    Pattern.compile(
                            "(?i)^how much (?!time\\b|money\\b|work\\b)(\\p{L}[\\p{L} -]{0,30}?)(?: work)? (?:did|have|has) (?:i|we)"
                                    + " (?:do|done|log|logged|track|tracked|put in)\\b(.*?)\\s*\\??$"),
                    "show $1 time$2"),
            // "$45 at Staples, office supplies", "32 bucks on Uber, travel": an amount spent somewhere
            new Row(
                    Pattern.compile(
                            "(?i)^((?:[$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?|\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:bucks|dollars|usd|cad|eur|gbp"
                                    + "|euros|pounds))) (at|on|from|via|with) (\\p{L}.*)$"),
                    "expense $1 $2 $3"),
            // "Acme's new address is 42 Elm Street, Springfield", "Globex has a new billing address: …",
            // "Globx changed their billing email to ap@globex.example, update it": a client's details told as news
            new Row(
                    Pattern.compile("(?i)^" + WHOSE
                            + "(?:'s|s'|’s) (?:new |updated |billing |mailing |main |contact |office )*(" + DETAILS
                            + ")" + " (?:is now|is|has changed to|changed to|will be|should be|now is)[:,]? (.+?)"
                            + UPDATE_IT),
                    "change $1's $2 to $3"),
            new Row(
                    Pattern.compile("(?i)^" + WHOSE
                            + " (?:has|have) (?:a |got a )?(?:new|updated|different) (?:billing |mailing |main |contact |office )*("
                            + DETAILS + ")[:,]? (.+?)" + UPDATE_IT),
                    "change $1's $2 to $3"),
            new Row(
                    Pattern.compile("(?i)^" + WHOSE
                            + " (?:changed|updated|moved) (?:their|its|his|her) (?:billing |mailing |main |contact |office )*("
                            + DETAILS + ") to (.+?)" + UPDATE_IT),
                    "change $1's $2 to $3"),
            // "The new contact at Initech is Peter Gibbons, please update the client."
            new Row(
                    Pattern.compile(
                            "(?i)^(?:the |our )?(?:new |main )*(?:contact|contact person|point of contact) (?:at|for) (\\p{L}[\\p{L}0-9 &'.-]{0,40}?)"
                                    + " (?:is now|is|will be) (\\p{Lu}[\\p{L}'-]+ \\p{Lu}[\\p{L}'-]+)(?:[,;.] .*)?[.!]?$"),
                    "change $1's contact to $2"),
            // "which project have client Solano Vineyards": that client's projects
            new Row(
                    Pattern.compile(
                            "(?i)^(?:which|what) projects? (?:have|has|does|do|is|are) (?:the )?(?:client|customer) (.+?)(?: have| got| has)?\\s*\\??$"),
                    "list projects for client $1"),
            // "the entry of yesterday on Acme change to 4 hour": that record changed (said the other way round)
            new Row(
                    Pattern.compile(
                            "(?i)^((?:the |my )?.*\\b(?:entry|expense|time entry)\\b.*?) (?:change|changes|changed|must change|should change|is change"
                                    + "|needs to change|need to change|need change|must be|has to be|to be) (?:to|into) (.+?)[.!]?$"),
                    "change $1 to $2"),
            // "Globex moved offices, their new address is 42 Cypress Creek Rd": the news, then the detail
            new Row(
                    Pattern.compile("(?i)^" + WHOSE
                            + " (?:has )?(?:moved|relocated|changed|switched|updated)[^,;.]{0,40}[,;.]"
                            + " (?:and |so )?(?:their|its) new (" + DETAILS + ") (?:is|will be|=|:) (.+?)[.!]?$"),
                    "change $1's $2 to $3"),
            // "Initech rebranded, they're Initech Global now, can you update the name": renamed
            new Row(
                    Pattern.compile("(?i)^" + WHOSE
                            + " (?:has )?(?:rebranded|renamed (?:itself|themselves))[,;.]? (?:so |and )?"
                            + "(?:they're|they are|it's|it is|they go by|it goes by) (?:now )?(?:called )?"
                            + "((?-i:\\p{Lu})[\\p{L}0-9&'.-]*(?: [\\p{L}0-9&'.-]+){0,4}?)(?: now)?(?:[,;.] .*)?[.!]?$"),
                    "rename client $1 to $2"),
            // "Kestrel Analytics moved to 400 Bay Street, Toronto": a client's new address
            new Row(
                    Pattern.compile(
                            "(?i)^" + WHOSE
                                    + " (?:has )?(?:moved|relocated)(?: (?:their |its )?(?:office|offices|business))?(?: to|:) (\\d.+?)[.!]?$"),
                    "change $1's address to $2"),
            // "globex wants invoices at ap@globex.example from now on": where their invoices go
            new Row(
                    Pattern.compile(
                            "(?i)^" + WHOSE
                                    + " (?:wants|would like|prefers|asked for|asks for) (?:their |its |the )?(?:invoices|bills|invoicing|statements)"
                                    + " (?:sent |emailed )?(?:to|at) ([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)(?: (?:from now on|going forward|now))?[.!]?$"),
                    "change $1's email to $2"),
            // "how much is still outstanding from Stark Industries?": what that client owes
            new Row(
                    Pattern.compile(
                            "(?i)^(?:how much|what)(?:'s| is)? (?:is )?(?:still )?(?:outstanding|owed|owing|unpaid) (?:from|on|for|by|with) (?:the )?"
                                    + "(?!(?:my|our|all|every|each)\\b)(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?: account)?\\s*\\??$"),
                    "how much does $1 owe me"),
            // "list every client with an open balance": the clients that owe
            new Row(
                    Pattern.compile(
                            "(?i)^" + ASK
                                    + "(?:list|show)(?: me)? (?:every|all|all the|all my|the|my) (?:clients|customers|client|customer)"
                                    + " (?:with|that have|who have|having|that has|who has) (?:an? )?(?:open|outstanding|unpaid|overdue)(?: balances?| invoices?| bills?)?\\s*\\??$"),
                    "which clients owe me money"),
            // "what am I clocked into right now"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:what|which \\p{L}+) (?:am i|are we) (?:clocked|punched|logged|timing) (?:in ?to|into|on|in on)"
                                    + "(?: right now| now| at the moment| currently)?\\s*\\??$"),
                    "timer status"),
            // "the $310 Hilton expense belongs on the Mobile App project instead": moved, not a new one
            new Row(
                    Pattern.compile(
                            "(?i)^((?:the |that |my )?.*\\b(?:expense|entry|time entry)\\b.*?) (?:belongs|should go|should be|goes|should have gone|should be filed)"
                                    + " (?:on|to|under|in|with) (?:the )?(.+?)(?: instead)?[.!]?$"),
                    "move $1 to $2"),
            // "my last entry wasn't billable", "the last expense should be billable"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:my |the )?(last|latest|previous) (entry|time entry|expense) (?:wasn't|was not|isn't|is not|shouldn't be|should not be"
                                    + "|shouldn't have been|should not have been) billable[.!]?$"),
                    "mark the $1 $2 non-billable"),
            new Row(
                    Pattern.compile(
                            "(?i)^(?:my |the )?(last|latest|previous) (entry|time entry|expense) (?:was|is|should be|should have been) (?:actually )?billable[.!]?$"),
                    "mark the $1 $2 billable"),
            // "the 3 hours I put on Globex yesterday should have been 2": that entry, changed
            new Row(
                    Pattern.compile(
                            "(?i)^(?:the )?(\\d[\\d.]*) ?(h|hrs?|hours?|mins?|minutes?) (?:i|we) (?:put|logged|tracked|entered|recorded|booked) (?:on|for|against|to) "
                                    + "(.+?) (?:should have been|should be|was actually|were actually|were really|was really|were meant to be) (\\d[\\d.]*)(?: ?(h|hrs?|hours?|mins?|minutes?))?[.!]?$"),
                    "change the $1 $2 entry on $3 to $4 $2"),
            // "Design should bill at $165 an hour from now on": a kind of work's rate
            new Row(
                    Pattern.compile(
                            "(?i)^(?:the )?(\\p{L}[\\p{L} &'-]{0,40}?)(?: work)? (?:should|will|now|is going to|must) (?:bill|be billed|charge|cost|be charged)"
                                    + " (?:at |for )?" + RATE + "(?: (?:from now on|going forward|from today))?[.!]?$"),
                    "set the rate for $1 to $2"),
            // "the Brand Refresh project's deadline moved to Feb 27": the project's due date
            new Row(
                    Pattern.compile(
                            "(?i)^(?:the )?(\\p{L}[\\p{L}0-9 &'.-]{0,40}?)(?: project)?(?:'s|s')? (?:deadline|due date) (?:moved|changed|is now|was moved|has moved"
                                    + "|got moved|slipped|shifted|was pushed|got pushed|has been pushed|was changed) (?:back |out )?(?:to )?(.+?)[.!]?$"),
                    "move the $1 deadline to $2"),
            // "did Brightline Dental pay anything last month": that client's payments
            new Row(
                    Pattern.compile(
                            "(?i)^(?:did|has|have) (?!(?:i|we|you)\\b)(?!(?:the |my )?(?:" + RECORDS
                                    + ")s?\\b)(?!.*\\bbeen\\b)(.+?) (?:pay|paid|send|sent)(?: (?:me|us))?(?: anything| any money| something| yet)?\\b(.*?)\\s*\\??$"),
                    "show payments from $1$2"),
            // "what have I actually collected year to date?", "how much money came in over the past 7 days?"
            new Row(
                    Pattern.compile(
                            "(?i)^(?:what|how much(?: money)?) (?:have|did|has) (?:i|we) (?:actually |really )?(?:collect(?:ed)?|receive(?:d)?|take(?:n)? in|took in"
                                    + "|bring in|brought in|get paid|got paid|been paid)\\b(.*?)\\s*\\??$"),
                    "show the payments report$1"),
            new Row(
                    Pattern.compile(
                            "(?i)^(?:how much|what)(?: money| cash)? (?:actually |really )?(?:came|has come|come) in\\b(.*?)\\s*\\??$"),
                    "show the payments report$1"));

    /** A record said short, then which of its fields and the new value, or an arrow and the value. */
    private static final Pattern TERSE_EDIT = Pattern.compile(
            "(?i)^(?:(?:edit|update|change|fix|set) )?(?:my |the )?(last |latest )?(time entry|entry|expense|exp)(?: (#?\\d{3,9}))?"
                    + "(?:\\s*(?:->|=>|:|\\sto\\s)\\s*(?:(amt|amount|cat|category|vendor|merchant|note|notes|date|day|hours|hrs|duration"
                    + "|dur|length|service|project|client)\\s*(?:->|=>|:|=|to)?\\s+)?"
                    + "|\\s+(amt|amount|cat|category|vendor|merchant|note|notes|date|day|hours|hrs|duration|dur|length|service|project"
                    + "|client)"
                    + "\\s*(?:->|=>|:|=|to)?\\s+)"
                    + "(\\S.{0,60})$");

    private static final java.util.Map<String, String> FIELD_SAID = java.util.Map.of(
            "amt",
            "amount",
            "cat",
            "category",
            "merchant",
            "vendor",
            "notes",
            "note",
            "day",
            "date",
            "hrs",
            "hours",
            "duration",
            "hours",
            "dur",
            "hours",
            "length",
            "hours");

    /** "Design is now $165 an hour", "QA testing should be billed at $95 now": a rate told as a statement. */
    private static final Pattern RATE_STATEMENT = Pattern.compile(
            "(?i)^(?:our |my |the )?(\\p{L}[\\p{L} &-]{1,30}?)(?: service| work)?(?:'s)?(?: (?:hourly |billing )?rate)?"
                    + "(?: now)? (?:is|are|will be|should be|should now be|goes up to|is going up to|has gone up to|costs?|bills at)"
                    + "(?: now)?(?: billed| charged| invoiced)?(?: at)? ([$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?"
                    + "|\\d[\\d,]*(?:\\.\\d{1,2})?(?= ?(?:an|a|per|/) ?(?:hour|hr|h)\\b))"
                    + "(?: ?(?:an|a|per|/) ?(?:hour|hr|h))?,?(?: now| from now on| going forward| starting (?:today|now|\\p{L}+)"
                    + "| effective (?:today|now|\\p{L}+))?[.!]?$");

    /** An hourly amount ("150/hr", "$130 an hour", "95 dollars per hour"). */
    private static final Pattern HOURLY = Pattern.compile(
            "(?i)([$€£]?\\d[\\d,]*(?:\\.\\d{1,2})?)(?: ?(?:dollars|bucks|euros|pounds))? ?(?:/ ?(?:h|hr|hour)\\b|an? (?:hour|hr)\\b"
                    + "|per (?:hour|hr)\\b|hourly\\b)");

    /** A bare amount after a rate's label ("rate for design 150", "svc rate design 150"). */
    private static final Pattern LABELLED_RATE =
            Pattern.compile("(?i)\\b(?:rate|hourly)\\b.*?(?<![\\w.,])([$€£]?\\d[\\d,]*(?:\\.\\d{1,2})?)\\s*[.!]?$");

    /** Words that may come just before a kind of work's name in a rate said tersely. */
    private static final java.util.Set<String> RATE_LEAD = java.util.Set.of(
            "", "for", "the", "on", "of", "rate", "make", "set", "my", "our", "svc", "bill", "charge", "to", "hourly",
            "change", "update", "raise", "bump", "please", "pls", "now");

    /** Words that say the phrase is about something other than a kind of work's standing rate. */
    private static final Pattern NOT_A_RATE = Pattern.compile(
            "(?i)\\b(?:invoices?|inv|estimates?|est|quotes?|log|logged|track|tracked|timer|projects?|proj|clients?|budget|expenses?"
                    + "|exp|spent|paid|payments?|owe[ds]?|lines?|days?|weeks?|by|entry|entries|hours of|what|which|how|show|list"
                    + "|did|was|were|yesterday|today|ago|add|adding|create|creating|called|named|as an?)\\b"
                    + "|\\bnew (?!rate\\b)|\\b(?:se|sr|sw|s)[a-z]{0,2}v[a-z]{0,3}ce?\\b(?! rate\\b)|\\bc\\w{0,3}ate\\b"
                    + "|\\d\\s?(?:h|hrs?|hours?|mins?|minutes?)\\b(?!\\s?/)"
                    + "|^(?:bill|charge)\\b(?!.*\\b(?:from now on|going forward|now on|from today)\\b)");

    /**
     * "rate for design 150/h", "design: 150/hr", "new rate for development: $160/hr", "make research 130 an hr":
     * one kind of work and an hourly amount, and nothing else a request is about, is that work's new rate.
     */
    private static String serviceRate(String text) {
        String t = text.strip();
        if (NOT_A_RATE.matcher(t).find()) {
            return null;
        }
        Matcher amount = HOURLY.matcher(t);
        String said = amount.find() ? amount.group(1) : null;
        if (said == null) {
            Matcher labelled = LABELLED_RATE.matcher(t);
            said = labelled.find() ? labelled.group(1) : null;
        }
        if (said == null) {
            return null;
        }
        String service = null;
        String[] said0 = t.split("[^\\p{L}]+");
        String[] words = t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (LexicalFront.isServiceWord(w)) {
                if (service != null && !service.equalsIgnoreCase(w)) {
                    return null; // two kinds of work: not one rate
                }
                if (i > 0 && !RATE_LEAD.contains(words[i - 1])) {
                    return null; // "code review", "user testing": a name of more words than the one known
                }
                service = said0.length == words.length ? said0[i] : w; // as said: "Design" stays Design
            }
        }
        return service == null ? null : "set the rate for " + service + " to " + said + " per hour";
    }

    /** A kind of spending: a category word, a purchase word ({@link ExpenseCategories}) or a ride's maker. */
    private static String categoryWords() {
        return ExpenseCategories.spendingAlternation() + "|uber|lyft|phone";
    }

    /** {@code text} said as the request its shape stands for, or {@code text} itself. */
    static String rewrite(String text) {
        Matcher terse = TERSE_EDIT.matcher(text);
        if (terse.matches() && (terse.group(1) != null) != (terse.group(3) != null)) {
            // "last exp amt 14.50", "exp 7002 cat software", "last entry -> 2.5h": a record, a field, a value
            String rec = terse.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("exp") ? "expense" : "time entry";
            String which = terse.group(1) != null
                    ? "the last " + rec
                    : rec + " " + terse.group(3).replace("#", "");
            String said = terse.group(4) != null ? terse.group(4) : terse.group(5);
            String field = said == null
                    ? null
                    : FIELD_SAID.getOrDefault(
                            said.toLowerCase(java.util.Locale.ROOT), said.toLowerCase(java.util.Locale.ROOT));
            String value =
                    terse.group(6).strip().replaceFirst("(?i)^(?:should (?:be|read|say)|is now|is|now|=)\\s+", "");
            if (field != null && field.equals("note") && !value.startsWith("\"")) {
                value = "\"" + value + "\"";
            }
            return field == null
                    ? "change " + which + " to " + value
                    : "change the " + field + " on " + which + " to " + value;
        }
        Matcher rate = RATE_STATEMENT.matcher(text);
        if (rate.matches()) {
            String svc = rate.group(1).strip();
            String last = svc.substring(svc.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (LexicalFront.isServiceWord(last)) {
                // "Design is now $165 an hour": a kind of work's rate told as news
                return "set the " + svc + " rate to " + rate.group(2) + " per hour";
            }
        }
        String rate2 = serviceRate(text);
        if (rate2 != null) {
            return rate2;
        }
        for (Row r : ROWS) {
            Matcher m = r.shape().matcher(text);
            if (m.matches()) {
                if (r.request() == null) {
                    return entryFix(m);
                }
                return m.replaceFirst(r.request()).replaceFirst("\\s+for\\s*$", "");
            }
        }
        return text;
    }
}
