package org.newsbeam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.newsbeam.extract.ActorMatcher;
import org.newsbeam.study.Actor;
import org.newsbeam.study.ActorDictionary;
import org.newsbeam.study.ActorType;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.SentenceSplitter;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per token of {@link ActorMatcher#match} with the default study's dictionary and with a
 * generated 20,000-actor dictionary (the default one plus generated people, ministries, units and
 * organisations with aliases and surnames). The trie should make the two cost about the same.
 *
 * <p>Text: the news articles of {@code sample-data/archive/jsonl} (war reporting, so real actors
 * occur at a realistic rate), split into sentences and tokenised as the pipeline does, repeated to
 * exactly {@link #TOKENS} tokens; one article context per source article.
 *
 * <p>Run: {@code java -cp ... org.openjdk.jmh.Main ActorMatcherBench -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ActorMatcherBench {
  static final int TOKENS = 20_000;

  @Param({"default", "generated-20000"})
  public String dictionary;

  ActorMatcher matcher;
  /** articles, each a list of tokenised sentences */
  List<List<List<Token>>> articles;
  LocalDate date = LocalDate.of(2025, 3, 14);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ActorDictionary base = StudyLoader.resolve(StudyLoader.DEFAULT_STUDY, Paths.get("")).actors();
    ActorDictionary dict = dictionary.equals("default") ? base : generated(base, 20_000, 1);
    matcher = new ActorMatcher(dict);
    articles = exactly(TOKENS, sampleArticles());
    int mentions = 0;
    for (List<List<Token>> a : articles) {
      ActorMatcher.ArticleContext ctx = matcher.newArticle(date);
      for (List<Token> s : a) {
        mentions += matcher.match(s, ctx).actors().size();
      }
    }
    System.out.printf(Locale.ROOT, "%n[%s] %d actors, %d articles, %d tokens, %d actor mentions per pass%n",
        dictionary, dict.size(), articles.size(), TOKENS, mentions);
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public void matchPerToken(Blackhole bh) {
    for (List<List<Token>> a : articles) {
      ActorMatcher.ArticleContext ctx = matcher.newArticle(date);
      for (List<Token> s : a) {
        bh.consume(matcher.match(s, ctx));
      }
    }
  }

  /**
   * The same measurement without JMH, steadier on a shared machine: both dictionaries in one
   * JVM, alternating passes, each timed by the thread's CPU clock. Prints the median ns per token
   * of each and their ratio. Usage: {@code ActorMatcherBench [rounds]}.
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    ActorMatcherBench[] benches = new ActorMatcherBench[2];
    String[] names = {"default", "generated-20000"};
    for (int k = 0; k < 2; k++) {
      benches[k] = new ActorMatcherBench();
      benches[k].dictionary = names[k];
      benches[k].setUp();
    }
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    // a pass is ~1 ms; time batches of passes so the clock's resolution does not matter
    int batch = 50;
    for (int w = 0; w < 20; w++) {
      for (ActorMatcherBench b : benches) {
        for (int i = 0; i < batch; i++) {
          b.matchPerToken(bh);
        }
      }
    }
    double[][] ns = new double[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < 2; j++) {
        int k = (r + j) % 2;
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < batch; i++) {
          benches[k].matchPerToken(bh);
        }
        long c1 = mx.getCurrentThreadCpuTime();
        ns[k][r] = (c1 - c0) / (double) batch / TOKENS;
      }
    }
    double a = CoreThroughput.median(ns[0]);
    double b = CoreThroughput.median(ns[1]);
    double ratio = Math.max(a, b) / Math.min(a, b);
    System.out.printf(Locale.ROOT, "ns/token (thread CPU, median of %d alternating rounds of %d passes x %d tokens)%n",
        rounds, batch, TOKENS);
    System.out.printf(Locale.ROOT, "  default          %.1f%n  generated-20000  %.1f%n", a, b);
    System.out.printf(Locale.ROOT, "ratio %.2f; target within 1.3x: %s%n", ratio, ratio <= 1.3 ? "met" : "MISSED");
    System.out.printf(Locale.ROOT, "RESULT default_ns=%.1f generated_ns=%.1f ratio=%.2f%n", a, b, ratio);
  }

  /** Sentences of the sample archive's JSON-lines articles, tokenised, one list per article. */
  static List<List<List<Token>>> sampleArticles() throws IOException {
    Path dir = Paths.get("sample-data/archive/jsonl");
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        InputStream in = Files.newInputStream(f);
        if (f.toString().endsWith(".gz")) {
          in = new GZIPInputStream(in);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank()) {
              continue;
            }
            JsonNode n;
            try {
              n = json.readTree(line);
            } catch (IOException e) {
              continue; // the sample archive holds deliberately broken lines
            }
            String text = n.path("text").asText("");
            if (text.isEmpty()) {
              text = n.path("body").asText(n.path("maintext").asText(""));
            }
            if (!text.isEmpty()) {
              texts.add(text);
            }
          }
        }
      }
    }
    List<List<List<Token>>> out = new ArrayList<>();
    for (String text : texts) {
      List<List<Token>> sentences = new ArrayList<>();
      for (String para : text.split("\n+")) {
        for (String s : SentenceSplitter.split(TextNormalizer.cleanParagraph(para))) {
          List<Token> t = Tokenizer.tokenize(s);
          if (!t.isEmpty()) {
            sentences.add(t);
          }
        }
      }
      if (!sentences.isEmpty()) {
        out.add(sentences);
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no article text in " + dir.toAbsolutePath() + " (run from the repository root)");
    }
    return out;
  }

  /** The articles repeated in order, the last sentence cut so the total is exactly n tokens. */
  static List<List<List<Token>>> exactly(int n, List<List<List<Token>>> source) {
    List<List<List<Token>>> out = new ArrayList<>();
    int total = 0;
    for (int k = 0; total < n; k = (k + 1) % source.size()) {
      List<List<Token>> article = new ArrayList<>();
      for (List<Token> s : source.get(k)) {
        if (total >= n) {
          break;
        }
        List<Token> part = s.size() <= n - total ? s : s.subList(0, n - total);
        article.add(part);
        total += part.size();
      }
      out.add(article);
    }
    return out;
  }

  private static final String[] FIRST = {
    "John", "Anna", "Ivan", "Maria", "Oleksandr", "Olena", "David", "Sarah", "Mykola", "Iryna",
    "Peter", "Elena", "Andriy", "Natalia", "James", "Sofia", "Sergei", "Yulia", "Michael", "Kateryna",
    "Thomas", "Laura", "Dmytro", "Victoria", "Robert", "Hanna", "Pavel", "Emma", "Viktor", "Claire",
    "Ahmed", "Fatima", "Li", "Mei", "Hans", "Ingrid", "Pierre", "Camille", "Giorgi", "Nino"
  };
  private static final String[] SYLLABLES = {
    "ko", "va", "len", "dra", "mir", "sha", "tor", "ne", "bel", "ka", "ros", "vin", "lo", "chen",
    "ber", "ga", "to", "ski", "nik", "ova", "enko", "chuk", "ler", "man", "son", "vich", "ard", "el"
  };
  private static final String[] FIELDS = {
    "Defence", "Energy", "Health", "Finance", "Justice", "Education", "Agriculture", "Transport",
    "Culture", "Interior", "Trade", "Digital Affairs", "Veterans", "Environment", "Infrastructure"
  };
  private static final String[] ORG_KINDS = {
    "Foundation", "Institute", "Council", "Union", "Bank", "Agency", "Group", "Association",
    "Corporation", "Forum", "Centre", "League"
  };
  private static final String[] UNIT_KINDS = {
    "Mechanised Brigade", "Assault Brigade", "Artillery Regiment", "Marine Brigade", "Air Assault Brigade",
    "Tank Battalion", "Territorial Defence Brigade", "Army Corps", "Guards Division"
  };

  /**
   * The base dictionary plus generated actors up to {@code size} in all: about 60% people (with
   * surname and an initial-plus-surname alias), the rest ministries, military units,
   * organisations with acronyms, and groups. Names are built from common first names and
   * generated surnames, so some share first tokens with words in the text, as real names do.
   */
  static ActorDictionary generated(ActorDictionary base, int size, long seed) {
    Random rnd = new Random(seed);
    List<Actor> actors = new ArrayList<>(base.actors());
    Set<String> names = new HashSet<>();
    for (Actor a : actors) {
      names.add(a.name());
    }
    String[] countries = {"UA", "RU", "US", "GB", "DE", "FR", "PL", "TR", "CN", "IN", "BR", "ZA", ""};
    while (actors.size() < size) {
      int kind = rnd.nextInt(100);
      String country = countries[rnd.nextInt(countries.length)];
      String place = word(rnd, 2 + rnd.nextInt(2)) + (rnd.nextBoolean() ? "ia" : "");
      Actor a;
      if (kind < 60) {
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String surname = word(rnd, 2 + rnd.nextInt(3));
        String name = first + " " + surname;
        a = new Actor(name, ActorType.PERSON, country, List.of(first.charAt(0) + ". " + surname), surname);
      } else if (kind < 72) {
        String field = FIELDS[rnd.nextInt(FIELDS.length)];
        String name = "Ministry of " + field + " of " + place;
        a = new Actor(name, ActorType.GOVERNMENT, country, List.of(place + "n " + field + " Ministry"), "");
      } else if (kind < 84) {
        String unit = (1 + rnd.nextInt(250)) + "th " + UNIT_KINDS[rnd.nextInt(UNIT_KINDS.length)];
        String name = unit + " of " + place;
        a = new Actor(name, ActorType.MILITARY, country, List.of(place + " " + unit), "");
      } else if (kind < 96) {
        String w1 = word(rnd, 2 + rnd.nextInt(2));
        String orgKind = ORG_KINDS[rnd.nextInt(ORG_KINDS.length)];
        String name = w1 + " " + orgKind + " for " + FIELDS[rnd.nextInt(FIELDS.length)];
        String acronym = ("" + w1.charAt(0) + orgKind.charAt(0) + "F" + (char) ('A' + rnd.nextInt(26))).toUpperCase(Locale.ROOT);
        a = new Actor(name, ActorType.ORGANISATION, country, List.of(acronym, w1 + " " + orgKind), "");
      } else {
        String name = word(rnd, 3) + " " + (rnd.nextBoolean() ? "Movement" : "Front");
        a = new Actor(name, ActorType.GROUP, country, List.of(), "");
      }
      if (names.add(a.name())) {
        actors.add(a);
      }
    }
    return new ActorDictionary(actors, base.roles(), base.locations(), base.locationAliases());
  }

  private static String word(Random rnd, int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }
}
