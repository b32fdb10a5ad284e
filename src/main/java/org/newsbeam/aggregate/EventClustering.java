package org.newsbeam.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbeam.extract.Certainty;
import org.newsbeam.extract.EventDates;
import org.newsbeam.study.Weapon;

/**
 * Reports versus events: reports of one type that tell of the same event are grouped, so an
 * analyst can count events, not articles. Reports are taken in date order; a report joins the
 * first open event it is compatible with:
 *
 * <ul>
 *   <li>dates at most one day apart from the event's first report (a night attack is reported on
 *       two dates);
 *   <li>actors overlap, or either side names none;
 *   <li>quantities agree, or either side gives none (112 drones and 90 drones are two attacks);
 *   <li>weapons agree, or one is a kind of the other, or either names none (34 missiles and 100
 *       drones shot down are two interceptions);
 *   <li>days the text gives for the act ("on Saturday") are at most one day apart, where both
 *       give one ("met last month" is not this week's meeting);
 *   <li>places agree, or either names none (a strike on Odesa and one on Izmail the same night
 *       are two events, as in ACLED's one place and day per event).
 * </ul>
 *
 * An event is counted by its first asserted report, or, when no report asserts it (claimed only),
 * by its first report; {@link Assigned#asserted()} says which kind of event it is.
 *
 * Comparing with the event's first report rather than any report keeps chains from growing
 * (Monday's strike does not absorb Tuesday's and Wednesday's). Negated and hypothetical reports
 * are no evidence that something happened and join no event.
 */
public final class EventClustering {
  private EventClustering() {}

  /**
   * A report with its event, or "" for reports that join none.
   *
   * @param first whether this report carries its event in the counts (the event's first asserted
   *     report, or its first report when none asserts it)
   * @param eventQuantity the event's quantity on the carrying report, -1 elsewhere
   * @param asserted whether the event has an asserted report (false: claimed only)
   * @param eventWeapon the event's weapon (see {@link EventRecords}) on the carrying report
   */
  public record Assigned(Report report, String eventId, boolean first, long eventQuantity, boolean asserted, String eventWeapon)
      implements java.io.Serializable {}

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
        out.add(new Assigned(r, "", false, -1, false, ""));
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
        out.add(new Assigned(r, ids.get(ids.size() - 1), true, r.quantity(), false, ""));
      } else {
        if (quantities.get(found) < 0 && r.quantity() >= 0) {
          quantities.set(found, r.quantity());
        }
        out.add(new Assigned(r, ids.get(found), false, -1, false, ""));
      }
    }
    // known only once all its reports are in: the event's quantity, whether a report asserts it,
    // its weapon, and which report carries it in the counts
    Map<String, List<Report>> members = new HashMap<>();
    for (Assigned a : out) {
      if (!a.eventId().isEmpty()) {
        members.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a.report());
      }
    }
    Map<String, Long> quantityOf = new HashMap<>();
    for (int h = 0; h < ids.size(); h++) {
      quantityOf.put(ids.get(h), quantities.get(h));
    }
    Map<String, Report> carrier = new HashMap<>();
    members.forEach((id, rs) -> carrier.put(id, rs.stream().filter(x -> x.certainty() == Certainty.ASSERTED).findFirst().orElse(rs.get(0))));
    List<Assigned> result = new ArrayList<>(out.size());
    for (Assigned a : out) {
      if (a.eventId().isEmpty()) {
        result.add(a);
        continue;
      }
      Report c = carrier.get(a.eventId());
      boolean asserted = c.certainty() == Certainty.ASSERTED;
      if (a.report() == c) {
        long q = quantityOf.get(a.eventId());
        result.add(new Assigned(a.report(), a.eventId(), true, q, asserted, EventRecords.weaponOf(members.get(a.eventId()))));
      } else {
        result.add(new Assigned(a.report(), a.eventId(), false, -1, asserted, ""));
      }
    }
    return result;
  }

  static boolean compatible(Report head, long headQuantity, Report r) {
    if (headQuantity >= 0 && r.quantity() >= 0 && headQuantity != r.quantity()) {
      return false;
    }
    if (!Weapon.compatible(head.detail().weapon(), head.detail().weaponKindOf(), r.detail().weapon(), r.detail().weaponKindOf())) {
      return false;
    }
    String hp = head.detail().place().name();
    String rp = r.detail().place().name();
    if (!hp.isEmpty() && !rp.isEmpty() && !hp.equals(rp)) {
      return false;
    }
    if (head.detail().datePrecision().equals(EventDates.DAY) && r.detail().datePrecision().equals(EventDates.DAY)
        && daysApart(head.detail().eventDate(), r.detail().eventDate()) > 1) {
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
