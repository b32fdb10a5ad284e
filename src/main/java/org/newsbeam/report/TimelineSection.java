package org.newsbeam.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsbeam.output.Table;

/**
 * The event timeline: per day and event type, the figures of event_counts.csv (events, reports,
 * and the claimed, negated and hypothetical reports apart), split by weapon when the table has a
 * weapon column; and for each day a few of its reports from events.csv, to list on hover.
 */
final class TimelineSection {
  /** The measures of event_counts.csv the timeline shows, in the order of the page's toggles. */
  static final List<String> MEASURES = List.of("events", "reports", "claimed", "negated", "hypothetical");

  private final Caps caps;
  private final Map<String, Map<String, long[]>> byDay = new TreeMap<>();
  private final Map<String, long[]> totals = new TreeMap<>();
  private final Map<String, Long> quantity = new TreeMap<>();
  private final Map<String, Map<String, long[]>> weaponByDay = new TreeMap<>();
  private final Set<String> weapons = new TreeSet<>();
  private boolean hasWeapon;
  private long undatedReports;
  private List<String> days = List.of();
  private Set<String> shownDays = Set.of();
  private final Map<String, List<ObjectNode>> examples = new HashMap<>();
  private final Map<String, Set<String>> exampleKeys = new HashMap<>();
  private final Map<String, Long> reportsInEvents = new HashMap<>();

  TimelineSection(Caps caps) {
    this.caps = caps;
  }

  /** First pass: event_counts.csv. */
  void readCounts(String folder) throws IOException {
    List<String> header = TableRows.forEach(folder, Table.EVENT_COUNTS.fileName(), row -> {
      String type = row.get("event_type");
      long[] m = new long[MEASURES.size()];
      for (int i = 0; i < m.length; i++) {
        m[i] = row.count(MEASURES.get(i));
      }
      add(totals.computeIfAbsent(type, t -> new long[MEASURES.size()]), m);
      quantity.merge(type, row.count("quantity"), Long::sum);
      String date = row.get("published");
      if (date.isEmpty()) {
        undatedReports += row.count("reports");
        return;
      }
      add(byDay.computeIfAbsent(date, d -> new TreeMap<>()).computeIfAbsent(type, t -> new long[MEASURES.size()]), m);
      String weapon = row.get("weapon");
      if (!weapon.isEmpty()) {
        weapons.add(weapon);
        add(weaponByDay.computeIfAbsent(date, d -> new TreeMap<>()).computeIfAbsent(weapon, w -> new long[MEASURES.size()]), m);
      }
    });
    hasWeapon = header.contains("weapon");
    days = calendar(byDay.keySet(), caps.days());
    shownDays = new HashSet<>(days);
  }

  /** Every calendar day from the first to the last dated row, the latest {@code max} of them. */
  static List<String> calendar(Set<String> dates, int max) {
    List<String> out = new ArrayList<>();
    if (dates.isEmpty()) {
      return out;
    }
    TreeSet<String> sorted = new TreeSet<>(dates);
    LocalDate first;
    LocalDate last;
    try {
      first = LocalDate.parse(sorted.first());
      last = LocalDate.parse(sorted.last());
    } catch (DateTimeParseException e) {
      return new ArrayList<>(sorted); // not ISO dates: the days as they are
    }
    if (first.plusDays(max - 1L).isBefore(last)) {
      first = last.minusDays(max - 1L);
    }
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d.toString());
    }
    return out;
  }

  private static void add(long[] into, long[] m) {
    for (int i = 0; i < m.length; i++) {
      into[i] += m[i];
    }
  }

  /** Second pass, shared with the network: each row of events.csv. */
  void addEvent(TableRows.Row row) {
    String date = row.get("published");
    date = date.length() >= 10 ? date.substring(0, 10) : date;
    if (!shownDays.contains(date)) {
      return;
    }
    reportsInEvents.merge(date, 1L, Long::sum);
    List<ObjectNode> list = examples.computeIfAbsent(date, d -> new ArrayList<>());
    if (list.size() >= caps.examplesPerDay()) {
      return;
    }
    // one example per event: its other reports repeat it
    String key = row.get("event_id").isEmpty() ? row.get("sentence") : row.get("event_id");
    if (!exampleKeys.computeIfAbsent(date, d -> new HashSet<>()).add(key)) {
      return;
    }
    ObjectNode e = RunReport.JSON.createObjectNode();
    e.put("type", row.get("event_type"));
    e.put("certainty", row.get("certainty"));
    e.put("actors", row.get("actors").replace(";", ", "));
    e.put("quantity", row.get("quantity"));
    if (!row.get("weapon").isEmpty()) {
      e.put("weapon", row.get("weapon"));
    }
    e.put("sentence", caps.clip(row.get("sentence")));
    e.put("url", row.get("url"));
    list.add(e);
  }

  ObjectNode toJson(ObjectMapper om) {
    ObjectNode out = om.createObjectNode();
    ArrayNode dayArray = out.putArray("days");
    days.forEach(dayArray::add);
    out.put("days_total", byDay.size());
    out.put("days_with_events_shown", byDay.keySet().stream().filter(shownDays::contains).count());
    out.put("first_day", byDay.isEmpty() ? "" : ((TreeMap<String, ?>) byDay).firstKey());
    out.put("undated_reports", undatedReports);
    ArrayNode measures = out.putArray("measures");
    MEASURES.forEach(measures::add);
    ArrayNode types = out.putArray("types");
    // the busiest type first, so the legend reads in order of weight
    List<String> typeOrder = new ArrayList<>(totals.keySet());
    typeOrder.sort((a, b) -> Long.compare(totals.get(b)[1] + totals.get(b)[0], totals.get(a)[1] + totals.get(a)[0]));
    typeOrder.forEach(types::add);
    out.set("series", series(om, byDay, typeOrder));
    ArrayNode totalRows = out.putArray("totals");
    for (String type : typeOrder) {
      ObjectNode t = totalRows.addObject();
      t.put("type", type);
      for (int i = 0; i < MEASURES.size(); i++) {
        t.put(MEASURES.get(i), totals.get(type)[i]);
      }
      t.put("quantity", quantity.getOrDefault(type, 0L));
    }
    if (hasWeapon) {
      ObjectNode w = out.putObject("weapons");
      ArrayNode names = w.putArray("names");
      weapons.forEach(names::add);
      w.set("series", series(om, weaponByDay, new ArrayList<>(weapons)));
    }
    ObjectNode ex = out.putObject("examples");
    for (String day : days) {
      if (examples.containsKey(day)) {
        ObjectNode d = ex.putObject(day);
        d.put("reports", reportsInEvents.getOrDefault(day, 0L));
        ArrayNode list = d.putArray("list");
        examples.get(day).forEach(list::add);
      }
    }
    return out;
  }

  /** Dense per-day arrays: {key: {measure: [value per day]}}. */
  private ObjectNode series(ObjectMapper om, Map<String, Map<String, long[]>> source, List<String> keys) {
    ObjectNode out = om.createObjectNode();
    Map<String, ObjectNode> perKey = new LinkedHashMap<>();
    for (String k : keys) {
      ObjectNode s = out.putObject(k);
      perKey.put(k, s);
      for (String m : MEASURES) {
        s.putArray(m);
      }
    }
    for (String day : days) {
      Map<String, long[]> row = source.getOrDefault(day, Map.of());
      for (String k : keys) {
        long[] v = row.get(k);
        for (int i = 0; i < MEASURES.size(); i++) {
          ((ArrayNode) perKey.get(k).get(MEASURES.get(i))).add(v == null ? 0 : v[i]);
        }
      }
    }
    return out;
  }
}
