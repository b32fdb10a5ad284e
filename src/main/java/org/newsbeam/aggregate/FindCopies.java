package org.newsbeam.aggregate;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Pairs of articles on different URLs that share most of their substantial paragraphs
 * (containment of the smaller at least {@link Copies#MIN_SHARE}). Output: copy URL to the URL of
 * the earliest article it copies.
 *
 * <p>Each pair meets the template counts of its two articles in joins by URL (first the one, then
 * the other), not through a side input: see {@link Joins} for why.
 */
class FindCopies extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  static final TupleTag<Copies.Shared> PAIRS = new TupleTag<>("pairs");
  static final TupleTag<KV<Copies.Shared, Long>> PAIRS_WITH_FIRST = new TupleTag<>("pairs with first");
  static final TupleTag<Long> TEMPLATE = new TupleTag<>("template");

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    PCollectionTuple shared = articles
        .apply("Substantial paragraphs", ParDo.of(new DocsByParagraph()))
        .apply("Group by paragraph", Buckets.group())
        .apply("Pairs sharing it",
            ParDo.of(new PairsSharing()).withOutputTags(PairsSharing.PAIRS, TupleTagList.of(PairsSharing.TEMPLATE)));
    PCollection<KV<String, Long>> template = shared.get(PairsSharing.TEMPLATE)
        .apply("Template paragraphs per article", Buckets.combine(Long::sum));
    PCollection<KV<String, Copies.Shared>> byFirst = shared.get(PairsSharing.PAIRS)
        .apply("Count shared", Buckets.combine(Copies::sumShared))
        .apply("By first URL", ParDo.of(new ByFirstUrl()));
    PCollection<KV<String, KV<Copies.Shared, Long>>> bySecond = KeyedPCollectionTuple.of(PAIRS, byFirst)
        .and(TEMPLATE, template)
        .apply("Template of first", Joins.perKey(new TemplateOfFirst(),
            TypeDescriptors.kvs(TypeDescriptors.strings(),
                TypeDescriptors.kvs(TypeDescriptor.of(Copies.Shared.class), TypeDescriptors.longs()))));
    PCollection<KV<String, Copies.Doc>> byPairs = KeyedPCollectionTuple.of(PAIRS_WITH_FIRST, bySecond)
        .and(TEMPLATE, template)
        .apply("Keep copies", Joins.perKey(new KeepCopies(),
            TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(Copies.Doc.class))));
    // a whole body reprinted elsewhere, however common each of its paragraphs is
    PCollection<KV<String, Copies.Doc>> byBody = articles
        .apply("Whole bodies", ParDo.of(new DocsByBody()))
        .apply("Group by body", Buckets.group())
        .apply("Reprints of the earliest", ParDo.of(new SameBody()));
    return PCollectionList.of(byPairs).and(byBody)
        .apply("Both ways", Flatten.pCollections())
        .apply("Earliest original", Buckets.combine(Copies::earlier))
        .apply("Original URL", ParDo.of(new OriginalUrl()));
  }

  static class DocsByParagraph extends DoFn<Article, KV<Long, Copies.Doc>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<Long, Copies.Doc>> out) {
      Set<Long> fps = Copies.substantial(a.page().paragraphs());
      if (fps.isEmpty()) {
        return;
      }
      Copies.Doc doc = Copies.Doc.of(a.page(), fps.size());
      for (Long fp : fps) {
        out.output(KV.of(fp, doc));
      }
    }
  }

  /** Each article under the identity of its set of substantial paragraphs. */
  static class DocsByBody extends DoFn<Article, KV<Long, Copies.Doc>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<Long, Copies.Doc>> out) {
      Set<Long> fps = Copies.substantial(a.page().paragraphs());
      Long body = Copies.bodyKey(fps);
      if (body != null) {
        out.output(KV.of(body, Copies.Doc.of(a.page(), fps.size())));
      }
    }
  }

  /** Articles with the same body: every one but the earliest is a copy of it. */
  static class SameBody extends DoFn<KV<Long, Iterable<Copies.Doc>>, KV<String, Copies.Doc>> {
    @ProcessElement
    public void process(@Element KV<Long, Iterable<Copies.Doc>> e, OutputReceiver<KV<String, Copies.Doc>> out) {
      List<Copies.Doc> docs = Copies.distinctSorted(e.getValue());
      if (docs.size() < 2) {
        return;
      }
      Copies.Doc original = docs.stream().reduce(Copies::earlier).orElseThrow();
      for (Copies.Doc d : docs) {
        if (d != original) {
          out.output(KV.of(d.url(), original));
        }
      }
    }
  }

  /**
   * Pairs of articles sharing a paragraph; for a paragraph shared by more than {@link
   * Copies#MAX_GROUP} articles (template prose, not syndication), each article's URL instead.
   */
  static class PairsSharing extends DoFn<KV<Long, Iterable<Copies.Doc>>, KV<String, Copies.Shared>> {
    static final TupleTag<KV<String, Copies.Shared>> PAIRS = new TupleTag<>() {};
    static final TupleTag<KV<String, Long>> TEMPLATE = new TupleTag<>() {};

    @ProcessElement
    public void process(@Element KV<Long, Iterable<Copies.Doc>> e, MultiOutputReceiver out) {
      List<Copies.Doc> docs = Copies.distinctSorted(e.getValue());
      if (docs.size() > Copies.MAX_GROUP) {
        for (Copies.Doc d : docs) {
          out.get(TEMPLATE).output(KV.of(d.url(), 1L));
        }
        return;
      }
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          Copies.Doc a = docs.get(i);
          Copies.Doc b = docs.get(j);
          out.get(PAIRS).output(KV.of(a.url() + "\u001F" + b.url(), new Copies.Shared(a, b, 1)));
        }
      }
    }
  }

  static class ByFirstUrl extends DoFn<KV<String, Copies.Shared>, KV<String, Copies.Shared>> {
    @ProcessElement
    public void process(@Element KV<String, Copies.Shared> e, OutputReceiver<KV<String, Copies.Shared>> out) {
      out.output(KV.of(e.getValue().a().url(), e.getValue()));
    }
  }

  /** A URL's template paragraphs: none when it carries no template prose. */
  static long templateOf(Joins.Sides sides) {
    long n = 0;
    for (Long t : sides.get(TEMPLATE)) {
      n += t;
    }
    return n;
  }

  /** Each pair under its second URL, with the first article's template count. */
  static class TemplateOfFirst implements Joins.PerKey<String, KV<String, KV<Copies.Shared, Long>>> {
    @Override
    public void join(String url, Joins.Sides sides, Consumer<KV<String, KV<Copies.Shared, Long>>> out) {
      List<Copies.Shared> pairs = sides.get(PAIRS);
      if (pairs.isEmpty()) {
        return;
      }
      long first = templateOf(sides);
      for (Copies.Shared s : pairs) {
        out.accept(KV.of(s.b().url(), KV.of(s, first)));
      }
    }
  }

  /** Pairs that are copies, with both articles' template counts known: copy URL to original. */
  static class KeepCopies implements Joins.PerKey<String, KV<String, Copies.Doc>> {
    @Override
    public void join(String url, Joins.Sides sides, Consumer<KV<String, Copies.Doc>> out) {
      List<KV<Copies.Shared, Long>> pairs = sides.get(PAIRS_WITH_FIRST);
      if (pairs.isEmpty()) {
        return;
      }
      long second = templateOf(sides);
      for (KV<Copies.Shared, Long> p : pairs) {
        Copies.Shared s = p.getKey();
        if (Copies.isCopy(s, p.getValue(), second)) {
          Copies.Doc original = Copies.EARLIER.compare(s.a(), s.b()) <= 0 ? s.a() : s.b();
          Copies.Doc copy = original == s.a() ? s.b() : s.a();
          out.accept(KV.of(copy.url(), original));
        }
      }
    }
  }

  static class OriginalUrl extends DoFn<KV<String, Copies.Doc>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Copies.Doc> e, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(e.getKey(), e.getValue().url()));
    }
  }
}
