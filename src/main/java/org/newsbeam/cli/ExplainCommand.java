package org.newsbeam.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.newsbeam.extract.ActorMention;
import org.newsbeam.extract.DiscoveredActor;
import org.newsbeam.extract.EventMention;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.PageAnalyzer;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.extract.SentenceAnalysis;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;

/**
 * {@code explain --text "..." | --file PATH}: analyses one sentence or article with the same
 * plain-Java analyser a run uses, no runner, and prints what the run would count from it: each
 * sentence's actors (with the words that named them), discovered people, places, and event
 * reports with type, trigger, quantity, certainty, source_actor and target. It does not fold, drop
 * chrome or find copies: those need the other articles of an archive.
 */
final class ExplainCommand {
  private ExplainCommand() {}

  static int run(String[] args) {
    String pipeline = StudyLoader.DEFAULT_STUDY;
    String text = null;
    Path file = null;
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--pipeline=") || a.startsWith("--study=")) {
        pipeline = a.substring(a.indexOf('=') + 1);
      } else if (a.startsWith("--text=")) {
        text = a.substring("--text=".length());
      } else if (a.equals("--text") && i + 1 < args.length) {
        text = args[++i];
      } else if (a.startsWith("--file=")) {
        file = Paths.get(a.substring("--file=".length()));
      } else if (a.equals("--file") && i + 1 < args.length) {
        file = Paths.get(args[++i]);
      } else if (a.startsWith("--date=")) {
        date = a.substring("--date=".length());
        try {
          LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw new UsageException("explain: --date=" + date + " is not YYYY-MM-DD");
        }
      } else {
        throw new UsageException("explain: unknown option " + a + " (options: --text \"...\" | --file PATH, --date, --pipeline)");
      }
    }
    if ((text == null) == (file == null)) {
      throw new UsageException("explain: give --text \"...\" or --file PATH (one of them)");
    }
    boolean html = false;
    String source = "text";
    if (file != null) {
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("explain: cannot read " + file + ": " + e.getMessage());
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      html = name.endsWith(".html") || name.endsWith(".htm");
      source = file.toString();
    }
    Study study = StudyLoader.resolve(pipeline, Paths.get(""));
    explain(study, new RawRecord(source, "explain", "", text, html, "", date, "", "explain"), System.out);
    return 0;
  }

  static void explain(Study study, RawRecord record, PrintStream out) {
    PageAnalyzer.Outcome outcome = new PageAnalyzer(study).analyze(record);
    if (outcome.page() == null) {
      out.println("not counted: the record is skipped as " + outcome.skipKind());
      return;
    }
    PageAnalysis page = outcome.page();
    out.printf("study %s; article dated %s (%s); roles resolve on that day%n", study.name(),
        page.published().isEmpty() ? "(none)" : page.published(), page.dateSource());
    int n = 0;
    for (ParagraphAnalysis p : page.paragraphs()) {
      for (SentenceAnalysis s : p.sentences()) {
        n++;
        out.printf("%n[%d] %s%n", n, s.text());
        for (ActorMention a : s.actors()) {
          out.printf("  actor   %-28s from \"%s\"%s%n", a.actor(), a.surface(), a.listed() ? "" : " (found in the text, not listed)");
        }
        for (DiscoveredActor d : s.discovered()) {
          out.printf("  person? %-28s role \"%s\" (a candidate actor)%n", d.name(), d.title());
        }
        for (String place : s.locations()) {
          out.printf("  place   %s%n", place);
        }
        for (EventMention e : s.events()) {
          out.printf("  event   %s, trigger \"%s\", %s%s%s%s%n", e.type(), e.trigger(),
              e.certainty().name().toLowerCase(Locale.ROOT),
              e.quantity() >= 0 ? ", quantity " + e.quantity() : ", no quantity",
              e.source().isEmpty() ? "" : ", source_actor " + e.source(),
              e.target().isEmpty() ? "" : ", target " + e.target());
        }
        if (s.actors().isEmpty() && s.events().isEmpty() && s.discovered().isEmpty() && s.locations().isEmpty()) {
          out.println("  (nothing counted)");
        }
      }
    }
  }
}
