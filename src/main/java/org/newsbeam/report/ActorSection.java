package org.newsbeam.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsbeam.output.Table;

/** Top actors from actors.csv, each with its daily mentions from actor_daily.csv. */
final class ActorSection {
  private final Caps caps;
  final Map<String, ActorRow> all = new HashMap<>();
  private final List<ActorRow> shown = new ArrayList<>();
  private final Map<String, Long> typeCounts = new TreeMap<>();
  private final Map<String, TreeMap<String, Long>> daily = new HashMap<>();
  private String trendStart = "";
  private String trendEnd = "";

  ActorSection(Caps caps) {
    this.caps = caps;
  }

  void read(String folder) throws IOException {
    TableRows.forEach(folder, Table.ACTORS.fileName(), r -> {
      ActorRow a = ActorRow.of(r);
      all.put(a.name(), a);
      typeCounts.merge(a.type(), 1L, Long::sum);
    });
    List<ActorRow> sorted = new ArrayList<>(all.values());
    sorted.sort(ActorRow.BY_MENTIONS);
    Set<ActorRow> chosen = new LinkedHashSet<>(sorted.subList(0, Math.min(caps.actors(), sorted.size())));
    Map<String, Integer> perType = new HashMap<>();
    for (ActorRow a : sorted) {
      if (perType.merge(a.type(), 1, Integer::sum) <= caps.actorsPerType()) {
        chosen.add(a);
      }
    }
    shown.addAll(chosen);
    shown.sort(ActorRow.BY_MENTIONS);
    Set<String> names = new java.util.HashSet<>();
    shown.forEach(a -> names.add(a.name()));
    String[] last = {""};
    TableRows.forEach(folder, Table.ACTOR_DAILY.fileName(), r -> {
      String actor = r.get("actor");
      String date = r.get("published");
      if (date.compareTo(last[0]) > 0) {
        last[0] = date;
      }
      if (names.contains(actor) && !date.isEmpty()) {
        daily.computeIfAbsent(actor, x -> new TreeMap<>()).put(date, r.count("mentions"));
      }
    });
    trendEnd = last[0];
    String first = last[0];
    for (TreeMap<String, Long> d : daily.values()) {
      if (!d.isEmpty() && d.firstKey().compareTo(first) < 0) {
        first = d.firstKey();
      }
    }
    try {
      LocalDate end = LocalDate.parse(trendEnd);
      LocalDate start = LocalDate.parse(first);
      if (start.plusDays(caps.days() - 1L).isBefore(end)) {
        start = end.minusDays(caps.days() - 1L);
      }
      trendStart = start.toString();
    } catch (DateTimeParseException e) {
      trendStart = "";
    }
  }

  ObjectNode toJson(ObjectMapper om) {
    ObjectNode out = om.createObjectNode();
    out.put("total", all.size());
    out.put("trend_start", trendStart);
    out.put("trend_end", trendEnd);
    ObjectNode types = out.putObject("types");
    typeCounts.forEach(types::put);
    ArrayNode rows = out.putArray("rows");
    LocalDate start = trendStart.isEmpty() ? null : LocalDate.parse(trendStart);
    for (ActorRow a : shown) {
      ObjectNode o = a.writeTo(rows.addObject());
      o.put("first_seen", a.firstSeen());
      o.put("last_seen", a.lastSeen());
      // [day offset from trend_start, mentions] for the days the actor was named
      ArrayNode trend = o.putArray("trend");
      if (start != null) {
        daily.getOrDefault(a.name(), new TreeMap<>()).forEach((date, mentions) -> {
          try {
            long offset = ChronoUnit.DAYS.between(start, LocalDate.parse(date));
            if (offset >= 0) {
              trend.addArray().add(offset).add(mentions);
            }
          } catch (DateTimeParseException e) {
            // a malformed date has no place on the axis
          }
        });
      }
    }
    return out;
  }
}
