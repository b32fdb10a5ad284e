package org.newsbeam.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made gold file: per input record, what a careful analyst marks (see sample-data/README.md).
 */
public record Gold(List<Record> records) {
  public record Record(
      String file,
      String location,
      String kind,
      String url,
      String published,
      String duplicateOf,
      List<String> actors,
      List<List<String>> pairs,
      List<Event> events) {}

  public record Event(
      String type, Long quantity, String certainty, String source, String target, List<String> actors, String sentence,
      EventRecord record) {
    /** An event whose record (date, weapon, casualties, place) the gold does not give. */
    public Event(String type, Long quantity, String certainty, String source, String target, List<String> actors, String sentence) {
      this(type, quantity, certainty, source, target, actors, sentence, null);
    }
  }

  /** What event_records.csv should say of the event a gold event reports; "" or null for none. */
  public record EventRecord(String eventDate, String datePrecision, String weapon, Long fatalities, Long injured, String place) {}

  public static Gold load(Path file) throws IOException {
    // generated gold files run to hundreds of megabytes: lift the YAML reader's 3 MB default
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    JsonNode root = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build()).readTree(file.toFile());
    List<Record> out = new ArrayList<>();
    for (JsonNode r : root.path("records")) {
      List<Event> events = new ArrayList<>();
      for (JsonNode e : r.path("events")) {
        JsonNode q = e.get("quantity");
        JsonNode rec = e.get("record");
        EventRecord record = rec == null || rec.isNull() ? null : new EventRecord(text(rec, "event_date"),
            text(rec, "date_precision"), text(rec, "weapon"), count(rec, "fatalities"), count(rec, "injured"), text(rec, "place"));
        events.add(new Event(text(e, "type"), q == null || q.isNull() ? null : q.asLong(), text(e, "certainty"),
            e.has("source_actor") ? text(e, "source_actor") : text(e, "source"), text(e, "target"), strings(e.path("actors")), text(e, "sentence"), record));
      }
      List<List<String>> pairs = new ArrayList<>();
      for (JsonNode p : r.path("pairs")) {
        pairs.add(strings(p));
      }
      out.add(new Record(text(r, "file"), text(r, "location"), text(r, "kind"), text(r, "url"), text(r, "published"),
          text(r, "duplicate_of"), strings(r.path("actors")), pairs, events));
    }
    return new Gold(out);
  }

  private static Long count(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asLong();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
