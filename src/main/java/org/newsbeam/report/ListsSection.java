package org.newsbeam.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsbeam.output.Table;

/** Candidate actors to promote into the study, and the rejected records. */
final class ListsSection {
  private ListsSection() {}

  record Candidate(String name, String role, long mentions, long articles, String example) {}

  static ObjectNode candidates(String folder, Caps caps, ObjectMapper om) throws IOException {
    List<Candidate> all = new ArrayList<>();
    TableRows.forEach(folder, Table.CANDIDATE_ACTORS.fileName(), r -> all.add(new Candidate(r.get("name"),
        r.get("role"), r.count("mentions"), r.count("articles"), caps.clip(r.get("example_sentence")))));
    all.sort(Comparator.comparingLong(Candidate::mentions).reversed()
        .thenComparing(Comparator.comparingLong(Candidate::articles).reversed())
        .thenComparing(Candidate::name));
    ObjectNode out = om.createObjectNode();
    out.put("total", all.size());
    ArrayNode rows = out.putArray("rows");
    for (Candidate c : all.subList(0, Math.min(caps.candidates(), all.size()))) {
      ObjectNode o = rows.addObject();
      o.put("name", c.name());
      o.put("role", c.role());
      o.put("mentions", c.mentions());
      o.put("articles", c.articles());
      o.put("example", c.example());
    }
    return out;
  }

  static ObjectNode rejects(String folder, Caps caps, ObjectMapper om) throws IOException {
    ObjectNode out = om.createObjectNode();
    ArrayNode rows = out.putArray("rows");
    long[] total = {0};
    TableRows.forEach(folder, Table.REJECTS.fileName(), r -> {
      if (total[0]++ < caps.rejects()) {
        ObjectNode o = rows.addObject();
        o.put("file", r.get("file"));
        o.put("location", r.get("location"));
        o.put("reason", caps.clip(r.get("reason")));
      }
    });
    out.put("total", total[0]);
    return out;
  }
}
