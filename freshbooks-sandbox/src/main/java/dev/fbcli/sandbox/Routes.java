package dev.fbcli.sandbox;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small route table: {@code METHOD /path/{var}/...} to a handler, with the scope it requires. */
final class Routes {

    @FunctionalInterface
    interface Handler {
        Response handle(Request req, Ctx ctx) throws SQLException;
    }

    /** How a route finds its business: from {@code {acct}}, from {@code {bid}}, or not at all. */
    enum Scoping {
        NONE,
        ACCOUNT,
        BUSINESS
    }

    record Route(
            String method,
            Pattern pattern,
            List<String> names,
            String scope,
            Scoping scoping,
            boolean auth,
            Handler handler) {}

    record Match(Route route, Map<String, String> vars) {}

    private final List<Route> routes = new ArrayList<>();

    Routes add(String method, String template, String scope, Scoping scoping, Handler handler) {
        return add(method, template, scope, scoping, true, handler);
    }

    Routes add(String method, String template, String scope, Scoping scoping, boolean auth, Handler handler) {
        List<String> names = new ArrayList<>();
        StringBuilder re = new StringBuilder("^");
        Matcher m = Pattern.compile("\\{([a-z_]+)}").matcher(template);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(template.substring(last, m.start())));
            re.append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        re.append(Pattern.quote(template.substring(last))).append("/?$");
        routes.add(new Route(method, Pattern.compile(re.toString()), names, scope, scoping, auth, handler));
        return this;
    }

    /** The route for this request; throws 404 for an unknown path and 405 for a known path with another method. */
    Match match(String method, String path) {
        boolean pathKnown = false;
        for (Route r : routes) {
            Matcher m = r.pattern().matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathKnown = true;
            if (!r.method().equals(method)) {
                continue;
            }
            Map<String, String> vars = new LinkedHashMap<>();
            for (int i = 0; i < r.names().size(); i++) {
                vars.put(r.names().get(i), m.group(i + 1));
            }
            return new Match(r, vars);
        }
        if (pathKnown) {
            throw ApiException.methodNotAllowed();
        }
        throw ApiException.notFound(null, null, null, "Requested resource could not be found.");
    }
}
