package org.newsbeam.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyLoaderTest {

  @TempDir Path tmp;

  // A small valid study; the error tests break one line of it. Line numbers matter below.
  private static final String STUDY =
      String.join(
          "\n",
          "name: tiny", // 1
          "description: A tiny study for tests", // 2
          "settings:", // 3
          "  min_co_mention_sentences: 2", // 4
          "");

  private static final String ACTORS =
      String.join(
          "\n",
          "actors:", // 1
          "  - name: Volodymyr Zelensky", // 2
          "    type: person", // 3
          "    country: UA", // 4
          "    surname: Zelensky", // 5
          "    aliases: [Zelenskyy, Volodymyr Zelenskyy]", // 6
          "  - name: Joe Biden", // 7
          "    type: person", // 8
          "    country: US", // 9
          "    surname: Biden", // 10
          "  - name: Donald Trump", // 11
          "    type: person", // 12
          "    country: US", // 13
          "    surname: Trump", // 14
          "  - name: Russian government", // 15
          "    type: government", // 16
          "    country: RU", // 17
          "    aliases: [Kremlin, the Kremlin]", // 18
          "roles:", // 19
          "  - aliases: [US president, American president]", // 20
          "    holders:", // 21
          "      - {actor: Joe Biden, from: 2021-01-20, to: 2025-01-19}", // 22
          "      - {actor: Donald Trump, from: 2025-01-20}", // 23
          "locations: [Kyiv, Moscow]", // 24
          "");

  private static final String EVENTS =
      String.join(
          "\n",
          "types:", // 1
          "  - {id: air_defence_interception, label: Air-defence interception}", // 2
          "  - {id: talks, label: Talks}", // 3
          "patterns:", // 4
          "  - type: air_defence_interception", // 5
          "    triggers: [intercept*, shot down]", // 6
          "    objects: [drone*, missile*]", // 7
          "    window: 6", // 8
          "  - type: talks", // 9
          "    triggers: [talks, phone call]", // 10
          "certainty:", // 11
          "  negated: [did not, denied]", // 12
          "  hypothetical: [would]", // 13
          "  claimed: [claimed, according to]", // 14
          "");

  private Path study(String study, String actors, String events) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("s" + System.nanoTime()));
    if (study != null) {
      Files.writeString(dir.resolve("study.yaml"), study);
    }
    Files.writeString(dir.resolve("actors.yaml"), actors);
    Files.writeString(dir.resolve("events.yaml"), events);
    return dir;
  }

  /** The text with line {@code line} (1-based) replaced. */
  private static String withLine(String text, int line, String replacement) {
    String[] lines = text.split("\n", -1);
    lines[line - 1] = replacement;
    return String.join("\n", lines);
  }

  private String actorsError(String actors) throws IOException {
    Path dir = study(STUDY, actors, EVENTS);
    return assertThrows(StudyException.class, () -> StudyLoader.load(dir)).getMessage();
  }

  private String eventsError(String events) throws IOException {
    Path dir = study(STUDY, ACTORS, events);
    return assertThrows(StudyException.class, () -> StudyLoader.load(dir)).getMessage();
  }

  private static void assertAt(String message, String file, int line, String... words) {
    assertTrue(message.contains(file + ":" + line + ":"), () -> "expected " + file + ":" + line + " in: " + message);
    for (String w : words) {
      assertTrue(message.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)), () -> "expected '" + w + "' in: " + message);
    }
  }

  // --- the default study ------------------------------------------------------------------------

  @Test
  void defaultStudyLoadsFromTheJarResources() {
    Study s = StudyLoader.loadResource("ukraine-war");
    assertEquals("ukraine-war", s.name());
    assertTrue(s.actors().size() >= 150, "actors: " + s.actors().size());
    assertFalse(s.settings().description().isBlank());
    Set<String> ids = s.events().types().stream().map(EventType::id).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "air_defence_interception",
            "drone_strike",
            "missile_strike",
            "talks",
            "ground_advance",
            "withdrawal",
            "troop_deployment",
            "prisoner_exchange",
            "visit",
            "sanctions",
            "military_aid"),
        ids);
    for (EventType t : s.events().types()) {
      assertTrue(
          s.events().patterns().stream().anyMatch(p -> p.type().equals(t.id())), "no pattern for " + t.id());
    }
    assertTrue(s.actors().locations().size() >= 60, "locations: " + s.actors().locations().size());
    assertFalse(s.events().cues().negated().isEmpty());
    assertFalse(s.events().cues().hypothetical().isEmpty());
    assertFalse(s.events().cues().claimed().isEmpty());
  }

  @Test
  void defaultStudyHasTheNamesOtherComponentsRelyOn() {
    ActorDictionary d = StudyLoader.loadResource("ukraine-war").actors();
    Map<String, ActorType> required = new HashMap<>();
    for (String p :
        List.of(
            "Volodymyr Zelensky", "Vladimir Putin", "Donald Trump", "Joe Biden", "Marco Rubio",
            "Antony Blinken", "Steve Witkoff", "Keith Kellogg", "Sergei Lavrov", "Dmitry Peskov",
            "Maria Zakharova", "Yuri Ushakov", "Kirill Dmitriev", "Andrii Sybiha", "Dmytro Kuleba",
            "Rustem Umerov", "Andriy Yermak", "Oleksandr Syrskyi", "Denys Shmyhal",
            "Yulia Svyrydenko", "Valery Gerasimov", "Andrei Belousov", "Sergei Shoigu",
            "Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Olaf Scholz",
            "Recep Tayyip Erdogan", "Hakan Fidan", "Xi Jinping", "Mark Rutte",
            "Ursula von der Leyen", "Kaja Kallas", "Alexander Lukashenko", "Viktor Orban",
            "Antonio Guterres", "Rafael Grossi", "Kim Jong Un", "Jens Stoltenberg")) {
      required.put(p, ActorType.PERSON);
    }
    for (String g :
        List.of(
            "Russian government", "Ukrainian government", "US government", "Chinese government",
            "Turkish government", "UK government", "German government", "French government",
            "Belarusian government", "North Korean government")) {
      required.put(g, ActorType.GOVERNMENT);
    }
    for (String m : List.of("Russian military", "Ukrainian military", "North Korean military")) {
      required.put(m, ActorType.MILITARY);
    }
    for (String c :
        List.of(
            "Russia", "Ukraine", "United States", "China", "Turkey", "France", "Germany",
            "United Kingdom", "Belarus", "Poland", "Hungary", "North Korea", "Iran",
            "Saudi Arabia", "Qatar")) {
      required.put(c, ActorType.COUNTRY);
    }
    for (String o :
        List.of(
            "NATO", "European Union", "United Nations", "IAEA",
            "International Committee of the Red Cross", "Reuters", "Associated Press", "AFP",
            "TASS", "Ukrinform", "Interfax")) {
      required.put(o, ActorType.ORGANISATION);
    }
    required.forEach(
        (name, type) -> {
          Actor a = d.actor(name).orElse(null);
          assertTrue(a != null, "missing actor " + name);
          assertEquals(type, a.type(), name);
          if (type == ActorType.PERSON) {
            assertFalse(a.surname().isEmpty(), "no surname for " + name);
          }
        });
    assertTrue(d.actor("Li Hui").isEmpty());
    assertTrue(d.actor("Maxim Ryzhenkov").isEmpty());
    assertTrue(d.actor("Volodymyr Zelensky").get().aliases().contains("Zelenskyy"));
    assertTrue(d.actor("Russian government").get().aliases().contains("Kremlin"));
    assertTrue(d.actor("United States").get().aliases().contains("US"));
    assertTrue(d.actor("Turkey").get().aliases().contains("Türkiye"));
    // Moscow, Kyiv and Washington are places that stand for their government only when they act
    Set<String> allAliases =
        d.actors().stream().flatMap(a -> a.aliases().stream()).collect(Collectors.toSet());
    assertFalse(allAliases.contains("Moscow"));
    assertFalse(allAliases.contains("Kyiv"));
    assertFalse(allAliases.contains("Washington"));
    assertTrue(d.locations().containsAll(List.of("Moscow", "Kyiv", "Kursk", "Crimea", "Alaska", "Istanbul")));
    // variants count as their canonical place; regions as their capital
    assertEquals("Kyiv", d.locationAliases().get("Kiev"));
    assertEquals("Kursk", d.locationAliases().get("Kursk region"));
    assertEquals("Zaporizhzhia", d.locationAliases().get("Zaporizhzhia nuclear power plant"));
    assertFalse(d.locations().contains("Kursk region"));
    assertEquals("Russian government", d.metonyms().get("Moscow"));
    assertEquals("Ukrainian government", d.metonyms().get("Kyiv"));
    // a side's drones name its military; bare weapon words are event objects, never actors
    assertTrue(d.actor("Russian military").get().aliases().contains("Russian drones"));
    assertFalse(allAliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).matches("(drones?|missiles?)")));
  }

  @Test
  void defaultStudyRolesResolveByDate() {
    ActorDictionary d = StudyLoader.loadResource("ukraine-war").actors();
    assertEquals("Joe Biden", holder(d, "US president", "2024-06-01"));
    assertEquals("Donald Trump", holder(d, "US president", "2025-01-20"));
    assertEquals("Antony Blinken", holder(d, "US secretary of state", "2024-12-01"));
    assertEquals("Marco Rubio", holder(d, "US secretary of state", "2025-03-01"));
    assertEquals("Dmytro Kuleba", holder(d, "Ukrainian foreign minister", "2024-09-04"));
    assertEquals("Andrii Sybiha", holder(d, "Ukrainian foreign minister", "2024-09-05"));
    assertEquals("Rustem Umerov", holder(d, "Ukrainian defence minister", "2025-07-16"));
    assertEquals("Denys Shmyhal", holder(d, "Ukrainian defence minister", "2025-07-17"));
    assertEquals("Denys Shmyhal", holder(d, "Ukrainian prime minister", "2025-01-01"));
    assertEquals("Yulia Svyrydenko", holder(d, "Ukrainian prime minister", "2025-10-01"));
    assertEquals("Sergei Shoigu", holder(d, "Russian defence minister", "2024-01-01"));
    assertEquals("Andrei Belousov", holder(d, "Russian defence minister", "2025-01-01"));
    assertEquals("Olaf Scholz", holder(d, "German chancellor", "2025-05-05"));
    assertEquals("Friedrich Merz", holder(d, "German chancellor", "2025-05-06"));
    assertEquals("Jens Stoltenberg", holder(d, "NATO secretary general", "2024-09-30"));
    assertEquals("Mark Rutte", holder(d, "NATO secretary general", "2024-10-01"));
    assertEquals("Dmitry Peskov", holder(d, "Kremlin spokesman", "2025-06-01"));
  }

  private static String holder(ActorDictionary d, String alias, String day) {
    Role r =
        d.roles().stream()
            .filter(x -> x.aliases().contains(alias))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no role " + alias));
    return r.holderOn(LocalDate.parse(day)).orElse("(nobody)");
  }

  @Test
  void defaultStudySurvivesJavaSerialization() throws Exception {
    // Beam ships the study to workers inside DoFns
    Study s = StudyLoader.loadResource("ukraine-war");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    Study back;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Study) in.readObject();
    }
    assertEquals(s.actors().actors(), back.actors().actors());
    assertEquals(s.actors().locationAliases(), back.actors().locationAliases());
    assertEquals(s.events().patterns(), back.events().patterns());
    assertEquals(s.settings(), back.settings());
  }

  @Test
  void repoFolderAndEmbeddedCopyAreTheSameStudy() {
    Path repo = Path.of("pipelines", "ukraine-war");
    if (!Files.isDirectory(repo)) {
      return; // run from elsewhere than the project root
    }
    Study a = StudyLoader.load(repo);
    Study b = StudyLoader.loadResource("ukraine-war");
    assertEquals(b.actors().actors(), a.actors().actors());
    assertEquals(b.events().patterns().size(), a.events().patterns().size());
  }

  // --- a valid small study ----------------------------------------------------------------------

  @Test
  void loadsASmallStudy() throws IOException {
    Study s = StudyLoader.load(study(STUDY, ACTORS, EVENTS));
    assertEquals("tiny", s.name());
    assertEquals("A tiny study for tests", s.settings().description());
    assertEquals(2, s.settings().minCoMentionSentences());
    assertEquals(StudySettings.defaults().chromeMinPages(), s.settings().chromeMinPages());
    assertEquals(4, s.actors().size());
    Actor z = s.actors().actor("Volodymyr Zelensky").orElseThrow();
    assertEquals(ActorType.PERSON, z.type());
    assertEquals("UA", z.country());
    assertEquals("Zelensky", z.surname());
    assertEquals(List.of("Zelenskyy", "Volodymyr Zelenskyy"), z.aliases());
    assertEquals(List.of("Kyiv", "Moscow"), s.actors().locations());
    assertEquals("Donald Trump", s.actors().roles().get(0).holderOn(null).orElseThrow());
    EventPattern p = s.events().patterns().get(0);
    assertEquals("air_defence_interception", p.type());
    assertEquals(List.of("intercept*", "shot down"), p.triggers());
    assertEquals(6, p.window());
    assertTrue(p.file().endsWith("events.yaml"));
    assertEquals(5, p.line());
    assertEquals(9, s.events().patterns().get(1).line());
    assertEquals(List.of(), s.events().patterns().get(1).objects());
    assertEquals(List.of("claimed", "according to"), s.events().cues().claimed());
  }

  @Test
  void studyYamlIsOptionalAndSettingsDefault() throws IOException {
    Path dir = study(null, ACTORS, EVENTS);
    Study s = StudyLoader.load(dir);
    assertEquals(dir.getFileName().toString(), s.name());
    assertEquals(StudySettings.defaults(), s.settings());
  }

  @Test
  void termsAreFoldedAndLowerCased() throws IOException {
    Study s = StudyLoader.load(study(STUDY, ACTORS, withLine(EVENTS, 10, "    triggers: [Talks,  Held   a Call, didn’t]")));
    assertEquals(List.of("talks", "held a call", "didn't"), s.events().patterns().get(1).triggers());
  }

  // --- errors name file and line ----------------------------------------------------------------

  @Test
  void yamlSyntaxError() throws IOException {
    String m = actorsError(withLine(ACTORS, 6, "    aliases: [Zelenskyy, Volodymyr Zelenskyy"));
    assertTrue(m.contains("actors.yaml:"), m);
    assertTrue(m.contains("YAML syntax error"), m);
    assertTrue(m.matches("(?s).*actors\\.yaml:(6|7):.*"), m);
    // the construct left open is named with its line
    assertTrue(m.contains("line 6"), m);
  }

  @Test
  void tabIndentationIsASyntaxErrorOnItsLine() throws IOException {
    String m = actorsError(withLine(ACTORS, 9, "\tcountry: US"));
    assertAt(m, "actors.yaml", 9, "YAML syntax error", "tab");
  }

  @Test
  void leadingStarIsNotSilentlyReadAsAYamlAlias() throws IOException {
    // unquoted, YAML would read *drone as an alias named "drone"
    String m = eventsError(withLine(EVENTS, 7, "    objects: [*drone, missile*]"));
    assertAt(m, "events.yaml", 7, "'*drone'", "alias");
  }

  @Test
  void countryCodeNoStaysACode() throws IOException {
    // YAML 1.1 would read NO as false
    Study s = StudyLoader.load(study(STUDY, withLine(ACTORS, 17, "    country: NO"), EVENTS));
    assertEquals("NO", s.actors().actor("Russian government").orElseThrow().country());
  }

  @Test
  void unknownKeyWithSuggestion() throws IOException {
    String m = actorsError(withLine(ACTORS, 6, "    alises: [Zelenskyy, Volodymyr Zelenskyy]"));
    assertAt(m, "actors.yaml", 6, "unknown key 'alises'", "did you mean 'aliases'");
  }

  @Test
  void unknownKeyInStudyAndEvents() throws IOException {
    Path dir = study(withLine(STUDY, 4, "  min_comention_sentences: 2"), ACTORS, withLine(EVENTS, 8, "    windw: 6"));
    String m = assertThrows(StudyException.class, () -> StudyLoader.load(dir)).getMessage();
    assertAt(m, "study.yaml", 4, "min_comention_sentences", "did you mean 'min_co_mention_sentences'");
    assertAt(m, "events.yaml", 8, "windw");
    assertTrue(m.startsWith("2 problems"), m);
  }

  @Test
  void missingName() throws IOException {
    String m = actorsError(withLine(ACTORS, 7, "  - nam: Joe Biden"));
    assertAt(m, "actors.yaml", 7, "has no 'name'");
  }

  @Test
  void missingType() throws IOException {
    String m = actorsError(withLine(ACTORS, 16, "    country2: RU"));
    assertAt(m, "actors.yaml", 15, "'Russian government' has no 'type'");
  }

  @Test
  void unknownActorType() throws IOException {
    String m = actorsError(withLine(ACTORS, 16, "    type: goverment"));
    assertAt(m, "actors.yaml", 16, "unknown actor type 'goverment'");
  }

  @Test
  void aliasOfTwoActorsCaseInsensitiveAndFolded() throws IOException {
    String m = actorsError(withLine(ACTORS, 18, "    aliases: [Kremlin, ZELENSKYY]"));
    assertAt(m, "actors.yaml", 18, "'ZELENSKYY' names both", "Volodymyr Zelensky", "line 6");

    // curly apostrophe folds to the plain one
    String a = withLine(ACTORS, 6, "    aliases: [Zelenskyy, Ukraine's president]");
    a = withLine(a, 18, "    aliases: [Kremlin, ukraine’s President]");
    assertAt(actorsError(a), "actors.yaml", 18, "names both");
  }

  @Test
  void aliasesThatReadAlikeToTheMatcherClash() throws IOException {
    // the tokenizer drops a possessive: "Ukraine's president" and "Ukraine president" are one name
    String a = withLine(ACTORS, 6, "    aliases: [Zelenskyy, Ukraine's president]");
    a = withLine(a, 18, "    aliases: [Kremlin, Ukraine president]");
    assertAt(actorsError(a), "actors.yaml", 18, "'Ukraine president' names both");
  }

  @Test
  void roleAliasClashingWithAnActor() throws IOException {
    String m = actorsError(withLine(ACTORS, 20, "  - aliases: [US president, Kremlin]"));
    assertAt(m, "actors.yaml", 20, "'Kremlin' names both");
  }

  @Test
  void roleHolderNotInDictionary() throws IOException {
    String m = actorsError(withLine(ACTORS, 23, "      - {actor: Donald J. Trump, from: 2025-01-20}"));
    assertAt(m, "actors.yaml", 23, "'Donald J. Trump'", "not an actor");
  }

  @Test
  void badDate() throws IOException {
    String m = actorsError(withLine(ACTORS, 23, "      - {actor: Donald Trump, from: 2025-13-20}"));
    assertAt(m, "actors.yaml", 23, "date", "2025-13-20");
    m = actorsError(withLine(ACTORS, 23, "      - {actor: Donald Trump, from: 20 January 2025}"));
    assertAt(m, "actors.yaml", 23, "date");
  }

  @Test
  void overlappingHolders() throws IOException {
    String m = actorsError(withLine(ACTORS, 23, "      - {actor: Donald Trump, from: 2025-01-19}"));
    assertAt(m, "actors.yaml", 23, "overlap", "Joe Biden", "line 22");
    // two open-ended holders overlap too
    m = actorsError(withLine(ACTORS, 22, "      - {actor: Joe Biden, from: 2021-01-20}"));
    assertAt(m, "actors.yaml", 23, "overlap");
  }

  @Test
  void holderEndingBeforeItStarts() throws IOException {
    String m = actorsError(withLine(ACTORS, 22, "      - {actor: Joe Biden, from: 2021-01-20, to: 2020-01-19}"));
    assertAt(m, "actors.yaml", 22, "before it starts");
  }

  @Test
  void badCountryAndSurnameOnNonPerson() throws IOException {
    String m = actorsError(withLine(ACTORS, 17, "    country: Russia"));
    assertAt(m, "actors.yaml", 17, "two-letter");
    m = actorsError(withLine(ACTORS, 17, "    surname: Kremlin"));
    assertAt(m, "actors.yaml", 17, "people only");
  }

  @Test
  void duplicateActorAndDuplicateKey() throws IOException {
    String m = actorsError(withLine(ACTORS, 11, "  - name: Joe Biden"));
    assertAt(m, "actors.yaml", 11, "listed twice", "line 7");
    m = actorsError(withLine(ACTORS, 10, "    type: person"));
    assertAt(m, "actors.yaml", 10, "given twice");
  }

  @Test
  void locationsWithVariants() throws IOException {
    String a = withLine(ACTORS, 24, "locations: [Moscow, {name: Kyiv, aliases: [Kiev, Kyiv region]}]");
    ActorDictionary d = StudyLoader.load(study(STUDY, a, EVENTS)).actors();
    assertEquals(List.of("Moscow", "Kyiv"), d.locations());
    assertEquals(Map.of("Kiev", "Kyiv", "Kyiv region", "Kyiv"), d.locationAliases());

    String clash = withLine(ACTORS, 24, "locations: [Moscow, {name: Kyiv, aliases: [Kiev, moscow]}]");
    assertAt(actorsError(clash), "actors.yaml", 24, "'moscow'");
    String typo = withLine(ACTORS, 24, "locations:\n  - {name: Kyiv, alias: [Kiev]}");
    assertAt(actorsError(typo), "actors.yaml", 25, "unknown key 'alias'", "did you mean 'aliases'");
  }

  @Test
  void locationThatIsAlsoAnActor() throws IOException {
    String m = actorsError(withLine(ACTORS, 24, "locations: [Kyiv, Moscow, Kremlin]"));
    assertAt(m, "actors.yaml", 24, "'Kremlin' is also a name of");
  }

  @Test
  void patternWithUndeclaredType() throws IOException {
    String m = eventsError(withLine(EVENTS, 9, "  - type: talk"));
    assertAt(m, "events.yaml", 9, "'talk'", "not declared", "did you mean 'talks'");
  }

  @Test
  void badTerms() throws IOException {
    for (String bad : List.of("intercept*ed", "*drone", "shot (down)", "drone|uav", "shot  down*?", "\"\"")) {
      String m = eventsError(withLine(EVENTS, 7, "    objects: [drone*, '" + bad.replace("'", "''") + "']"));
      assertTrue(m.contains("events.yaml:7:"), bad + " -> " + m);
    }
    String m = eventsError(withLine(EVENTS, 12, "  negated: [did not, den[ied]"));
    assertTrue(m.contains("events.yaml:"), m);
  }

  @Test
  void tallyPatternsNeedObjectsToCount() throws IOException {
    Study s = StudyLoader.load(study(STUDY, ACTORS, withLine(EVENTS, 8, "    window: 2\n    use: tally")));
    assertTrue(s.events().patterns().get(0).tally(), "use: tally is read");
    assertFalse(s.events().patterns().get(0).countOnly());
    assertFalse(s.events().patterns().get(1).tally());
    assertAt(eventsError(withLine(EVENTS, 10, "    triggers: [talks, phone call]\n    use: tally")), "events.yaml", 11, "tally", "objects");
    assertAt(eventsError(withLine(EVENTS, 8, "    window: 2\n    use: sometimes")), "events.yaml", 9, "tally");
  }

  @Test
  void windowOutOfRange() throws IOException {
    assertAt(eventsError(withLine(EVENTS, 8, "    window: 0")), "events.yaml", 8, "window");
    assertAt(eventsError(withLine(EVENTS, 8, "    window: 21")), "events.yaml", 8, "window");
    assertAt(eventsError(withLine(EVENTS, 8, "    window: six")), "events.yaml", 8, "window");
  }

  @Test
  void duplicateTypeIds() throws IOException {
    String m = eventsError(withLine(EVENTS, 3, "  - {id: air_defence_interception, label: Again}"));
    assertAt(m, "events.yaml", 3, "declared twice", "line 2");
  }

  @Test
  void typeWithoutPatterns() throws IOException {
    String m = eventsError(withLine(EVENTS, 3, "  - {id: talks, label: Talks}\n  - {id: visit}"));
    assertAt(m, "events.yaml", 4, "'visit' has no patterns");
  }

  @Test
  void missingFileIsNamed() throws IOException {
    Path dir = study(STUDY, ACTORS, EVENTS);
    Files.delete(dir.resolve("events.yaml"));
    String m = assertThrows(StudyException.class, () -> StudyLoader.load(dir)).getMessage();
    assertTrue(m.contains("events.yaml") && m.contains("missing"), m);
  }

  // --- resolve ----------------------------------------------------------------------------------

  @Test
  void resolveFindsFolderThenRepoThenEmbedded() throws IOException {
    Path dir = study(STUDY, ACTORS, EVENTS);
    assertEquals("tiny", StudyLoader.resolve(dir.toString(), null).name());

    Path repo = tmp.resolve("repo");
    Path inRepo = Files.createDirectories(repo.resolve("pipelines").resolve("mine"));
    Files.writeString(inRepo.resolve("actors.yaml"), ACTORS);
    Files.writeString(inRepo.resolve("events.yaml"), EVENTS);
    assertEquals("mine", StudyLoader.resolve("mine", repo).name());

    // not in this repo root: the embedded default
    Study embedded = StudyLoader.resolve("ukraine-war", repo);
    assertTrue(embedded.actors().size() >= 150);
    assertEquals("ukraine-war", StudyLoader.resolve(null, null).name());
  }

  @Test
  void resolveFailsListingKnownStudies() throws IOException {
    Path repo = tmp.resolve("repo2");
    Files.createDirectories(repo.resolve("pipelines").resolve("mine"));
    Files.writeString(repo.resolve("pipelines/mine/actors.yaml"), ACTORS);
    String m = assertThrows(StudyException.class, () -> StudyLoader.resolve("ukraine-wat", repo)).getMessage();
    assertTrue(m.contains("ukraine-wat"), m);
    assertTrue(m.contains("ukraine-war"), m);
    assertTrue(m.contains("mine"), m);
  }
}
