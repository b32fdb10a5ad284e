package org.newsbeam.cli;

import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbeam.study.Actor;
import org.newsbeam.study.EventPattern;
import org.newsbeam.study.EventType;
import org.newsbeam.study.Weapon;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;

/**
 * {@code check --pipeline=NAME_OR_DIR}: loads a study as a run would (every error with file and
 * line, exit 2) and lists what it defines, without starting a runner: the quick loop for an
 * analyst editing a study.
 */
final class CheckCommand {
  private CheckCommand() {}

  static int run(String[] args) {
    String pipeline = StudyLoader.DEFAULT_STUDY;
    for (String a : args) {
      if (a.startsWith("--pipeline=") || a.startsWith("--study=")) {
        pipeline = a.substring(a.indexOf('=') + 1);
      } else {
        throw new UsageException("check: unknown option " + a + " (options: --pipeline=NAME_OR_DIR)");
      }
    }
    Study study = StudyLoader.resolve(pipeline, Paths.get(""));
    print(study, System.out);
    return 0;
  }

  static void print(Study study, PrintStream out) {
    out.printf("study %s: valid%n", study.name());
    if (!study.settings().description().isBlank()) {
      out.println("  " + study.settings().description().strip());
    }
    Map<String, Integer> byType = new TreeMap<>();
    int aliases = 0;
    for (Actor a : study.actors().actors()) {
      byType.merge(a.type().label(), 1, Integer::sum);
      aliases += a.aliases().size();
    }
    out.printf("  actors: %d (%s) with %d aliases%n", study.actors().actors().size(), summary(byType), aliases);
    out.printf("  roles: %d, each resolved by the article's date%n", study.actors().roles().size());
    out.printf("  places: %d; metonyms (a capital standing for its government): %d%n",
        study.actors().locations().size(), study.actors().metonyms().size());
    Map<String, Integer> patterns = new TreeMap<>();
    Map<String, Integer> triggers = new TreeMap<>();
    for (EventPattern p : study.events().patterns()) {
      patterns.merge(p.type(), 1, Integer::sum);
      triggers.merge(p.type(), p.triggers().size(), Integer::sum);
    }
    out.printf("  event types: %d%n", study.events().types().size());
    for (EventType t : study.events().types()) {
      out.printf("    %-26s %3d patterns, %3d triggers  %s%n", t.id(), patterns.getOrDefault(t.id(), 0),
          triggers.getOrDefault(t.id(), 0), t.label());
    }
    List<Weapon> weapons = study.events().weapons();
    out.printf("  weapons: %d, each read for the acts it names in event_records.csv%n", weapons.size());
    for (Weapon w : weapons) {
      out.printf("    %-26s %s%s%n", w.name(), w.kindOf().isEmpty() ? "" : "a kind of " + w.kindOf() + "; ",
          "for " + String.join(", ", w.types()));
    }
    out.printf("  casualties read for: %s%n",
        study.events().casualtyTypes().isEmpty() ? "(none)" : String.join(", ", study.events().casualtyTypes()));
    out.printf("  settings: chrome on >= %d pages and >= %.0f%% of a site's pages; co-mentions from %d sentence(s)%n",
        study.settings().chromeMinPages(), study.settings().chromeMinShare() * 100,
        study.settings().minCoMentionSentences());
  }

  private static String summary(Map<String, Integer> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
    return b.toString();
  }
}
