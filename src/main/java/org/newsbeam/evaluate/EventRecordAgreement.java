package org.newsbeam.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How often event_records.csv agrees with the gold about the events the gold gives a record for:
 * the event date (date and precision), the weapon, the casualties (dead and injured) and the
 * place. A gold event is joined to its record through the run's matching events.csv row and its
 * event_id; a matched report that joined no event counts as disagreeing.
 */
final class EventRecordAgreement {
  private final Map<String, Map<String, String>> byId = new HashMap<>();
  private long total;
  private long dates;
  private long weapons;
  private long casualties;
  private long places;

  EventRecordAgreement(List<Map<String, String>> recordRows) {
    for (Map<String, String> r : recordRows) {
      byId.put(r.get("event_id"), r);
    }
  }

  /** Compares the record behind {@code match} (a row of events.csv) with the gold's. */
  void compare(Gold.Event gold, Map<String, String> match, List<String> problems) {
    Gold.EventRecord want = gold.record();
    if (want == null) {
      return;
    }
    total++;
    Map<String, String> got = byId.getOrDefault(match.getOrDefault("event_id", ""), Map.of());
    String what = gold.type() + " in \"" + gold.sentence() + "\"";
    String date = got.getOrDefault("event_date", "") + " " + got.getOrDefault("date_precision", "");
    if (date.equals(want.eventDate() + " " + want.datePrecision())) {
      dates++;
    } else {
      problems.add("record date " + date.strip() + ", gold " + want.eventDate() + " " + want.datePrecision() + ": " + what);
    }
    if (Objects.equals(want.weapon(), got.getOrDefault("weapon", ""))) {
      weapons++;
    } else {
      problems.add("record weapon " + got.getOrDefault("weapon", "") + ", gold " + want.weapon() + ": " + what);
    }
    String toll = got.getOrDefault("fatalities", "") + "/" + got.getOrDefault("injured", "");
    String wantToll = (want.fatalities() == null ? "" : want.fatalities()) + "/" + (want.injured() == null ? "" : want.injured());
    if (toll.equals(wantToll)) {
      casualties++;
    } else {
      problems.add("record dead/injured " + toll + ", gold " + wantToll + ": " + what);
    }
    if (Objects.equals(want.place(), got.getOrDefault("place", ""))) {
      places++;
    } else {
      problems.add("record place " + got.getOrDefault("place", "") + ", gold " + want.place() + ": " + what);
    }
  }

  /** Adds the four agreements, when the gold gives records at all. */
  void addTo(Map<String, Evaluation.Agreement> agreements) {
    if (total == 0) {
      return;
    }
    agreements.put("record event dates", new Evaluation.Agreement(dates, total));
    agreements.put("record weapons", new Evaluation.Agreement(weapons, total));
    agreements.put("record casualties", new Evaluation.Agreement(casualties, total));
    agreements.put("record places", new Evaluation.Agreement(places, total));
  }
}
