package org.newsbeam.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbeam.output.OutputFiles;
import org.newsbeam.output.RunSummary;
import org.newsbeam.output.Table;

/** The run at a glance: archive, counters, sites, dates, skips and rejects, study and version. */
final class SummarySection {
  private SummarySection() {}

  static final List<String> COUNTERS = List.of("files", "records", "pages", "articles", "snapshots_folded",
      "duplicates", "undated", "out_of_range", "skipped", "rejected", "sentences", "actor_mentions", "event_mentions");

  static ObjectNode build(String folder, ObjectMapper om) throws IOException {
    JsonNode run = om.readTree(OutputFiles.read(folder, RunSummary.FILE));
    ObjectNode out = om.createObjectNode();
    JsonNode options = run.path("options");
    out.put("archive", options.path("input").asText(""));
    out.put("study", options.path("pipeline").asText(""));
    out.put("runner", options.path("runner").asText(""));
    out.put("since", options.path("since").asText(""));
    out.put("until", options.path("until").asText(""));
    JsonNode provenance = run.path("provenance");
    // the version that made the run; a run of an older newsbeam did not say, so the report's own
    out.put("version", provenance.has("newsbeam_version") ? provenance.path("newsbeam_version").asText() : RunReport.version());
    out.put("wall_seconds", run.path("run").path("wall_seconds").asDouble(0));
    ObjectNode counters = out.putObject("counters");
    for (String name : COUNTERS) {
      counters.put(name, run.path("counters").path(name).asLong(0));
    }
    out.set("skipped_by_kind", run.path("skipped_by_kind").isObject() ? run.get("skipped_by_kind") : om.createObjectNode());

    // sites and dates are read from articles.csv: the run summary does not carry them
    Set<String> sites = new HashSet<>();
    String[] range = {"", ""};
    TableRows.forEach(folder, Table.ARTICLES.fileName(), row -> {
      if (!row.get("site").isEmpty()) {
        sites.add(row.get("site"));
      }
      String date = row.get("published");
      if (date.length() >= 10) {
        date = date.substring(0, 10);
        if (range[0].isEmpty() || date.compareTo(range[0]) < 0) {
          range[0] = date;
        }
        if (range[1].isEmpty() || date.compareTo(range[1]) > 0) {
          range[1] = date;
        }
      }
    });
    out.put("sites", sites.size());
    out.put("first_day", range[0]);
    out.put("last_day", range[1]);
    return out;
  }
}
