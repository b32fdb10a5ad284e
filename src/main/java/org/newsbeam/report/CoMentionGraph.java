package org.newsbeam.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.newsbeam.output.Table;

/**
 * The whole co-mention network of a run (every pair of co_mentions.csv, uncapped) for Gephi and
 * other graph tools: actors as nodes with their actors.csv figures, pairs as undirected edges
 * weighted by sentences, with articles and NPMI as edge attributes.
 */
public final class CoMentionGraph {
  public static final String GEXF = "co_mentions.gexf";
  public static final String GRAPHML = "co_mentions.graphml";

  private final Graph<String, PairRow> graph = new SimpleWeightedGraph<>(null, null);
  private final Map<String, ActorRow> actors;
  // GraphML ids must be XML name tokens, which actor names are not: a1, a2, ... in actors.csv order
  private final Map<String, String> ids = new HashMap<>();

  private CoMentionGraph(Map<String, ActorRow> actors) {
    this.actors = actors;
  }

  /** Reads actors.csv and co_mentions.csv of a finished run. */
  static CoMentionGraph read(String folder) throws IOException {
    Map<String, ActorRow> actors = new LinkedHashMap<>();
    TableRows.forEach(folder, Table.ACTORS.fileName(), r -> {
      ActorRow a = ActorRow.of(r);
      actors.put(a.name(), a);
    });
    return read(folder, actors);
  }

  static CoMentionGraph read(String folder, Map<String, ActorRow> actors) throws IOException {
    CoMentionGraph g = new CoMentionGraph(actors);
    TableRows.forEach(folder, Table.CO_MENTIONS.fileName(), r -> g.add(PairRow.of(r)));
    return g;
  }

  private void add(PairRow p) {
    if (p.a().equals(p.b()) || p.a().isEmpty() || p.b().isEmpty()) {
      return;
    }
    for (String v : new String[] {p.a(), p.b()}) {
      if (graph.addVertex(v)) {
        ids.put(v, "a" + (ids.size() + 1));
      }
    }
    if (graph.addEdge(p.a(), p.b(), p)) {
      graph.setEdgeWeight(p, p.sentences());
    }
  }

  int nodes() {
    return graph.vertexSet().size();
  }

  int edges() {
    return graph.edgeSet().size();
  }

  private Map<String, Attribute> nodeAttributes(String name) {
    ActorRow a = actors.getOrDefault(name, new ActorRow(name, "", "", 0, 0, "", "", false));
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("label", DefaultAttribute.createAttribute(name));
    m.put("type", DefaultAttribute.createAttribute(a.type()));
    m.put("country", DefaultAttribute.createAttribute(a.country()));
    m.put("mentions", DefaultAttribute.createAttribute(a.mentions()));
    m.put("articles", DefaultAttribute.createAttribute(a.articles()));
    m.put("listed", DefaultAttribute.createAttribute(a.listed()));
    return m;
  }

  private static Map<String, Attribute> edgeAttributes(PairRow p) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("sentences", DefaultAttribute.createAttribute(p.sentences()));
    m.put("pair_articles", DefaultAttribute.createAttribute(p.articles()));
    m.put("npmi", DefaultAttribute.createAttribute(p.npmi()));
    m.put("articles_together", DefaultAttribute.createAttribute(p.articlesTogether()));
    m.put("npmi_articles", DefaultAttribute.createAttribute(p.npmiArticles()));
    return m;
  }

  /** GEXF 1.2 (Gephi's own format). */
  String gexf() {
    GEXFExporter<String, PairRow> ex = new GEXFExporter<>(ids::get, edgeIds());
    ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    ex.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
    ex.setCreator("newsbeam " + RunReport.version());
    ex.setDescription("co-mention network: actors named in one sentence (co_mentions.csv)");
    for (Attr a : ATTRIBUTES) {
      ex.registerAttribute(a.name(), a.node() ? GEXFExporter.AttributeCategory.NODE : GEXFExporter.AttributeCategory.EDGE,
          GEXFAttributeType.valueOf(a.type().name()));
    }
    ex.setVertexAttributeProvider(this::nodeAttributes);
    ex.setEdgeAttributeProvider(CoMentionGraph::edgeAttributes);
    StringWriter w = new StringWriter();
    ex.exportGraph(graph, w);
    return w.toString();
  }

  /** One attribute of the network files: on nodes or edges, and its type. */
  private record Attr(String name, boolean node, AttributeType type) {}

  /** The attributes both files carry, in one list so the two formats never drift apart. */
  private static final List<Attr> ATTRIBUTES = List.of(
      new Attr("type", true, AttributeType.STRING),
      new Attr("country", true, AttributeType.STRING),
      new Attr("mentions", true, AttributeType.LONG),
      new Attr("articles", true, AttributeType.LONG),
      new Attr("listed", true, AttributeType.BOOLEAN),
      new Attr("sentences", false, AttributeType.LONG),
      new Attr("pair_articles", false, AttributeType.LONG),
      new Attr("npmi", false, AttributeType.DOUBLE),
      new Attr("articles_together", false, AttributeType.LONG),
      new Attr("npmi_articles", false, AttributeType.DOUBLE));

  /** GraphML, with the edge weight (sentences) under Gephi's and yEd's name "weight". */
  String graphml() {
    GraphMLExporter<String, PairRow> ex = new GraphMLExporter<>(ids::get);
    ex.setEdgeIdProvider(edgeIds());
    ex.setExportEdgeWeights(true);
    ex.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    for (Attr a : ATTRIBUTES) {
      ex.registerAttribute(a.name(), a.node() ? GraphMLExporter.AttributeCategory.NODE : GraphMLExporter.AttributeCategory.EDGE,
          a.type());
    }
    ex.setVertexAttributeProvider(this::nodeAttributes);
    ex.setEdgeAttributeProvider(CoMentionGraph::edgeAttributes);
    StringWriter w = new StringWriter();
    ex.exportGraph(graph, w);
    return w.toString();
  }

  private java.util.function.Function<PairRow, String> edgeIds() {
    Map<PairRow, String> edgeIds = new HashMap<>();
    return p -> edgeIds.computeIfAbsent(p, x -> "e" + (edgeIds.size() + 1));
  }
}
