package dev.fbcli.nlp.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words said another way, put as the grammar knows them, before the whole-phrase shapes
 * ({@link Paraphrase}): multi-word verbs ("jot down" is add, "fire off" is send), record numbers
 * written as their documents print them ("INV-0005" is invoice 0005), labels a bookkeeper puts
 * before an amount ("outgoings:", "reimbursable") and a kind of work's acronym ("QA testing"),
 * which a capital would otherwise make a name. Each rule keeps every value as typed.
 */
final class Wording {
    private Wording() {}

    /**
     * A pattern and what it says; {@code needles}, when not empty, are lower-case words of which the
     * phrase must hold one for the pattern to be tried at all (given as "a|b", split once here).
     */
    private record Rule(Pattern from, String to, List<String> needles) {
        Rule(Pattern from, String to) {
            this(from, to, List.of());
        }

        Rule(Pattern from, String to, String needles) {
            this(from, to, List.of(needles.split("\\|")));
        }

        /** Whether the phrase {@code low} (lower case) may match: it holds a needle, or none is named. */
        boolean mayMatch(String low) {
            if (needles.isEmpty()) {
                return true;
            }
            for (String n : needles) {
                if (low.contains(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String SERVICE_WORDS = String.join("|", LexicalFront.serviceWords());

    /** A time of day as said: "half ten", "quarter past 2", "nine", "9:30", "10am", "noon". */
    private static final String HOURS_SAID = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}";

    private static final String CLOCK_SAID =
            "(?:half (?:past )?(?:" + HOURS_SAID + ")|quarter (?:past|to) (?:" + HOURS_SAID + ")"
                    + "|noon|midday|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock)?"
                    + "|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)?)";

    /** "half ten till noon on stark", "log 9 to 11:30 on Apollo": a stretch of the clock, said without "from". */
    private static final Pattern BARE_CLOCK_RANGE = Pattern.compile(
            "(?i)(^|\\b(?:log|logged|book|booked|track|tracked|record|recorded|put|add|did|worked|work)\\s"
                    // "log 2h 10-12 design acme", "log 2h design acme 10-12": a length, then the stretch it filled
                    + "|\\b(?:log|logged|track|tracked|time)\\s\\d{1,2}(?:\\.\\d{1,2})?\\s?(?:h|hrs?|hours?)\\s(?:[\\p{L}&]+\\s){0,4})"
                    + "(" + CLOCK_SAID + ")(\\s(?:till|until|to|through|thru)\\s|\\s?[-–]\\s?)(" + CLOCK_SAID + ")"
                    + "(?!\\s?(?:h|hrs?|hours?|m|mins?|minutes?|days?|weeks?)\\b)(?=[\\s,.;!]|$)");

    private static final List<Rule> RULES = List.of(
            // "Hiya, hope you're well! Could you …", "G'day, chuck …", "Brilliant news, Initech have paid …":
            // a greeting or a cheer before the request is no name
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:(?:hiya|hi there|hi|hey there|hey|hello|heya|g'day|gday|morning|good morning|good afternoon|evening|yo|howdy"
                                    + "|brilliant news|great news|good news|brilliant|great|awesome|right|alright|ok so|okay so|mate|buddy|pal)[,!.]+\\s+)"
                                    + "(?:(?:i )?hope (?:you're|you are|all is|everything's|everything is) (?:well|good|ok)[,!.]+\\s+)?"),
                    ""),
            // "set the last expense's amount to $40", "change entry 6002's note to …": the field on the
            // record, as the grammar reads a change ("set the amount on the last expense to $40")
            new Rule(
                    Pattern.compile(
                            "(?i)^((?:please\\s)?(?:set|change|update|make|edit|fix|correct|switch|bump)\\s)(?:the\\s)?"
                                    + "((?:(?:my|the|that|this)\\s)?[\\p{L}0-9$.,' -]{0,40}?\\b(?:time entry|entry|expense)(?:\\s#?\\d{1,12})?)(?:'s|’s)\\s"
                                    + "(amount|total|vendor|merchant|category|note|notes|description|memo|date|day|duration|length|hours|service|task|project|client|billable status)"
                                    + "\\s(to|as|into)\\s"),
                    "$1the $3 on $2 $4 "),
            // "invoice uh wayne fifteen hundred", "um so I spent …": a speaker's pause, not a word of the request
            new Rule(Pattern.compile("(?i)(?:^|(?<=\\s))(?:u+m+|u+h+m*|e+r+m+|er|hmm+)(?:,|\\.{2,3})?\\s+(?=\\S)"), ""),
            // "get a timer going", "get the clock running", "fire up a timer": started
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:get|set|fire up|kick off) (?:a |the |my )?(timer|clock) (?:going|running|started|ticking)\\b"),
                    "start the $1",
                    "timer|clock"),
            // "pop two and a half hours of copywriting down for Wayne": logged
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:pop|stick|jot|put|write|note)\\s((?:[\\p{L}0-9.$'-]+\\s){1,8}?)down(?=\\s(?:for|on|against|to|under)\\b)"),
                    "log $1",
                    "down"),
            // "…, note payment by bank transfer please": what follows a note's label is the note's text
            // to the end, in quotes so that its words ("payment", "send") are never read as the request
            new Rule(
                    Pattern.compile(
                            "(?i)(?<=\\S)(?<!\\b(?:the|a|an|add|new))(,?\\s(?:with (?:a |the )?)?(?:notes?|memo)(?::|\\ssaying|\\sthat says)?\\s)(?![\"'])(?!(?:to|for|on|about|that|of)\\b)"
                                    + "(?=[^\"']*\\b(?:pay|paid|payment|send|sent|invoice|bill|billed|log|delete|remove|archive|timer|expense|estimate|quote|hours?)\\b)"
                                    + "([^\"']{2,200}?\\s[^\"']{1,200}?)\\s*$"),
                    "$1\"$2\""),
            // "log 20 minutes on initech, call with Bill about invoices": after a logged length, a last
            // clause of words that name a request is what the time was for, said in quotes so that
            // "invoices" or "payment" there never becomes the request
            new Rule(
                    Pattern.compile(
                            "(?i)^((?:(?:can|could|would) you |please |pls )?(?:log|track|add|put|record|enter|book)\\s[^,\"']{0,60}?"
                                    + "(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty|ninety)"
                                    + "\\s?(?:h|hrs?|hours?|m|mins?|minutes?)\\b[^,\"']{0,60}?),\\s"
                                    + "(?=[^,\"']*\\b(?:invoices?|invoiced|bill(?:s|ed|ing)?|payments?|paid|pay|send|sent|estimates?|quotes?|expenses?|archive|delete|timer)\\b)"
                                    + "(?!(?:and |then |so |please |pls )?(?:send|email|e-mail|bill|invoice|mark|delete|archive|start|stop|add|log|create|make|put|set|change)\\b)"
                                    + "([a-z][^,\"'0-9]{2,80}?)\\s*[.!]?$"),
                    "$1, note \"$2\""),
            // "bill all of Stark's unbilled hours": all Stark's (the "of" is not part of the name)
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(all|each|any|some|most) of (?=\\p{L}[\\p{L}&.-]*(?: \\p{L}[\\p{L}&.-]*){0,2}(?:'s\\b|s'(?=\\s)))"),
                    "$1 "),
            // "pull up every invoice over $2,500": shown
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:please\\s)?(?:pull|bring|call) up(?=\\s(?:(?:every|all|any|my|our|the )?(?:last|latest|recent)\\s\\S"
                                    + "|(?:(?:every|all|any|the|my|our)\\s)*(?:invoices?|expenses?|payments?|estimates?|quotes?|time)\\b))"),
                    "show"),
            // "is there any unbilled time on Apollo", "are there any overdue invoices": a list asked for
            new Rule(Pattern.compile("(?i)^(?:so\\s)?(?:is|are) there (?:any|some)\\s(?=\\S)"), "show "),
            // "show any expense over $250", "every invoice from Acme": all of them (not "every client", a grouping)
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:any|every)\\s(expense|invoice|payment|estimate|quote)(?=\\s(?:over|under|above|below|from|of|with|that|which|this|last|in|on)\\b)"),
                    "$1s"),
            // "at the moment", "right now", "so far": when the question is asked, not a name or a period
            new Rule(
                    Pattern.compile(
                            "(?i)(?<!\\b(?:year|month|week|quarter|today))[,]?\\s(?:at the moment|right now|as of now|as we speak|so far)(?=\\s*[?.!]?$)"),
                    ""),
            // "remove yesterdays 3h", "edit mondays entry": the day's, typed without its apostrophe
            new Rule(Pattern.compile("(?i)\\b(yesterday|today|tomorrow)s\\b"), "$1's"),
            new Rule(
                    Pattern.compile(
                            "(?i)\\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)s\\b(?=\\s(?!(?:and|or|at|are|is|off|only|too)\\b)\\S)"),
                    "$1's"),
            // "go ahead and send invoice 10", "would you be so kind as to update …": the request itself
            new Rule(Pattern.compile("(?i)^(?:please\\s)?(?:just\\s)?go ahead and\\s(?=\\S)"), ""),
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:when you (?:get|have) a (?:moment|minute|sec(?:ond)?),?\\s|if you (?:get|have) a (?:moment|minute),?\\s)?"
                                    + "(?:would you be so kind as to|would you kindly|be so kind as to|i was wondering if you could(?: kindly)?|if you could(?: kindly)?"
                                    + "|do me a favou?r and|could i (?:get|have) you to|would it be possible to|is it possible to)\\s(?=\\S)"),
                    "please "),
            new Rule(Pattern.compile("(?i)^when you (?:get|have) a (?:moment|minute|sec(?:ond)?),?\\s(?=\\S)"), ""),
            // "gonna add a service …", "wanna log 2h …": the request; "gonna need an invoice for …": one made
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:(?:i'm|im|i am|we're|we are)\\s)?(?:gonna|going to|wanna|want to|gotta|got to|have to)\\s"
                                    + "(?=(?:add|log|create|make|send|record|start|stop|track|bill|invoice|set|change|delete|remove|archive|show|list|mark)\\b)"),
                    ""),
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:(?:i'm|im|i am|we're|we are)\\s)?(?:gonna need|going to need|(?:i|we) (?:will |'ll )?need|need)\\s"
                                    + "(?=(?:an? |another |one more |a new )?(?:invoice|estimate|quote)\\b)"),
                    "create "),
            // "jot down $9.75 at Starbucks", "ring up 1,299 at Dell": added; "chalk up two hours": logged
            new Rule(
                    Pattern.compile(
                            "(?i)(^|\\b(?:please|pls|can you|could you)\\s)(?:(?:jot|note|put|write|set) down|ring up|chalk up)"
                                    + "(?=\\s(?:an?\\s)?(?:[$€£]|\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:bucks|dollars|usd|cad|eur|gbp|euros|pounds)\\b|\\d[\\d,]*\\.\\d\\d\\b))"),
                    "$1add"),
            new Rule(
                    Pattern.compile(
                            "(?i)(^|\\b(?:please|pls|can you|could you)\\s)(?:(?:jot|note|put|write|set) down|ring up|chalk up)\\b"),
                    "$1log"),
            // "fire off inv 8", "shoot over the invoice": sent
            new Rule(Pattern.compile("(?i)\\b(?:fire|shoot|send) (?:off|over|out)\\b(?! (?:to|with)\\b)"), "send"),
            // "INV-0005", "inv no. 7", "invoice #INV-0031": the invoice's number
            new Rule(
                    Pattern.compile(
                            "(?i)(?<![/~.\\\\])\\b(?:(?:inv(?:oice)?|invoice number|number)\\s+)?(?:#\\s?)?INV[-#]?(\\d{1,10})\\b(?![.\\w-]*[./\\\\]\\w)"),
                    "invoice $1",
                    "inv"),
            new Rule(
                    Pattern.compile(
                            "(?i)(?<![/~.\\\\])\\b(?:(?:est(?:imate)?|quote)\\s+)?(?:#\\s?)?EST[-#](\\d{1,10})\\b(?![.\\w-]*[./\\\\]\\w)"),
                    "estimate $1",
                    "est"),
            // "outgoings: 35.00 shipping", "reimbursable $264.20 hotel": a label before an expense
            new Rule(Pattern.compile("(?i)^(?:outgoings?|spend|spending|expenses?)\\s?:\\s?(?=[$€£]?\\d)"), "expense "),
            new Rule(
                    Pattern.compile("(?i)^(?:a\\s)?(?:reimbursable|billable|non-?reimbursable)\\s(?=[$€£]?\\d)"),
                    "expense "),
            // "above $200", "below $50": over and under
            new Rule(
                    Pattern.compile("(?i)\\b(?:above|exceeding|in excess of|upwards of|north of)\\s(?=[$€£]?\\d)"),
                    "over "),
            new Rule(Pattern.compile("(?i)\\b(?:below|beneath|south of)\\s(?=[$€£]?\\d)"), "under "),
            // "the third quarter": Q3 (read as one period, never as the 3rd of a month)
            new Rule(Pattern.compile("(?i)\\b(?:the )?(?:first|1st) quarter\\b"), "Q1"),
            new Rule(Pattern.compile("(?i)\\b(?:the )?(?:second|2nd) quarter\\b"), "Q2"),
            new Rule(Pattern.compile("(?i)\\b(?:the )?(?:third|3rd) quarter\\b"), "Q3"),
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:the )?(?:fourth|4th|last) quarter of (?=(?:the |this |last )?year\\b|20\\d\\d\\b)"),
                    "Q4 of "),
            new Rule(Pattern.compile("(?i)\\b(?:the )?(?:fourth|4th) quarter\\b"), "Q4"),
            // "take it off", "get rid of it": removed
            new Rule(Pattern.compile("(?i)\\btake (it|them|that) (?:off|out)\\b(?!\\s(?:of|from)\\b)"), "remove $1"),
            new Rule(Pattern.compile("(?i)\\bget rid of\\b"), "delete"),
            // "2h meetings @95": a price after "@" with no space is still a price each
            new Rule(Pattern.compile("@(?=[$€£]?\\d)"), "@ ", "@"),
            // "Remind me, what services have I set up?": a question, asked with a lead
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:(?:can|could) you )?remind me,?\\s+(?=(?:what|which|how|who|when|where|is|are|do|did|have|has)\\b)"),
                    "",
                    "remind"),
            // "which invoices are still waiting on payment?": not paid yet
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:are |is )?(?:still )?(?:waiting (?:on|for)|awaiting) (?:a )?payments?\\b"),
                    "are unpaid",
                    "waiting|awaiting"),
            // "which expenses are over $200?": the records over an amount, said with "are"
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(invoices|expenses|payments|estimates)\\s(?:that are|which are|are)\\s(?=(?:over|under|above|below|more than|less than)\\s)"),
                    "$1 ",
                    " are "),
            // "is there unbilled time sitting on Apollo?": a question about what there is
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:so\\s)?(?:is|are) there\\s+(?=(?:unbilled|uninvoiced|unpaid|overdue|outstanding)\\b)"),
                    "show ",
                    "there"),
            // "show me every client": all of them, a list
            new Rule(
                    Pattern.compile(
                            "(?i)\\bevery\\s(?:single\\s)?(client|customer|project|invoice|estimate|service)\\b(?!\\s?'s)"),
                    "all $1s",
                    "every"),
            // "details of my last expense", "info on invoice 0004": shown
            new Rule(
                    Pattern.compile("(?i)^(?:the\\s)?(?:details|info|information)\\s(?:of|on|about)\\s"),
                    "show ",
                    "details|info"),
            // "income minus expenses for October": profit and loss
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:income|revenue|sales)\\s(?:minus|less|after|vs\\.?|versus|take away)\\s(?:my\\s|the\\s)?(?:expenses|costs|spending)\\b"),
                    "profit and loss",
                    "minus|less|after|vs|versus|take away"),
            // "fb log 1.5h initech research": the tool's own name typed before the request
            new Rule(Pattern.compile("(?i)^fb\\s+(?=\\p{L})"), "", "fb "),
            // "add svc Internal Ops non billable": not billable, said in two words
            new Rule(Pattern.compile("(?i)\\bnon\\s+billable\\b"), "non-billable", "non "),
            // "rec'd 950 USD from Globex": received, written short with an apostrophe
            new Rule(Pattern.compile("(?i)\\b(?:rec|rcv)['’]d\\b"), "received", "'d|’d"),
            // "a 2-day strategy workshop at $1,500/day": a length said as an adjective is how many of them
            new Rule(
                    Pattern.compile("(?i)\\b(?:an? )?(\\d{1,3})-(day|hour|week)s? (?=\\p{L})(?!long\\b|old\\b)"),
                    "$1 $2s of ",
                    "-day|-hour|-week"),
            // "note is finish login page": the note
            new Rule(Pattern.compile("(?i)(?<!'s\\s)\\bnote (?:is|was|should be|=)\\s(?=\\S)"), "note: "),
            // "note: finish login page" to the end: the note's words, never read as a request
            new Rule(
                    Pattern.compile("(?i)\\b(notes?|memo|description)\\s?:\\s?([^\"'\\s][^\"]*?)[.!]?\\s*$"),
                    "$1 \"$2\""),
            // "I pay 38 dollar for taxi", "I am spend 15 euro": what was paid or spent
            new Rule(Pattern.compile("(?i)^(i|we) (?:have |has |did |am |was )?(?:pay|payed)\\b"), "$1 paid"),
            new Rule(Pattern.compile("(?i)^(i|we) (?:am |was |have )?(?:spend|spending)\\b"), "$1 spent"),
            // "38 dollar", "15 euro": the plural the amount reader knows
            new Rule(Pattern.compile("(?i)(\\d)\\s?(dollar|euro|pound|buck)\\b"), "$1 $2s"),
            // "revenue for every client", "hours per project": grouped by it
            new Rule(
                    Pattern.compile("(?i)\\b(?:for|of) (?:every|each|all) (client|customer|project|service)s?\\b"),
                    "by $1"),
            // "… lol", "… thx": a sign-off, not part of the request
            new Rule(
                    Pattern.compile(
                            "(?i)[,!.]?\\s+(?:lol|lmao|haha|thx|thanks|thank you|thank u|ty|cheers|k|ok|okay)[.!]*\\s*$"),
                    ""),
            // "Get client balance: Stark Industries", "lookup invoice status: 0007": what is asked, then of which
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:get|fetch|retrieve|look ?up|check|show)\\s(client|customer|invoice|project|estimate)"
                                    + "\\s(balance|details|info|record|status|summary)\\s?:\\s?(?=\\S)"),
                    "show $1 $2 for "),
            // "new invoice for acme corp 4 days of training at 900/day": who it is for, then how much of what (the
            // name ends where the quantity starts)
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:please )?(?:(?:create|make|draft|raise|prepare|new|start|write|add) )?(?:(?:an?|a new|new) )?"
                                    + "(invoice|estimate|quote)(?: (?:for|to))? (?=(?!(?:the|my|our)\\b)(?:\\p{L}[\\p{L}&.'-]*\\s){1,4}\\d+(?:\\.\\d+)?\\s?"
                                    + "(?:days?|hours?|hrs?|h|weeks?|sessions?|pages?|units?|x)\\b)"),
                    "$1 "),
            // "new invoice for initech: 20 hrs development at 95/hr", "estimate for client Acme: …": who it is for,
            // then a colon and what it bills
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:please )?(?:(?:create|make|draft|raise|prepare|new|start|write|do) )?(?:(?:an?|a new|new) )?"
                                    + "(invoice|estimate|quote)(?: (?:for|to))?(?: (?:the )?(?:client|customer))? "
                                    + "(?!(?:the|this|these|that|those|following|my|our|them|him|her)\\b)"
                                    + "(\\p{L}[\\p{L}0-9&.'-]*(?: \\p{L}[\\p{L}0-9&.'-]*){0,3})(?:\\s?:|\\s-)\\s+(?=\\S)"),
                    "$1 $2 for "),
            // "invoice 0007: mark as sent", "expense 7002: delete": the record first, then what to do with it
            new Rule(
                    Pattern.compile(
                            "(?i)^((?:invoice|inv|estimate|est|quote|expense|exp|time entry|entry|payment) #?[\\w-]{1,12})\\s?:\\s?"
                                    + "(mark|send|email|e-mail|delete|remove|archive|unarchive|restore|show|accept|convert|void|duplicate|copy)"
                                    + "(?: it| this| that)?\\b"),
                    "$2 $1"),
            // "do any clients have outstanding invoices?": which clients do
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:do|does) any (?:of (?:my|our|the) )?(?:clients?|customers?) (have|owe)\\b"),
                    "which clients $1"),
            // "how much is umbrella corp behind on", "how far behind is Acme": what they owe
            new Rule(
                    Pattern.compile(
                            "(?i)^how (?:much|far) (?:is|are) (.{2,40}?) behind(?: on| by)?(?: (?:their|its) (?:payments|invoices|bills))?\\??$"),
                    "how much does $1 owe"),
            new Rule(Pattern.compile("(?i)^how far behind (?:is|are) (.{2,40}?)\\??$"), "how much does $1 owe"),
            // "due_in_days 15": the terms said as a field
            new Rule(Pattern.compile("(?i)\\bdue[_ ]in[_ ]days\\s?[:=]?\\s?(\\d{1,3})\\b"), "net $1", "due"),
            // "inv ls min 1,000 oct", "expenses max $50": the least or most amount, in short
            new Rule(
                    Pattern.compile(
                            "(?i)(?<=\\b(?:invoices?|invs?|ls|list|expenses?|exps?|estimates?|payments?) )min(?:imum)?:? (?=[$€£]?\\d)"),
                    "over ",
                    "min"),
            new Rule(
                    Pattern.compile(
                            "(?i)(?<=\\b(?:invoices?|invs?|ls|list|expenses?|exps?|estimates?|payments?) )max(?:imum)?:? (?=[$€£]?\\d)"),
                    "under ",
                    "max"),
            // "can u log …", "thank u": you
            new Rule(Pattern.compile("(?i)\\b(can|could|would|will|pls|please|thank) u\\b"), "$1 you", " u"),
            // "chuck 90 mins on Stark", "stick 2 hours against Apollo", "bung an hour on Globex": logged
            new Rule(
                    Pattern.compile(
                            "(?i)(^|,\\s|please\\s|can you\\s|could you\\s)(?:chuck|stick|bung|whack|slap|pop)\\s(?=(?:\\d|an?\\s(?:hour|half)|half\\s|another\\s))"),
                    "$1log ",
                    "chuck|stick|bung|whack|slap|pop"),
            // "invoice Stark for time since Monday, one line per day": grouped by day
            new Rule(
                    Pattern.compile("(?i)\\b(?:one|a|1) line (?:per|for each|each) (day|entry|service)\\b"),
                    "grouped by $1",
                    " line "),
            // "Security Review's budget should be 30 hours rather than 24": a project's or a service's setting, the
            // value
            // meant (an entry's or an expense's old value names which one, so those keep it)
            new Rule(
                    Pattern.compile(
                            "(?i)(\\b(?:budget|rate|fixed price|price|fee)\\b[^.;]{0,20}?\\b(?:should be|should have been|is now|to|make it) [$€£]?\\d[\\d,.]*(?:\\s?(?:hours?|hrs?|h|minutes?|mins?|dollars?|euros?))?)"
                                    + ",? (?:rather than|instead of|not) [$€£]?\\d[\\d,.]*(?:\\s?(?:hours?|hrs?|h|minutes?|mins?|dollars?|euros?))?\\b"),
                    "$1",
                    "rather|instead| not "),
            // "Security Review's budget should be 30 hours", "Apollo's rate needs to be $150", "that apollo budget
            // should have been 150 hours": a project's setting told as it should be
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:(?:so|oh|also|and|actually),?\\s)?(?:((?-i:\\p{Lu})[\\p{L}0-9&.' -]{1,40}?)(?:'s|’s)"
                                    + "|(?:that|the) (\\p{L}[\\p{L}0-9 &'.-]{1,40}?)(?: project(?:'s)?)?)"
                                    + " (budget|hourly rate|rate|fixed price|due date|deadline)"
                                    + " (?:should be|should have been|ought to be|needs to be|has to be|must be|is now)\\s(?=\\S)"),
                    "set $1$2's $3 to "),
            // "show me my client list", "the project list": the records listed
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(client|customer|project|invoice|expense|service|estimate|payment) (?:list|roster)\\b"),
                    "$1s",
                    "list|roster"),
            // "copywriting rate: $90": a kind of work's rate, said as a field
            new Rule(
                    Pattern.compile("(?i)^(\\p{L}[\\p{L} &-]{1,30}?) (?:hourly )?rate\\s?[:=]\\s?(?=[$€£]?\\d)"),
                    "set the $1 rate to "),
            // "website redesign is now due dec 19": a project's due date told as news
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:the )?(?!(?:invoice|inv|estimate|quote|expense|entry|payment|time|it|that|this|my|our)\\b)(\\p{L}[\\p{L}0-9 &'.-]{1,40}?)(?: project)? (?:is now|is|will now be|should now be) due (?:on |by )?(?=\\S)"),
                    "set project $1's due date to "),
            // "give the Data Migration project a $6,000 budget": its budget set
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:please )?give (?:the )?(\\p{L}[\\p{L}0-9 &'.-]{1,40}?)(?: project)? an? ([$€£]?\\d[\\d,.]*k?(?:\\s?(?:hours?|hrs?|h))?) budget\\b"),
                    "set the $1 budget to $2"),
            // "scratch the entry I logged …": deleted
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:please )?scratch (?=(?:the|that|my|this|entry|expense|invoice|payment)\\b)"),
                    "delete "),
            // "total billed this year", "how much collected in Q3", "amount earned last month": a sum asked with no
            // verb of its own is the report of what was billed or collected
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:what(?:'s| is| was) )?(?:the )?(?:total|how much|amount|sum)(?: (?:i|we)(?: have|'ve)?)?"
                                    + " (?:billed|invoiced)\\b"),
                    "how much did I bill",
                    "billed|invoiced"),
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:what(?:'s| is| was) )?(?:the )?(?:total|how much|amount|sum)(?: (?:i|we)(?: have|'ve)?)?"
                                    + " (?:collected|received|brought in)\\b"),
                    "how much did I collect",
                    "collected|received|brought in"),
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:what(?:'s| is| was) )?(?:the )?(?:total|how much|amount|sum)(?: (?:i|we)(?: have|'ve)?)?"
                                    + " (?:earned|made)\\b"),
                    "how much did I earn",
                    "earned|made"),
            // "expense report for october": the list of those expenses (a report of them, not a new one)
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:(?:show|get|see|pull|run|give)(?: me)? )?(?:an? |the |my )?expenses? report\\b"),
                    "list expenses",
                    "report"),
            // "tell me about globex", "can you tell me more about the Apollo project": that record shown
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:(?:can|could) you |please )?tell me (?:a bit |more |a little )?about (?=\\S)"),
                    "show ",
                    "about"),
            // "how much on software in 2025": what was spent on that, the verb left out
            new Rule(Pattern.compile("(?i)^how much (?:money )?(?:in total )?on "), "how much did I spend on ", "on"),
            // "set entry 6002 as not billable", "entry 6005 non-billable": whether that entry is billed
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:please )?(?:(?:set|flag|tag|make|mark|change) )?((?:the |my )?(?:last |latest )?(?:time )?"
                                    + "entry(?: #?\\d+)?) (?:as |to |is )?(not billable|non-? ?billable|unbillable|billable)[.!]?$"),
                    "mark $1 $2",
                    "billable"),
            // "how much went on meals in Q3": what was spent on that
            new Rule(Pattern.compile("(?i)^how much (?:money )?(?:went|was spent) on "), "how much did I spend on "),
            // "is anything being timed at the moment": whether a timer runs
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:is|are) (?:anything|something|a timer|any timers?) (?:being timed|running|ticking|going|on)\\b(?: (?:at the moment|right now|now))?\\??$"),
                    "is a timer running"),
            // "unbilled time on Apollo": shown
            new Rule(
                    Pattern.compile("(?i)^(unbilled|uninvoiced|unbilled billable) (time|hours|entries)\\b"),
                    "show $1 $2"),
            // "which customer has the largest overdue balance?": who owes the most
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:which|what) (?:client|customer) (?:has|have|holds|carries) the (?:largest|biggest|highest|most|greatest)"
                                    + " (?:overdue |outstanding |unpaid |open )?(?:balance|amount|debt|bill)(?: owing| outstanding| due)?\\??$"),
                    "who owes me the most"),
            // "what currency does Tyrell Corporation pay in?": that client's details
            new Rule(
                    Pattern.compile(
                            "(?i)^what currency (?:does|do|is) (.{2,40}?) (?:pay|paying|use|using|billed|get billed|invoiced)(?: in)?\\??$"),
                    "show client $1"),
            // "how many hours a day did I work": by day
            new Rule(
                    Pattern.compile("(?i)\\bhours (?:a|per|each) day\\b(?=.*\\b(?:did|have|has|were|was)\\b)"),
                    "hours by day",
                    " day"),
            // "since the start of the year": from its first day until today
            new Rule(
                    Pattern.compile("(?i)\\bsince the (?:start|beginning) of (?:the|this) year\\b"),
                    "since January 1",
                    "since"),
            new Rule(
                    Pattern.compile("(?i)\\bsince the (?:start|beginning) of (?:the|this) month\\b"),
                    "since the 1st",
                    "since"),
            new Rule(
                    Pattern.compile("(?i)\\bsince the (?:start|beginning) of (?:the|this) week\\b"),
                    "since Monday",
                    "since"),
            // "the payments that came in from Initech": the payments
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(payments?|money) (?:that|which) (?:came|have come|has come|were received|was received) in\\b"),
                    "$1",
                    "came|come|received"),
            // "show me all payments received last month": the payments listed
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:show|list|display|get)(?: me)?(?: all| the| my)* payments (?:received|collected)\\b(?! from| since)"),
                    "list payments"),
            // "how much went to Staples last month": what was spent there
            new Rule(
                    Pattern.compile(
                            "(?i)^how much (?:money )?(?:went|did (?:i|we) (?:pay|give)|have (?:i|we) (?:paid|given)|was paid|got paid) (?:to|at) "),
                    "how much did I spend at "),
            // "Category's Parking", "the category is Travel": the field said as a statement
            new Rule(Pattern.compile("(?i)\\b(?:the )?(category|vendor)(?:'s| is)\\s(?=\\S)"), "$1 "),
            // "…? The note should say schema review call.": the note of what was just asked for
            new Rule(
                    Pattern.compile(
                            "(?i)(?<=[.?!])\\s+(?:and )?(?:the |a )?(?:note|memo|description) (?:should|can|could|will|must|would) "
                                    + "(?:say|read|be)\\s*:?\\s+[\"']?([^\"']{1,80}?)[\"']?[.!]?$"),
                    " note: \"$1\"",
                    "note|memo|description"),
            // "would you mind logging …", "do you mind sending …": asked, the verb as it is
            new Rule(
                    Pattern.compile("(?i)\\b(?:would|do) you mind (lo|sto|pu|se)([gpt])\\2ing\\b"),
                    "please $1$2",
                    "mind"),
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:would|do) you mind (creat|chang|updat|delet|remov|invoic|mov|archiv)ing\\b"),
                    "please $1e",
                    "mind"),
            new Rule(
                    Pattern.compile("(?i)\\b(?:would|do) you mind (add|record|send|start|mark|bill|email)ing\\b"),
                    "please $1",
                    "mind"),
            // "for the client Globex I did 4 hours …": a name ends where "I" starts what was done
            new Rule(
                    Pattern.compile(
                            "(?<=(?-i:\\p{Lu})[\\p{L}&.'-]{1,40}) I (?=(?i:did|do|pay|paid|payed|must|have|had|spent|spend"
                                    + "|worked|work|need|needed|want|made|will|would|am|was|bought|logged|billed)\\b)"),
                    ", I ",
                    " i "),
            // "start_time 09:30", "start time: 14:00": when it started, said as a field
            new Rule(
                    Pattern.compile("(?i)\\bstart[_ ]time\\s?[:=]?\\s?(?=\\d{1,2}(?::\\d{2}|\\s?[ap]m))"),
                    "starting at ",
                    "start"),
            // "net15", "est 4": the term and the record said without a space or in short
            new Rule(Pattern.compile("(?i)\\bnet(\\d{1,3})\\b"), "net $1"),
            new Rule(Pattern.compile("(?i)\\best\\.?(?=\\s#?\\d)"), "estimate"),
            // "we agreed on $120 an hour for consulting from now on": a kind of work's rate
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:we|i) (?:agreed|settled|decided)(?: on| to charge)? ((?:[$€£]\\s?)?\\d[\\d,]*(?:\\.\\d{1,2})?"
                                    + "(?:\\s?(?:/\\s?(?:h|hr|hour)|an hour|per hour|hourly))) (?:for|on) (.+?)(?: from now on| going forward)?[.!]?$"),
                    "set the rate for $2 to $1"),
            // "note it as 'wireframes v2'", "flag it as completed", "fixed price → $4,200"
            new Rule(Pattern.compile("(?i)\\b(?:note|label|describe) (?:it|this|that) as\\s"), "note: "),
            new Rule(Pattern.compile("(?i)\\bflag (it|them|this|that) as\\b"), "mark $1 as"),
            new Rule(
                    Pattern.compile(
                            "^(.{2,60}?):\\s*(?i:(email|e-mail|phone|address|rate|budget|fixed price|due date|title))\\s*(?:→|->|=>|=)\\s*(.+)$"),
                    "change $1's $2 to $3"),
            new Rule(
                    Pattern.compile(
                            "(?i)^(.{2,40}?) (budget|rate|hourly rate|fixed price|due date|deadline)\\s*(?:→|->|=>)\\s*"),
                    "set the $1 $2 to "),
            new Rule(Pattern.compile("\\s*(?:→|->|=>)\\s*"), " to "),
            // "remind me what Globex owes": a question, not a reminder
            new Rule(Pattern.compile("(?i)^(?:please\\s)?remind me (?=(?:what|how|who|which|when|whether|if)\\b)"), ""),
            // "Update my last time entry: set the duration to …": the field on that record
            new Rule(
                    Pattern.compile(
                            "(?i)^(?:please\\s)?(?:update|edit|change|amend|fix|modify) ((?:my |the )?(?:last|latest|previous|most recent) (?:time entry|entry|expense)"
                                    + "|(?:time entry|entry|expense) #?\\d{1,12})\\s?:\\s?(?:set|change|make|update) (?:the |its )?(\\p{L}+(?: \\p{L}+)?) to\\s"),
                    "set the $2 on $1 to "),
            // "due on receipt": due at once
            new Rule(Pattern.compile("(?i)\\b(?:due )?(?:up)?on receipt\\b"), "net 0"),
            // "hourly project Brand Refresh for …", "new fixed-price project …": a project made
            new Rule(
                    Pattern.compile("(?i)^(?:an? |new |a new )?(hourly|fixed[- ]price|flat[- ]fee) project\\b"),
                    "create a $1 project"),
            // "QA testing", "UX design": the acronym is part of the kind of work
            new Rule(
                    Pattern.compile("\\b(QA|UX|UI|SEO|SEM|CRM|API|IT|HR|PR|CAD|3D)(?= (?i:" + SERVICE_WORDS + ")\\b)"),
                    "\u0000$1"),
            // "…, would ya, ta", "… please, cheers", "… if you can", "… for now": a sign-off after the request (after a
            // note's
            // words were put in quotes, which keep theirs)
            new Rule(
                    Pattern.compile(
                            "(?i)(?:[,;]?\\s+(?:would (?:ya|you)|will you|if you can|if you could|if possible|please|pls|cheers|ta|thanks|thx|mate|for now|for the (?:time being|moment)|asap"
                                    + "|just so you know|(?:just )?fyi|for your (?:information|records)|for the record"
                                    + "|when you (?:can|get a (?:chance|sec|second|minute|moment)))){1,4}[.!]*$"),
                    ""));

    private static final Pattern PREFIXED = Pattern.compile("(?i)\\b(INV|EST)[-#]?(\\d{1,10})\\b");

    /**
     * {@code f} with a record number said with its document prefix ("INV-0031") given back as said,
     * upper case: the grammar read the number after {@link #rewrite}, and an account's numbers may
     * carry the prefix.
     */
    static dev.fbcli.nlp.intent.Frame restore(dev.fbcli.nlp.intent.Frame f) {
        java.util.regex.Matcher m = PREFIXED.matcher(f.input());
        java.util.Map<String, Object> slots = null;
        while (m.find()) {
            String key = m.group(1).equalsIgnoreCase("INV") ? "invoice" : "estimate";
            if (m.group(2).equals(f.slots().get(key))) {
                if (slots == null) {
                    slots = new java.util.LinkedHashMap<>(f.slots());
                }
                slots.put(key, m.group(1).toUpperCase(java.util.Locale.ROOT) + "-" + m.group(2));
            }
        }
        return slots == null ? f : f.withSlots(slots);
    }

    /** A year ending the phrase after a report's or a list's word: "tax summary 2025", "revenue 2024". */
    private static final Pattern YEAR_AFTER =
            Pattern.compile("(?i)(?<![\\p{L}&])(\\p{L}{3,}|p&l) ((?:19|20)\\d{2})\\s*[.?]?$");

    private static final java.util.Set<String> COVERS_A_YEAR = java.util.Set.of(
            "summary",
            "report",
            "revenue",
            "sales",
            "p&l",
            "pnl",
            "aging",
            "ageing",
            "payments",
            "expenses",
            "income",
            "hours",
            "time",
            "taxes",
            "tax",
            "profit",
            "earnings",
            "spending",
            "invoices",
            "estimates",
            "loss");

    /**
     * "tax summary 2025", typed "tax summry 2025": the year a report or a list covers ("… for 2025"). The word
     * before the year is read with the speller, since this runs before the phrase's words are corrected.
     */
    private static String yearCovered(String out) {
        java.util.regex.Matcher m = YEAR_AFTER.matcher(out);
        if (!m.find()) {
            return out;
        }
        String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String fixed = COVERS_A_YEAR.contains(w) ? w : Speller.vocabulary().correct(w);
        if (fixed == null || !COVERS_A_YEAR.contains(fixed)) {
            return out;
        }
        return out.substring(0, m.start()) + m.group(1) + " for " + m.group(2);
    }

    static String rewrite(String text) {
        String out = SelfCorrections.rewrite(SpokenNumbers.rewrite(SpokenClock.rewrite(
                BARE_CLOCK_RANGE.matcher(CommandWords.rewrite(text)).replaceFirst("$1from $2 to $4"))));
        String low = out.toLowerCase(java.util.Locale.ROOT);
        for (Rule r : RULES) {
            if (!r.mayMatch(low)) {
                continue; // cheaper than the pattern's scan: the phrase cannot match
            }
            String before = out;
            out = r.from().matcher(out).replaceAll(r.to());
            if (!out.equals(before)) {
                low = out.toLowerCase(java.util.Locale.ROOT);
            }
        }
        out = yearCovered(out);
        if (out.indexOf('\u0000') >= 0) {
            StringBuilder sb = new StringBuilder(out.length());
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '\u0000') {
                    int j = i + 1;
                    while (j < out.length() && !Character.isWhitespace(out.charAt(j))) {
                        sb.append(Character.toLowerCase(out.charAt(j++)));
                    }
                    i = j - 1;
                } else {
                    sb.append(c);
                }
            }
            out = sb.toString();
        }
        return out;
    }
}
