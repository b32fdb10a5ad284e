package org.newsbeam.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.newsbeam.output.OutputFiles;
import org.newsbeam.output.Table;

/**
 * report.html, co_mentions.gexf and co_mentions.graphml of a finished run, read from its CSV
 * tables and run_summary.json. Every figure is read from those files, never recounted: the report
 * and the tables of one run always agree.
 */
public final class RunReport {
  private RunReport() {}

  public static final String FILE = "report.html";

  /** The files a report adds to a run's folder. */
  public static final List<String> FILES = List.of(FILE, CoMentionGraph.GEXF, CoMentionGraph.GRAPHML);

  static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the three files into {@code folder} (any filesystem the run could write to). */
  public static void write(String folder) throws IOException {
    write(folder, Caps.DEFAULT);
  }

  public static void write(String folder, Caps caps) throws IOException {
    Model model = model(folder, caps);
    OutputFiles.writeAtomically(folder, FILE, List.of(ReportPage.html(model.json())));
    CoMentionGraph graph = CoMentionGraph.read(folder, model.actors().all);
    OutputFiles.writeAtomically(folder, CoMentionGraph.GEXF, List.of(graph.gexf()));
    OutputFiles.writeAtomically(folder, CoMentionGraph.GRAPHML, List.of(graph.graphml()));
  }

  record Model(ObjectNode json, ActorSection actors) {}

  /** The data the page embeds: each section reads its tables; events.csv is read once for all. */
  static Model model(String folder, Caps caps) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.set("summary", SummarySection.build(folder, JSON));
    TimelineSection timeline = new TimelineSection(caps);
    timeline.readCounts(folder);
    ActorSection actors = new ActorSection(caps);
    actors.read(folder);
    NetworkSection network = new NetworkSection(caps, actors.all);
    network.read(folder);
    TableRows.forEach(folder, Table.EVENTS.fileName(), row -> {
      timeline.addEvent(row);
      network.addEvent(row);
    });
    root.set("timeline", timeline.toJson(JSON));
    root.set("actors", actors.toJson(JSON));
    root.set("network", network.toJson(JSON));
    root.set("candidates", ListsSection.candidates(folder, caps, JSON));
    root.set("rejects", ListsSection.rejects(folder, caps, JSON));
    ObjectNode c = root.putObject("caps");
    c.put("days", caps.days());
    c.put("examples_per_day", caps.examplesPerDay());
    c.put("actors", caps.actors());
    c.put("actors_per_type", caps.actorsPerType());
    c.put("nodes", caps.nodes());
    c.put("edges", caps.edges());
    c.put("candidates", caps.candidates());
    c.put("rejects", caps.rejects());
    c.put("sentence_chars", caps.sentenceChars());
    return new Model(root, actors);
  }

  /** newsbeam's version, from the jar's manifest (a build from the source tree says so). */
  public static String version() {
    return org.newsbeam.output.NewsbeamVersion.get();
  }
}
