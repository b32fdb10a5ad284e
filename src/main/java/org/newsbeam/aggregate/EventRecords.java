package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.extract.Certainty;
import org.newsbeam.extract.EventDates;
import org.newsbeam.study.Place;

/**
 * One record per distinct event (the reports {@link EventClustering} grouped under one event id),
 * for event_records.csv. How the reports' details combine:
 *
 * <ul>
 *   <li>event date: the most precise date any report gives (day, then week, then month), of the
 *       earliest report that gives it; else the first report's publication day (precision
 *       {@code published});
 *   <li>weapon: the weapon most reports name; of equally common ones a specific weapon ("Shahed
 *       drones" over "drones"), then the earliest;
 *   <li>quantity: the event's quantity as counted in event_counts.csv (the first report giving
 *       one);
 *   <li>fatalities, injured: the highest any report gives (tolls rise as reports come in);
 *   <li>place, source actor, target: the one most reports give, ties to the earliest;
 *   <li>certainty: asserted when any report asserts it, else claimed (negated and hypothetical
 *       reports join no event);
 *   <li>reports, articles, sites: the reports behind it, their distinct articles and sites; first
 *       and last reported: their publication days; the example: the first asserted report.
 * </ul>
 */
public final class EventRecords {
  private EventRecords() {}

  public record EventRecord(
      String eventId,
      String eventDate,
      String datePrecision,
      String type,
      String weapon,
      long quantity,
      long fatalities,
      long injured,
      Place place,
      String sourceActor,
      String target,
      String certainty,
      long reports,
      long articles,
      long sites,
      String firstReported,
      String lastReported,
      String exampleSentence,
      String exampleUrl)
      implements Serializable {}

  private static final List<String> PRECISION_ORDER = List.of(EventDates.DAY, EventDates.WEEK, EventDates.MONTH);

  /**
   * The event's weapon from its reports (in report order): the one most reports name; of equally
   * common ones a specific weapon ("Shahed drones") before a general one, then the earliest.
   */
  static String weaponOf(List<Report> reports) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Boolean> specific = new LinkedHashMap<>();
    for (Report r : reports) {
      String w = r.detail().weapon();
      if (!w.isEmpty()) {
        counts.merge(w, 1, Integer::sum);
        specific.put(w, !r.detail().weaponKindOf().isEmpty());
      }
    }
    String best = "";
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      boolean better = e.getValue() > n || e.getValue() == n && specific.get(e.getKey()) && !specific.get(best);
      if (better) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  /** The record of one event from its reports (any order; each with the same event id). */
  public static EventRecord of(String eventId, List<EventClustering.Assigned> members) {
    List<EventClustering.Assigned> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing((EventClustering.Assigned a) -> a.report().key()).thenComparing(a -> a.report().sentence()));
    List<Report> reports = new ArrayList<>();
    sorted.forEach(a -> reports.add(a.report()));
    Report first = reports.get(0);

    String date = first.date();
    String precision = EventDates.PUBLISHED;
    int best = PRECISION_ORDER.size();
    for (Report r : reports) {
      int p = PRECISION_ORDER.indexOf(r.detail().datePrecision());
      if (p >= 0 && p < best && !r.detail().eventDate().isEmpty()) {
        best = p;
        date = r.detail().eventDate();
        precision = r.detail().datePrecision();
      }
    }

    long quantity = -1;
    boolean asserted = false;
    for (EventClustering.Assigned a : sorted) {
      if (a.first()) {
        quantity = a.eventQuantity();
      }
      asserted |= a.report().certainty() == Certainty.ASSERTED;
    }
    long dead = -1;
    long hurt = -1;
    for (Report r : reports) {
      dead = Math.max(dead, r.detail().fatalities());
      hurt = Math.max(hurt, r.detail().injured());
    }

    Map<String, Place> places = new LinkedHashMap<>();
    List<String> placeNames = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    Set<String> articles = new TreeSet<>();
    Set<String> sites = new TreeSet<>();
    String last = "";
    Report example = null;
    for (Report r : reports) {
      Place p = r.detail().place();
      if (!p.name().isEmpty()) {
        places.putIfAbsent(p.name(), p);
        placeNames.add(p.name());
      }
      sources.add(r.source());
      targets.add(r.target());
      articles.add(r.articleId());
      sites.add(r.site());
      if (r.date().compareTo(last) > 0) {
        last = r.date();
      }
      if (example == null && r.certainty() == Certainty.ASSERTED) {
        example = r;
      }
    }
    if (example == null) {
      example = first;
    }
    String place = mostCommon(placeNames);
    return new EventRecord(eventId, date, precision, first.type(), weaponOf(reports), quantity, dead, hurt,
        place.isEmpty() ? new Place("", "", "") : places.get(place), mostCommon(sources), mostCommon(targets),
        asserted ? Certainty.ASSERTED.label() : Certainty.CLAIMED.label(), reports.size(), articles.size(), sites.size(),
        first.date(), last, example.sentence(), example.url());
  }

  /** The non-empty value given most often, ties to the earliest; "" when none. */
  static String mostCommon(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    String best = "";
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
