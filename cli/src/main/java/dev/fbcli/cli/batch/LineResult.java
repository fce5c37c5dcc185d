package dev.fbcli.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.CliException;
import java.util.List;

/** How one line ended: its status, what it did (or its error), the records it made ({@code kind:id}), and a read's JSON. */
record LineResult(
        int line, String text, LineStatus status, String what, List<String> records, String error, JsonNode data) {

    static LineResult failed(BatchFile.Line line, CliException e) {
        String msg = e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")");
        return new LineResult(line.number(), line.text(), LineStatus.FAILED, "", List.of(), msg, null);
    }

    static LineResult notRun(BatchFile.Line line) {
        return new LineResult(line.number(), line.text(), LineStatus.NOT_RUN, "", List.of(), null, null);
    }
}
