package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.Locale;
import java.util.Set;

/**
 * A company's name is not a kind of work: "log 8h hartley & sons", "timer on blue fern llc". When
 * the grammar took such a run as the service of a time entry or a timer and no client or project
 * is named, the run is who the work is for ({@code target}).
 */
final class CompanyNames {
    private static final Set<String> SUFFIX = Set.of(
            "llc",
            "inc",
            "ltd",
            "corp",
            "co",
            "sons",
            "bros",
            "brothers",
            "partners",
            "associates",
            "gmbh",
            "plc",
            "studio",
            "studios",
            "agency",
            "labs");

    private CompanyNames() {}

    static Frame apply(Frame f) {
        if (!(f.intent().equals("time.log") || f.intent().equals("timer.start"))
                || !(f.slots().get("service") instanceof String svc)
                || f.slots().containsKey("target")
                || f.slots().containsKey("client")
                || f.slots().containsKey("project")) {
            return f;
        }
        String low = svc.toLowerCase(Locale.ROOT);
        String[] words = low.split(" ");
        if (words.length < 2 || !(low.contains(" & ") || SUFFIX.contains(words[words.length - 1]))) {
            return f;
        }
        return f.withSlotRenamed("service", "target");
    }
}
