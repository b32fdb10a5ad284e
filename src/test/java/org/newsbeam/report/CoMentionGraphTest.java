package org.newsbeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** co_mentions.gexf and co_mentions.graphml: valid by the formats' schemas, and read back whole. */
class CoMentionGraphTest {
  @TempDir Path tmp;

  static Schema schema(String name) throws SAXException {
    URL url = CoMentionGraphTest.class.getResource("/schemas/" + name);
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    return f.newSchema(url); // imports (viz.xsd, xlink.xsd) resolve next to it, offline
  }

  static void validate(String schema, String xml) throws Exception {
    schema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static Graph<String, DefaultWeightedEdge> emptyGraph() {
    return GraphTypeBuilder.<String, DefaultWeightedEdge>undirected().weighted(true).allowingMultipleEdges(false)
        .allowingSelfLoops(false).vertexSupplier(SupplierUtil.createStringSupplier())
        .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
  }

  @Test
  void gexfIsValidAndReadsBackWithEveryAttribute() throws Exception {
    CoMentionGraph g = CoMentionGraph.read(RunFixture.write(tmp.resolve("run"), false).toString());
    String gexf = g.gexf();
    validate("gexf.xsd", gexf);

    Graph<String, DefaultWeightedEdge> back = emptyGraph();
    Map<String, Map<String, String>> nodes = new HashMap<>();
    Map<DefaultWeightedEdge, Map<String, String>> edges = new HashMap<>();
    SimpleGEXFImporter<String, DefaultWeightedEdge> in = new SimpleGEXFImporter<>();
    in.setVertexFactory(id -> id);
    in.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), x -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    in.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), x -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    in.importGraph(back, new StringReader(gexf));

    assertEquals(4, back.vertexSet().size());
    assertEquals(3, back.edgeSet().size());
    Map<String, String> ukraine = byLabel(nodes, "Ukraine");
    assertEquals("country", ukraine.get("type"));
    assertEquals("UA", ukraine.get("country"));
    assertEquals("9", ukraine.get("mentions"));
    assertEquals("3", ukraine.get("articles"));
    assertEquals("true", ukraine.get("listed"));
    assertEquals("false", byLabel(nodes, "Tomas Varga").get("listed"));
    Map<String, String> pair = edgeBetween(back, nodes, edges, "Russia", "Ukraine");
    assertEquals("4", pair.get("sentences"));
    assertEquals("2", pair.get("pair_articles"));
    assertEquals(0.41, Double.parseDouble(pair.get("npmi")), 1e-9);
    assertEquals("3", pair.get("articles_together"));
    assertEquals(-0.05, Double.parseDouble(edgeBetween(back, nodes, edges, "Russia", "Ukrainian military").get("npmi")), 1e-9);
    assertEquals(4.0, back.getEdgeWeight(back.getEdge(idOf(nodes, "Russia"), idOf(nodes, "Ukraine"))), 1e-9);
  }

  @Test
  void graphmlIsValidAndReadsBackWithEveryAttribute() throws Exception {
    CoMentionGraph g = CoMentionGraph.read(RunFixture.write(tmp.resolve("run"), false).toString());
    String graphml = g.graphml();
    validate("graphml.xsd", graphml);

    Graph<String, DefaultWeightedEdge> back = emptyGraph();
    Map<String, Map<String, String>> nodes = new HashMap<>();
    Map<DefaultWeightedEdge, Map<String, String>> edges = new HashMap<>();
    GraphMLImporter<String, DefaultWeightedEdge> in = new GraphMLImporter<>();
    in.setSchemaValidation(false); // validated above against the schema shipped with the tests
    in.setVertexFactory(id -> id);
    in.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), x -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    in.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), x -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    in.importGraph(back, new StringReader(graphml));

    assertEquals(4, back.vertexSet().size());
    assertEquals(3, back.edgeSet().size());
    Map<String, String> varga = byLabel(nodes, "Tomas Varga");
    assertEquals("person", varga.get("type"));
    assertEquals("2", varga.get("mentions"));
    assertEquals("1", varga.get("articles"));
    assertEquals("false", varga.get("listed"));
    Map<String, String> pair = edgeBetween(back, nodes, edges, "Tomas Varga", "Ukraine");
    assertEquals("1", pair.get("sentences"));
    assertEquals(0.7, Double.parseDouble(pair.get("npmi")), 1e-9);
    assertEquals(0.6, Double.parseDouble(pair.get("npmi_articles")), 1e-9);
    assertEquals(2.0, back.getEdgeWeight(back.getEdge(idOf(nodes, "Russia"), idOf(nodes, "Ukrainian military"))), 1e-9);
  }

  @Test
  void theSchemasRejectAFileThatBreaksThem() throws Exception {
    // the validation is real: an undeclared attribute type fails
    String bad = CoMentionGraph.read(RunFixture.write(tmp.resolve("run"), false).toString()).gexf()
        .replace("type=\"long\"", "type=\"bignum\"");
    assertThrows(SAXException.class, () -> validate("gexf.xsd", bad));
    String badGraphml = CoMentionGraph.read(tmp.resolve("run").toString()).graphml().replace("<graph ", "<grap ");
    assertThrows(SAXException.class, () -> validate("graphml.xsd", badGraphml.replace("</graph>", "</grap>")));
  }

  @Test
  void theRunWritesBothFilesNextToTheTables() throws Exception {
    Path run = RunFixture.write(tmp.resolve("run"), false);
    RunReport.write(run.toString());
    validate("gexf.xsd", Files.readString(run.resolve(CoMentionGraph.GEXF)));
    validate("graphml.xsd", Files.readString(run.resolve(CoMentionGraph.GRAPHML)));
  }

  private static Map<String, String> byLabel(Map<String, Map<String, String>> nodes, String label) {
    return nodes.get(idOf(nodes, label));
  }

  private static String idOf(Map<String, Map<String, String>> nodes, String label) {
    return nodes.entrySet().stream().filter(e -> label.equals(e.getValue().get("label"))).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new AssertionError("no node labelled " + label + " in " + nodes));
  }

  private static Map<String, String> edgeBetween(Graph<String, DefaultWeightedEdge> g, Map<String, Map<String, String>> nodes,
      Map<DefaultWeightedEdge, Map<String, String>> edges, String a, String b) {
    DefaultWeightedEdge e = g.getEdge(idOf(nodes, a), idOf(nodes, b));
    if (e == null) {
      throw new AssertionError("no edge " + a + " - " + b);
    }
    return edges.get(e);
  }

}
