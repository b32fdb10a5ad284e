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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbeam.extract.ActorMention;
import org.newsbeam.extract.DiscoveredActor;
import org.newsbeam.extract.EventMention;
import org.newsbeam.extract.EventTrace;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.PageAnalyzer;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.extract.SentenceAnalysis;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.Token;

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
    Decisions decisions = new Decisions();
    PageAnalyzer.Outcome outcome = new PageAnalyzer(study).tracing(decisions).analyze(record);
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
        Decisions.Sentence d = n < decisions.sentences.size() ? decisions.sentences.get(n) : null;
        n++;
        out.printf("%n[%d] %s%n", n, s.text() != null ? s.text() : d != null ? d.text : "");
        for (ActorMention a : s.actors()) {
          out.printf("  actor   %-28s from \"%s\"%s%n", a.actor(), a.surface(), a.listed() ? "" : " (found in the text, not listed)");
        }
        for (DiscoveredActor f : s.discovered()) {
          out.printf("  person? %-28s role \"%s\" (a candidate actor)%n", f.name(), f.title());
        }
        for (String place : s.locations()) {
          out.printf("  place   %s%n", place);
        }
        for (EventMention e : s.events()) {
          out.printf("  event   %s, trigger \"%s\", %s%s%s%s%s%n", e.type(), e.trigger(),
              e.certainty().name().toLowerCase(Locale.ROOT),
              e.quantity() >= 0 ? ", quantity " + e.quantity() : ", no quantity",
              e.source().isEmpty() ? "" : ", source_actor " + e.source(),
              e.target().isEmpty() ? "" : ", target " + e.target(),
              d == null ? "" : d.patternOf(e));
        }
        boolean held = false;
        if (d != null) {
          for (String h : d.heldLines()) {
            out.println("  held    " + h);
            held = true;
          }
        }
        if (s.actors().isEmpty() && s.events().isEmpty() && s.discovered().isEmpty() && s.locations().isEmpty() && !held) {
          out.println("  (nothing counted)");
        }
      }
    }
  }

  /** What the event rules decided, sentence by sentence, in the analyser's order. */
  static final class Decisions implements EventTrace {
    record Held(int start, int end, String type, String trigger, String rule) {}

    static final class Sentence {
      final String text;
      /** "type|trigger words" of each report, with the lexicon line of its pattern */
      final Map<String, String> patterns = new LinkedHashMap<>();
      final List<int[]> reportedSpans = new ArrayList<>();
      final List<Held> held = new ArrayList<>();

      Sentence(String text) {
        this.text = text;
      }

      String patternOf(EventMention e) {
        String at = patterns.get(e.type() + "|" + e.trigger().toLowerCase(Locale.ROOT));
        return at == null ? "" : " (pattern " + at + ")";
      }

      /**
       * One line per rule that held a report back. A trigger word that only lacked the objects of
       * some patterns is said once, and not at all when another pattern made it a report or
       * another rule held it back: "fired" is no missile strike when its object is drones.
       */
      List<String> heldLines() {
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> noObject = new LinkedHashMap<>();
        for (Held h : held) {
          if (!h.rule().equals(NO_OBJECT)) {
            lines.add(String.format("%s, trigger \"%s\": %s", h.type(), h.trigger(), h.rule()));
          } else if (!decidedOtherwise(h)) {
            List<String> types = noObject.computeIfAbsent(h.trigger(), k -> new ArrayList<>());
            if (!types.contains(h.type())) {
              types.add(h.type());
            }
          }
        }
        noObject.forEach((trigger, types) ->
            lines.add(String.format("%s, trigger \"%s\": %s", String.join(" / ", types), trigger, NO_OBJECT)));
        return lines;
      }

      private boolean decidedOtherwise(Held h) {
        for (int[] r : reportedSpans) {
          if (r[0] < h.end() && h.start() < r[1]) {
            return true;
          }
        }
        for (Held o : held) {
          if (!o.rule().equals(NO_OBJECT) && o.start() < h.end() && h.start() < o.end()) {
            return true;
          }
        }
        return false;
      }
    }

    final List<Sentence> sentences = new ArrayList<>();
    private final Map<List<Token>, Sentence> byTokens = new IdentityHashMap<>();

    @Override
    public void sentence(String text, List<Token> tokens) {
      Sentence s = new Sentence(text);
      sentences.add(s);
      byTokens.put(tokens, s);
    }

    @Override
    public void reported(List<Token> tokens, int trigStart, int trigEnd, String type, String pattern) {
      Sentence s = byTokens.get(tokens);
      if (s != null) {
        int colon = pattern.lastIndexOf(':');
        String file = Paths.get(pattern.substring(0, Math.max(colon, 0))).getFileName() + pattern.substring(Math.max(colon, 0));
        s.patterns.putIfAbsent(type + "|" + words(tokens, trigStart, trigEnd).toLowerCase(Locale.ROOT), file);
        s.reportedSpans.add(new int[] {trigStart, trigEnd});
      }
    }

    @Override
    public void heldBack(List<Token> tokens, int trigStart, int trigEnd, String type, String rule) {
      Sentence s = byTokens.get(tokens);
      if (s != null) {
        s.held.add(new Held(trigStart, trigEnd, type, words(tokens, trigStart, trigEnd), rule));
      }
    }

    private static String words(List<Token> tokens, int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to && i < tokens.size(); i++) {
        b.append(i > from ? " " : "").append(tokens.get(i).text());
      }
      return b.toString();
    }
  }
}
