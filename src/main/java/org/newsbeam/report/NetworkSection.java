package org.newsbeam.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.newsbeam.output.Table;

/**
 * The co-mention network as the page draws it: the actors with most articles among those in a
 * pair, the pairs among them with most sentences, and example sentences naming an actor or a pair
 * (from events.csv: co_mentions.csv carries no sentences).
 */
final class NetworkSection {
  private final Caps caps;
  private final Map<String, ActorRow> actors;
  private final List<ActorRow> nodes = new ArrayList<>();
  private final Set<String> nodeNames = new HashSet<>();
  private final List<PairRow> edges = new ArrayList<>();
  private final Set<String> edgeKeys = new HashSet<>();
  private long pairsTotal;
  private long actorsInPairs;
  private final Map<String, List<ObjectNode>> nodeExamples = new HashMap<>();
  private final Map<String, List<ObjectNode>> pairExamples = new LinkedHashMap<>();

  NetworkSection(Caps caps, Map<String, ActorRow> actors) {
    this.caps = caps;
    this.actors = actors;
  }

  void read(String folder) throws IOException {
    Set<String> paired = new HashSet<>();
    long[] total = {0};
    TableRows.forEach(folder, Table.CO_MENTIONS.fileName(), r -> {
      paired.add(r.get("actor_a"));
      paired.add(r.get("actor_b"));
      total[0]++;
    });
    pairsTotal = total[0];
    actorsInPairs = paired.size();
    List<ActorRow> candidates = new ArrayList<>();
    for (String name : paired) {
      candidates.add(actors.getOrDefault(name, new ActorRow(name, "", "", 0, 0, "", "", false)));
    }
    candidates.sort(ActorRow.BY_ARTICLES);
    nodes.addAll(candidates.subList(0, Math.min(caps.nodes(), candidates.size())));
    nodes.forEach(n -> nodeNames.add(n.name()));
    // the weakest kept pair at the head, so a stronger one replaces it
    PriorityQueue<PairRow> kept = new PriorityQueue<>(PairRow.STRONGEST.reversed());
    TableRows.forEach(folder, Table.CO_MENTIONS.fileName(), r -> {
      PairRow p = PairRow.of(r);
      if (nodeNames.contains(p.a()) && nodeNames.contains(p.b())) {
        kept.add(p);
        if (kept.size() > caps.edges()) {
          kept.poll();
        }
      }
    });
    edges.addAll(kept);
    edges.sort(PairRow.STRONGEST);
    edges.forEach(e -> edgeKeys.add(e.key()));
  }

  /** Each row of events.csv: a sentence that names actors of the network is an example for them. */
  void addEvent(TableRows.Row row) {
    if ("negated".equals(row.get("certainty")) || row.get("actors").isEmpty()) {
      return; // a negated report asserts no relation between its actors
    }
    List<String> named = new ArrayList<>();
    for (String a : row.get("actors").split(";")) {
      if (nodeNames.contains(a) && !named.contains(a)) {
        named.add(a);
      }
    }
    if (named.isEmpty()) {
      return;
    }
    String sentence = row.get("sentence");
    ObjectNode example = null;
    for (String a : named) {
      List<ObjectNode> list = nodeExamples.computeIfAbsent(a, x -> new ArrayList<>());
      if (list.size() < caps.sentencesPerNode() && !contains(list, sentence)) {
        example = example != null ? example : example(row);
        list.add(example);
      }
    }
    for (int i = 0; i < named.size(); i++) {
      for (int j = i + 1; j < named.size(); j++) {
        String key = PairRow.key(named.get(i), named.get(j));
        if (!edgeKeys.contains(key)) {
          continue;
        }
        List<ObjectNode> list = pairExamples.computeIfAbsent(key, x -> new ArrayList<>());
        if (list.size() < caps.sentencesPerPair() && !contains(list, sentence)) {
          example = example != null ? example : example(row);
          list.add(example);
        }
      }
    }
  }

  private boolean contains(List<ObjectNode> list, String sentence) {
    String clipped = caps.clip(sentence);
    return list.stream().anyMatch(e -> e.path("sentence").asText().equals(clipped));
  }

  private ObjectNode example(TableRows.Row row) {
    ObjectNode e = RunReport.JSON.createObjectNode();
    e.put("sentence", caps.clip(row.get("sentence")));
    e.put("url", row.get("url"));
    e.put("date", row.get("published"));
    e.put("type", row.get("event_type"));
    return e;
  }

  ObjectNode toJson(ObjectMapper om) {
    ObjectNode out = om.createObjectNode();
    out.put("actors_in_pairs", actorsInPairs);
    out.put("pairs_total", pairsTotal);
    ArrayNode n = out.putArray("nodes");
    for (ActorRow a : nodes) {
      a.writeTo(n.addObject());
    }
    ArrayNode e = out.putArray("edges");
    for (PairRow p : edges) {
      ObjectNode o = e.addObject();
      o.put("a", p.a());
      o.put("b", p.b());
      o.put("sentences", p.sentences());
      o.put("articles", p.articles());
      o.put("npmi", p.npmi());
    }
    ObjectNode ne = out.putObject("node_examples");
    nodeExamples.forEach((k, v) -> ne.putArray(k).addAll(v));
    ObjectNode pe = out.putObject("pair_examples");
    pairExamples.forEach((k, v) -> pe.putArray(k).addAll(v));
    return out;
  }
}
