package org.newsbeam.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reports versus events: reports of one type that tell of the same event are grouped, so an
 * analyst can count events, not articles. Reports are taken in date order; a report joins the
 * first open event it is compatible with:
 *
 * <ul>
 *   <li>dates at most one day apart from the event's first report (a night attack is reported on
 *       two dates);
 *   <li>actors overlap, or either side names none;
 *   <li>quantities agree, or either side gives none (112 drones and 90 drones are two attacks).
 * </ul>
 *
 * Comparing with the event's first report rather than any report keeps chains from growing
 * (Monday's strike does not absorb Tuesday's and Wednesday's). Negated and hypothetical reports
 * are no evidence that something happened and join no event.
 */
public final class EventClustering {
  private EventClustering() {}

  /** A report with its event, or "" for reports that join none. */
  public record Assigned(Report report, String eventId, boolean first, long eventQuantity) implements java.io.Serializable {}

  public static List<Assigned> cluster(List<Report> reports) {
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(Report::key).thenComparing(Report::sentence));
    List<Report> heads = new ArrayList<>();
    List<Long> quantities = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Assigned> out = new ArrayList<>(sorted.size());
    // undated reports cannot be placed in time: each is its own event
    for (Report r : sorted) {
      if (!r.isFactual()) {
        out.add(new Assigned(r, "", false, -1));
        continue;
      }
      int found = -1;
      if (!r.date().isEmpty()) {
        for (int h = heads.size() - 1; h >= 0; h--) {
          Report head = heads.get(h);
          if (head.date().isEmpty()) {
            continue;
          }
          if (daysApart(head.date(), r.date()) > 1) {
            break; // heads are in date order: earlier ones are further away
          }
          if (compatible(head, quantities.get(h), r)) {
            found = h;
            break;
          }
        }
      }
      if (found < 0) {
        heads.add(r);
        quantities.add(r.quantity());
        ids.add(idOf(r));
        out.add(new Assigned(r, ids.get(ids.size() - 1), true, r.quantity()));
      } else {
        if (quantities.get(found) < 0 && r.quantity() >= 0) {
          quantities.set(found, r.quantity());
        }
        out.add(new Assigned(r, ids.get(found), false, -1));
      }
    }
    // the event's quantity is known only once all its reports are in: set it on the first report
    List<Assigned> result = new ArrayList<>(out.size());
    for (Assigned a : out) {
      if (a.first()) {
        int h = ids.indexOf(a.eventId());
        result.add(new Assigned(a.report(), a.eventId(), true, quantities.get(h)));
      } else {
        result.add(a);
      }
    }
    return result;
  }

  static boolean compatible(Report head, long headQuantity, Report r) {
    if (headQuantity >= 0 && r.quantity() >= 0 && headQuantity != r.quantity()) {
      return false;
    }
    if (head.actors().isEmpty() || r.actors().isEmpty()) {
      return true;
    }
    Set<String> a = new HashSet<>(head.actors());
    for (String x : r.actors()) {
      if (a.contains(x)) {
        return true;
      }
    }
    return false;
  }

  static long daysApart(String a, String b) {
    return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
  }

  static String idOf(Report r) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest((r.type() + "|" + r.key()).getBytes(StandardCharsets.UTF_8));
      return "ev-" + HexFormat.of().formatHex(h, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
