package org.newsbeam.study;

import org.newsbeam.text.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsbeam.study.YamlTree.Node;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * Reads a study folder ({@code study.yaml}, {@code actors.yaml}, {@code events.yaml}; formats in
 * {@code pipelines/README.md}) and checks it thoroughly: a study with a typo must fail loudly with
 * the file and line to fix, never run with a silently empty alias list.
 *
 * <p>All problems of a file are collected and reported together, one per line, each as {@code
 * file:line: what}.
 */
public final class StudyLoader {
  private StudyLoader() {}

  /** The study used when none is named. */
  public static final String DEFAULT_STUDY = "ukraine-war";

  /** Classpath folder that holds the studies embedded in the jar. */
  public static final String RESOURCE_ROOT = "newsbeam/pipelines/";

  public static final String STUDY_FILE = "study.yaml";
  public static final String ACTORS_FILE = "actors.yaml";
  public static final String EVENTS_FILE = "events.yaml";

  /** Trigger/object distance when a pattern gives objects but no window. */
  public static final int DEFAULT_WINDOW = 6;

  public static final int MAX_WINDOW = 20;

  private static final Pattern STUDY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern TERM_WORD = Pattern.compile("[\\p{L}\\p{N}'.\\-]*[\\p{L}\\p{N}][\\p{L}\\p{N}'.\\-]*\\*?");
  private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private static final Set<String> STUDY_KEYS = Set.of("name", "description", "settings");
  private static final Set<String> SETTINGS_KEYS =
      Set.of("chrome_min_pages", "chrome_min_share", "min_co_mention_sentences");
  private static final Set<String> ACTORS_KEYS = Set.of("actors", "roles", "locations");
  private static final Set<String> ACTOR_KEYS = Set.of("name", "type", "country", "surname", "aliases");
  private static final Set<String> LOCATION_KEYS = Set.of("name", "aliases", "stands_for", "admin1", "country");
  private static final Set<String> ROLE_KEYS = Set.of("aliases", "holders");
  private static final Set<String> HOLDER_KEYS = Set.of("actor", "from", "to");
  private static final Set<String> EVENTS_KEYS = Set.of("types", "patterns", "certainty", "weapons", "casualty_types");
  private static final Set<String> WEAPON_KEYS = Set.of("name", "kind_of", "words", "types");
  private static final Set<String> TYPE_KEYS = Set.of("id", "label", "place");
  private static final Set<String> PATTERN_KEYS = Set.of("type", "triggers", "objects", "window", "use", "subject");
  private static final Set<String> CERTAINTY_KEYS = Set.of("negated", "hypothetical", "claimed");

  /** Where the three files of a study come from: a folder or the classpath. */
  private interface Source {
    /** The file's text, or null when the study has no such file. */
    String read(String file);

    /** The file's name as error messages show it. */
    String label(String file);
  }

  /** Loads the study in {@code folder}. */
  public static Study load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new StudyException(folder + ": no such study folder");
    }
    Path abs = folder.toAbsolutePath().normalize();
    String name = abs.getFileName() == null ? "study" : abs.getFileName().toString();
    return parse(
        name,
        new Source() {
          @Override
          public String read(String file) {
            Path p = folder.resolve(file);
            if (!Files.isRegularFile(p)) {
              return null;
            }
            try {
              return decode(Files.readAllBytes(p), label(file));
            } catch (IOException e) {
              throw new StudyException(label(file) + ": cannot read: " + e.getMessage(), e);
            }
          }

          @Override
          public String label(String file) {
            return folder.resolve(file).toString();
          }
        });
  }

  /** Loads the study embedded in the jar under {@code newsbeam/pipelines/<name>/}. */
  public static Study loadResource(String name) {
    if (name == null || !STUDY_NAME.matcher(name).matches()) {
      throw new StudyException("not a study name: '" + name + "'");
    }
    if (!hasResource(name)) {
      throw new StudyException(
          "no embedded study '" + name + "'; embedded studies: " + String.join(", ", embeddedStudies()));
    }
    return parse(
        name,
        new Source() {
          @Override
          public String read(String file) {
            String path = RESOURCE_ROOT + name + "/" + file;
            try (InputStream in = classLoader().getResourceAsStream(path)) {
              return in == null ? null : decode(in.readAllBytes(), label(file));
            } catch (IOException e) {
              throw new StudyException(label(file) + ": cannot read: " + e.getMessage(), e);
            }
          }

          @Override
          public String label(String file) {
            return "classpath:" + RESOURCE_ROOT + name + "/" + file;
          }
        });
  }

  /**
   * Finds a study by what the user typed: an existing folder; else {@code
   * repoRoot/pipelines/<name>}; else the study embedded in the jar. A null or blank name means
   * {@link #DEFAULT_STUDY}. {@code repoRoot} may be null.
   *
   * @throws StudyException when nothing matches (the message lists the known study names) or the
   *     study found has errors
   */
  public static Study resolve(String nameOrDir, Path repoRoot) {
    return load(locate(nameOrDir, repoRoot));
  }

  /** Loads a study from where {@link #locate} found it. */
  public static Study load(StudyOrigin origin) {
    return origin.builtIn() ? loadResource(origin.name()) : load(origin.folder());
  }

  /**
   * Where {@link #resolve} finds a study, without loading it: an existing folder; else {@code
   * repoRoot/pipelines/<name>}; else the copy built into the jar.
   */
  public static StudyOrigin locate(String nameOrDir, Path repoRoot) {
    String n = nameOrDir == null || nameOrDir.isBlank() ? DEFAULT_STUDY : nameOrDir.strip();
    Path asDir = null;
    try {
      asDir = Paths.get(n);
    } catch (RuntimeException e) {
      // not a usable path; try it as a name
    }
    if (asDir != null && Files.isDirectory(asDir)) {
      return folderOrigin(asDir);
    }
    boolean isName = STUDY_NAME.matcher(n).matches();
    if (isName && repoRoot != null) {
      Path inRepo = repoRoot.resolve("pipelines").resolve(n);
      if (Files.isDirectory(inRepo)) {
        return folderOrigin(inRepo);
      }
    }
    if (isName && hasResource(n)) {
      return new StudyOrigin(n, null);
    }
    List<String> known = knownStudies(repoRoot);
    throw new StudyException(
        "no study '"
            + n
            + "': not a folder"
            + (repoRoot == null ? "" : ", not in " + repoRoot.resolve("pipelines"))
            + ", not embedded in the jar; known studies: "
            + (known.isEmpty() ? "(none)" : String.join(", ", known)));
  }

  /** Names of the studies in {@code repoRoot/pipelines} (if given) and embedded in the jar. */
  public static List<String> knownStudies(Path repoRoot) {
    Set<String> names = new TreeSet<>(embeddedStudies());
    if (repoRoot != null && Files.isDirectory(repoRoot.resolve("pipelines"))) {
      try (Stream<Path> s = Files.list(repoRoot.resolve("pipelines"))) {
        s.filter(p -> Files.isRegularFile(p.resolve(ACTORS_FILE)))
            .forEach(p -> names.add(p.getFileName().toString()));
      } catch (IOException e) {
        // listing is a courtesy for the error message
      }
    }
    return new ArrayList<>(names);
  }

  /** Names of the studies embedded in the jar (or on the test classpath). */
  public static List<String> embeddedStudies() {
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = classLoader().getResources(RESOURCE_ROOT.substring(0, RESOURCE_ROOT.length() - 1));
      while (roots.hasMoreElements()) {
        URL u = roots.nextElement();
        if ("file".equals(u.getProtocol())) {
          try (Stream<Path> s = Files.list(Paths.get(u.toURI()))) {
            s.filter(p -> Files.isRegularFile(p.resolve(ACTORS_FILE)))
                .forEach(p -> names.add(p.getFileName().toString()));
          }
        } else if ("jar".equals(u.getProtocol())) {
          URLConnection c = u.openConnection();
          if (c instanceof JarURLConnection jc) {
            jc.setUseCaches(false);
            try (JarFile jar = jc.getJarFile()) {
              for (JarEntry e : Collections.list(jar.entries())) {
                String en = e.getName();
                if (en.startsWith(RESOURCE_ROOT) && en.endsWith("/" + ACTORS_FILE)) {
                  String rest = en.substring(RESOURCE_ROOT.length(), en.length() - ACTORS_FILE.length() - 1);
                  if (!rest.isEmpty() && !rest.contains("/")) {
                    names.add(rest);
                  }
                }
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // listing is a courtesy for error messages
    }
    return new ArrayList<>(names);
  }

  private static StudyOrigin folderOrigin(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    return new StudyOrigin(abs.getFileName() == null ? "study" : abs.getFileName().toString(), abs);
  }

  /** A file of a built-in study ("ukraine-war/actors.yaml"), or null. */
  static InputStream resource(String path) {
    return classLoader().getResourceAsStream(RESOURCE_ROOT + path);
  }

  private static boolean hasResource(String name) {
    return classLoader().getResource(RESOURCE_ROOT + name + "/" + ACTORS_FILE) != null;
  }

  private static ClassLoader classLoader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null && cl.getResource(RESOURCE_ROOT) != null ? cl : StudyLoader.class.getClassLoader();
  }

  private static String decode(byte[] bytes, String label) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new StudyException(label + ": not UTF-8 text; save the file as UTF-8");
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Study parse(String folderName, Source src) {
    String actorsText = src.read(ACTORS_FILE);
    if (actorsText == null) {
      throw new StudyException(src.label(ACTORS_FILE) + ": missing; a study folder needs " + ACTORS_FILE);
    }
    String eventsText = src.read(EVENTS_FILE);
    if (eventsText == null) {
      throw new StudyException(src.label(EVENTS_FILE) + ": missing; a study folder needs " + EVENTS_FILE);
    }
    String studyText = src.read(STUDY_FILE);

    Errors errors = new Errors();
    String[] name = {folderName};
    StudySettings settings = StudySettings.defaults();
    if (studyText != null) {
      settings = readStudy(new Ctx(src.label(STUDY_FILE), errors), YamlTree.parse(src.label(STUDY_FILE), studyText), name);
    }
    ActorDictionary dict = readActors(new Ctx(src.label(ACTORS_FILE), errors), YamlTree.parse(src.label(ACTORS_FILE), actorsText));
    EventLexicon lexicon = readEvents(new Ctx(src.label(EVENTS_FILE), errors), YamlTree.parse(src.label(EVENTS_FILE), eventsText));
    errors.throwIfAny();
    return new Study(name[0], dict, lexicon, settings);
  }

  /** Problems found so far; all are reported at once so an analyst fixes them in one pass. */
  private static final class Errors {
    private static final int MAX = 50;
    final List<String> list = new ArrayList<>();

    void add(String file, int line, String what) {
      list.add(StudyException.at(file, line, what).getMessage());
    }

    void throwIfAny() {
      if (list.isEmpty()) {
        return;
      }
      if (list.size() == 1) {
        throw new StudyException(list.get(0));
      }
      StringBuilder sb = new StringBuilder(list.size() + " problems in the study:");
      for (int i = 0; i < Math.min(MAX, list.size()); i++) {
        sb.append('\n').append(list.get(i));
      }
      if (list.size() > MAX) {
        sb.append("\n... and ").append(list.size() - MAX).append(" more");
      }
      throw new StudyException(sb.toString());
    }
  }

  /** One file being checked. */
  private record Ctx(String file, Errors errors) {
    void error(int line, String what) {
      errors.add(file, line, what);
    }

    /** The mapping's entries, after reporting keys that are not allowed; null if not a mapping. */
    Map<String, Node> map(Node n, String what, Set<String> allowed) {
      if (n == null || !n.isMap()) {
        error(n == null ? 0 : n.line(), what + " should be a mapping (key: value), found " + (n == null ? "nothing" : n.kind()));
        return null;
      }
      for (String k : n.map().keySet()) {
        if (!allowed.contains(k)) {
          String hint = closest(k, allowed);
          error(
              n.keyLine(k),
              "unknown key '"
                  + k
                  + "' in "
                  + what
                  + (hint != null ? " (did you mean '" + hint + "'?)" : "")
                  + "; allowed: "
                  + String.join(", ", new TreeSet<>(allowed)));
        }
      }
      return n.map();
    }

    /** The list's items; a single value counts as a one-item list; null/absent as empty. */
    List<Node> list(Node n, String what) {
      if (n == null || n.isNull()) {
        return List.of();
      }
      if (n.isScalar()) {
        return List.of(n);
      }
      if (!n.isList()) {
        error(n.line(), what + " should be a list, found " + n.kind());
        return List.of();
      }
      return n.list();
    }

    /** The stripped text of a single value; null (after reporting if required) when absent. */
    String text(Node parent, Map<String, Node> m, String key, String what, boolean required) {
      Node n = m.get(key);
      if (n == null || n.isNull() || (n.isScalar() && n.text().isBlank())) {
        if (required) {
          error(n == null ? parent.line() : n.line(), what + " has no '" + key + "'");
        }
        return null;
      }
      if (!n.isScalar()) {
        error(n.line(), "'" + key + "' of " + what + " should be a single value, found " + n.kind());
        return null;
      }
      return n.text().strip();
    }

    Integer integer(Map<String, Node> m, String key, int min, int max) {
      Node n = m.get(key);
      if (n == null || n.isNull()) {
        return null;
      }
      try {
        if (!n.isScalar()) {
          throw new NumberFormatException();
        }
        int v = Integer.parseInt(n.text().strip());
        if (v < min || v > max) {
          error(n.line(), "'" + key + "' is " + v + ", should be between " + min + " and " + max);
          return null;
        }
        return v;
      } catch (NumberFormatException e) {
        error(n.line(), "'" + key + "' should be a whole number between " + min + " and " + max + ", found '" + show(n) + "'");
        return null;
      }
    }
  }

  private static String show(Node n) {
    return n.isScalar() ? n.text() : n.kind();
  }

  // ---------------------------------------------------------------------------------------------
  // study.yaml

  private static StudySettings readStudy(Ctx c, Node root, String[] name) {
    StudySettings d = StudySettings.defaults();
    Map<String, Node> m = c.map(root, STUDY_FILE, STUDY_KEYS);
    if (m == null) {
      return d;
    }
    String n = c.text(root, m, "name", "the study", false);
    if (n != null) {
      name[0] = n;
    }
    String description = c.text(root, m, "description", "the study", false);
    int pages = d.chromeMinPages();
    double share = d.chromeMinShare();
    int co = d.minCoMentionSentences();
    Node sn = m.get("settings");
    if (sn != null && !sn.isNull()) {
      Map<String, Node> s = c.map(sn, "settings", SETTINGS_KEYS);
      if (s != null) {
        Integer p = c.integer(s, "chrome_min_pages", 1, 1_000_000);
        if (p != null) {
          pages = p;
        }
        Integer k = c.integer(s, "min_co_mention_sentences", 1, 1_000_000);
        if (k != null) {
          co = k;
        }
        Node sh = s.get("chrome_min_share");
        if (sh != null && !sh.isNull()) {
          try {
            double v = Double.parseDouble(sh.isScalar() ? sh.text().strip() : "x");
            if (!(v > 0 && v <= 1)) {
              c.error(sh.line(), "'chrome_min_share' is " + v + ", should be a share above 0 and at most 1");
            } else {
              share = v;
            }
          } catch (NumberFormatException e) {
            c.error(sh.line(), "'chrome_min_share' should be a number like 0.5, found '" + show(sh) + "'");
          }
        }
      }
    }
    return new StudySettings(description == null ? d.description() : description, pages, share, co);
  }

  // ---------------------------------------------------------------------------------------------
  // actors.yaml

  /** Who an alias already belongs to, for clash reports. */
  private record Owner(String who, int line) {}

  private static ActorDictionary readActors(Ctx c, Node root) {
    Map<String, Node> m = c.map(root, ACTORS_FILE, ACTORS_KEYS);
    if (m == null) {
      return new ActorDictionary(List.of(), List.of(), List.of());
    }
    // folded, lower-cased alias -> owner; shared by actors, roles and locations
    Map<String, Owner> owners = new HashMap<>();
    List<Actor> actors = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();

    Node an = m.get("actors");
    if (an == null || an.isNull() || (an.isList() && an.list().isEmpty())) {
      c.error(an == null ? root.line() : an.line(), "no actors: the file needs an 'actors:' list");
    }
    for (Node item : c.list(an, "'actors'")) {
      Actor a = readActor(c, item, owners, names);
      if (a != null) {
        actors.add(a);
      }
    }

    List<Role> roles = new ArrayList<>();
    int roleNo = 0;
    for (Node item : c.list(m.get("roles"), "'roles'")) {
      roleNo++;
      Role r = readRole(c, item, roleNo, owners, names);
      if (r != null) {
        roles.add(r);
      }
    }

    Set<String> locations = new LinkedHashSet<>();
    Map<String, String> locationAliases = new LinkedHashMap<>();
    Map<String, String> metonyms = new LinkedHashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    for (Node item : c.list(m.get("locations"), "'locations'")) {
      String place;
      List<Node> variants = List.of();
      if (item != null && item.isMap()) {
        Map<String, Node> lm = c.map(item, "a location", LOCATION_KEYS);
        place = c.text(item, lm, "name", "location", true);
        if (place == null) {
          continue;
        }
        place = clean(place);
        String admin1 = c.text(item, lm, "admin1", "location", false);
        String country = c.text(item, lm, "country", "location", false);
        if (country != null && !COUNTRY.matcher(country).matches()) {
          c.error(item.keyLine("country"), "country '" + country + "' of location '" + place
              + "' should be a two-letter ISO 3166 code, as actors have it");
          country = null;
        }
        if (admin1 != null || country != null) {
          places.put(place, new Place(place, admin1 == null ? "" : clean(admin1), country == null ? "" : country.toUpperCase(java.util.Locale.ROOT)));
        }
        variants = c.list(lm.get("aliases"), "'aliases' of location '" + place + "'");
        String standsFor = c.text(item, lm, "stands_for", "location", false);
        if (standsFor != null) {
          standsFor = clean(standsFor);
          if (!names.containsKey(standsFor)) {
            c.error(lm.get("stands_for").line(), "location '" + place + "' stands for '" + standsFor
                + "', which is not an actor of the dictionary");
          } else {
            metonyms.put(place, standsFor);
          }
        }
      } else {
        place = cleanName(c, item, "a location");
        if (place == null) {
          continue;
        }
      }
      String who = "location '" + place + "'";
      if (!claimPlace(c, owners, place, item.line(), who)) {
        continue;
      }
      locations.add(place);
      for (Node v : variants) {
        String alias = cleanName(c, v, "an alias of " + who);
        if (alias != null && !alias.equals(place) && claimPlace(c, owners, alias, v.line(), who)) {
          locationAliases.putIfAbsent(alias, place);
        }
      }
    }
    return new ActorDictionary(actors, roles, new ArrayList<>(locations), locationAliases, metonyms, places);
  }

  private static Actor readActor(Ctx c, Node item, Map<String, Owner> owners, Map<String, Integer> names) {
    Map<String, Node> a = c.map(item, "an actor", ACTOR_KEYS);
    if (a == null) {
      return null;
    }
    String name = c.text(item, a, "name", "actor", true);
    String what = name == null ? "actor" : "actor '" + name + "'";
    String typeText = c.text(item, a, "type", what, true);
    ActorType type = null;
    if (typeText != null) {
      type = ActorType.parse(typeText);
      if (type == null) {
        c.error(
            item.keyLine("type"),
            "unknown actor type '" + typeText + "' of " + what + "; allowed: person, government, military, organisation, country, group");
      }
    }
    if (name == null) {
      return null;
    }
    name = clean(name);
    Integer first = names.putIfAbsent(name, item.line());
    if (first != null) {
      c.error(item.line(), "actor '" + name + "' listed twice (first on line " + first + ")");
      return null;
    }
    String country = c.text(item, a, "country", what, false);
    if (country != null) {
      if (!COUNTRY.matcher(country).matches()) {
        c.error(item.keyLine("country"), "country '" + country + "' of " + what + " should be a two-letter ISO 3166-1 code like UA, RU, US");
        country = null;
      } else {
        country = country.toUpperCase(Locale.ROOT);
      }
    }
    String surname = c.text(item, a, "surname", what, false);
    if (surname != null) {
      surname = clean(surname);
      if (type != null && type != ActorType.PERSON) {
        c.error(item.keyLine("surname"), "surname given for " + what + ", which is a " + type.label() + "; surnames are for people only");
      } else if (surname.contains("*") || !isTerm(surname)) {
        c.error(item.keyLine("surname"), "surname '" + surname + "' of " + what + " should be one or more words");
      }
    }

    List<String> aliases = new ArrayList<>();
    claim(c, owners, name, item.line(), what);
    for (Node al : c.list(a.get("aliases"), "'aliases' of " + what)) {
      String s = cleanName(c, al, "an alias of " + what);
      if (s == null || aliases.contains(s) || s.equals(name)) {
        continue;
      }
      if (claim(c, owners, s, al.line(), what)) {
        aliases.add(s);
      }
    }
    if (type == null) {
      return null;
    }
    return new Actor(name, type, country, aliases, surname);
  }

  private static Role readRole(Ctx c, Node item, int roleNo, Map<String, Owner> owners, Map<String, Integer> names) {
    Map<String, Node> r = c.map(item, "a role", ROLE_KEYS);
    if (r == null) {
      return null;
    }
    List<String> aliases = new ArrayList<>();
    String what = "role #" + roleNo;
    for (Node al : c.list(r.get("aliases"), "'aliases' of a role")) {
      String s = cleanName(c, al, "an alias of a role");
      if (s == null || aliases.contains(s)) {
        continue;
      }
      if (aliases.isEmpty()) {
        what = "role '" + s + "'";
      }
      if (claim(c, owners, s, al.line(), what)) {
        aliases.add(s);
      }
    }
    if (aliases.isEmpty()) {
      c.error(item.keyLine("aliases"), what + " has no aliases (how the role is written, e.g. 'US president')");
    }
    List<RoleHolder> holders = new ArrayList<>();
    List<Integer> holderLines = new ArrayList<>();
    Node hn = r.get("holders");
    if (hn == null || hn.isNull() || (hn.isList() && hn.list().isEmpty())) {
      c.error(hn == null ? item.line() : hn.line(), what + " has no holders");
    }
    for (Node h : c.list(hn, "'holders' of " + what)) {
      Map<String, Node> hm = c.map(h, "a holder of " + what, HOLDER_KEYS);
      if (hm == null) {
        continue;
      }
      String actor = c.text(h, hm, "actor", "a holder of " + what, true);
      if (actor == null) {
        continue;
      }
      actor = clean(actor);
      boolean ok = true;
      if (!names.containsKey(actor)) {
        c.error(h.keyLine("actor"), "holder '" + actor + "' of " + what + " is not an actor of the dictionary (use the canonical name exactly)");
        ok = false;
      }
      LocalDate from = date(c, h, hm, "from");
      LocalDate to = date(c, h, hm, "to");
      if ((hm.get("from") != null && from == null && !hm.get("from").isNull())
          || (hm.get("to") != null && to == null && !hm.get("to").isNull())) {
        ok = false;
      }
      if (from != null && to != null && to.isBefore(from)) {
        c.error(h.line(), "holder '" + actor + "' of " + what + " ends (" + to + ") before it starts (" + from + ")");
        ok = false;
      }
      if (!ok) {
        continue;
      }
      RoleHolder rh = new RoleHolder(actor, from, to);
      for (int i = 0; i < holders.size(); i++) {
        RoleHolder o = holders.get(i);
        if (overlaps(o, rh)) {
          c.error(
              h.line(),
              "holders of "
                  + what
                  + " overlap: '"
                  + actor
                  + "' "
                  + range(rh)
                  + " and '"
                  + o.actor()
                  + "' "
                  + range(o)
                  + " (line "
                  + holderLines.get(i)
                  + "); a role has one holder per day");
          ok = false;
        }
      }
      if (ok) {
        holders.add(rh);
        holderLines.add(h.line());
      }
    }
    if (aliases.isEmpty() || holders.isEmpty()) {
      return null;
    }
    return new Role(aliases, holders);
  }

  private static boolean overlaps(RoleHolder a, RoleHolder b) {
    boolean aEndsBeforeB = a.to() != null && b.from() != null && a.to().isBefore(b.from());
    boolean bEndsBeforeA = b.to() != null && a.from() != null && b.to().isBefore(a.from());
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  private static String range(RoleHolder h) {
    return (h.from() == null ? "(open)" : h.from().toString()) + ".." + (h.to() == null ? "(open)" : h.to().toString());
  }

  private static LocalDate date(Ctx c, Node parent, Map<String, Node> m, String key) {
    Node n = m.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isScalar()) {
      c.error(n.line(), "'" + key + "' should be a date like 2025-01-20, found " + n.kind());
      return null;
    }
    try {
      return LocalDate.parse(n.text().strip());
    } catch (DateTimeParseException e) {
      c.error(n.line(), "'" + key + "' should be a date like 2025-01-20 (year-month-day), found '" + n.text() + "'");
      return null;
    }
  }

  /** Like {@link #claim} for places, whose message says which name is the actor's. */
  private static boolean claimPlace(Ctx c, Map<String, Owner> owners, String name, int line, String who) {
    Owner prev = owners.get(nameKey(name));
    if (prev != null && !prev.who().equals(who)) {
      c.error(
          line,
          "location '" + name + "' is also a name of " + prev.who() + " (line " + prev.line() + "); a name is either one place or one actor");
      return false;
    }
    owners.putIfAbsent(nameKey(name), new Owner(who, line));
    return true;
  }

  /** Registers a name for an owner; reports a clash with another owner. */
  private static boolean claim(Ctx c, Map<String, Owner> owners, String alias, int line, String who) {
    String k = nameKey(alias);
    Owner prev = owners.putIfAbsent(k, new Owner(who, line));
    if (prev != null && !prev.who().equals(who)) {
      c.error(line, "'" + alias + "' names both " + who + " and " + prev.who() + " (line " + prev.line() + "); give each name to one actor or role");
      return false;
    }
    return true;
  }

  /** The clash key of a name: punctuation folded, spaces collapsed, lower case. */
  static String key(String s) {
    return clean(s).toLowerCase(Locale.ROOT);
  }

  /**
   * The clash key of a name as a matcher sees it: its tokens' normal forms, so "Russia's army"
   * and "Russia army" are one name (the tokenizer drops the possessive).
   */
  static String nameKey(String s) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(clean(s))) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.norm().isEmpty() ? t.text().toLowerCase(Locale.ROOT) : t.norm());
    }
    return sb.toString();
  }

  static String clean(String s) {
    return TextNormalizer.cleanParagraph(s);
  }

  private static String cleanName(Ctx c, Node n, String what) {
    if (n == null || n.isNull() || (n.isScalar() && n.text().isBlank())) {
      c.error(n == null ? 0 : n.line(), what + " is empty");
      return null;
    }
    if (!n.isScalar()) {
      c.error(n.line(), what + " should be a single name, found " + n.kind());
      return null;
    }
    return clean(n.text());
  }

  // ---------------------------------------------------------------------------------------------
  // events.yaml

  private static EventLexicon readEvents(Ctx c, Node root) {
    Map<String, Node> m = c.map(root, EVENTS_FILE, EVENTS_KEYS);
    if (m == null) {
      return new EventLexicon(List.of(), List.of(), new CertaintyCues(List.of(), List.of(), List.of()));
    }
    List<EventType> types = new ArrayList<>();
    Map<String, Integer> typeLines = new HashMap<>();
    Node tn = m.get("types");
    if (tn == null || tn.isNull() || (tn.isList() && tn.list().isEmpty())) {
      c.error(tn == null ? root.line() : tn.line(), "no event types: the file needs a 'types:' list");
    }
    for (Node item : c.list(tn, "'types'")) {
      Map<String, Node> t = c.map(item, "an event type", TYPE_KEYS);
      if (t == null) {
        continue;
      }
      String id = c.text(item, t, "id", "event type", true);
      if (id == null) {
        continue;
      }
      if (!TYPE_ID.matcher(id).matches()) {
        c.error(item.keyLine("id"), "event type id '" + id + "' should be lower-case letters, digits and '_' (it is written to CSVs)");
        continue;
      }
      Integer first = typeLines.putIfAbsent(id, item.line());
      if (first != null) {
        c.error(item.line(), "event type '" + id + "' declared twice (first on line " + first + ")");
        continue;
      }
      String label = c.text(item, t, "label", "event type '" + id + "'", false);
      // "place: venue": "talks in Belarus" are not with Belarus
      String place = c.text(item, t, "place", "event type '" + id + "'", false);
      if (place != null && !place.equals("venue") && !place.equals("party")) {
        c.error(item.keyLine("place"), "'place' of event type '" + id + "' is '" + place + "', should be 'venue' or 'party'");
      }
      types.add(new EventType(id, label == null ? id : label, "venue".equals(place)));
    }

    List<EventPattern> patterns = new ArrayList<>();
    Set<String> typesWithPatterns = new LinkedHashSet<>();
    for (Node item : c.list(m.get("patterns"), "'patterns'")) {
      Map<String, Node> p = c.map(item, "a pattern", PATTERN_KEYS);
      if (p == null) {
        continue;
      }
      String type = c.text(item, p, "type", "pattern", true);
      boolean ok = type != null;
      if (type != null && !typeLines.containsKey(type)) {
        c.error(
            item.keyLine("type"),
            "pattern names event type '" + type + "', which is not declared under 'types'"
                + hintType(type, typeLines.keySet()));
        ok = false;
      }
      String what = "pattern of '" + type + "'";
      List<String> triggers = terms(c, p.get("triggers"), "trigger of the " + what);
      if (triggers.isEmpty()) {
        c.error(item.keyLine("triggers"), what + " has no triggers");
        ok = false;
      }
      List<String> objects = terms(c, p.get("objects"), "object of the " + what);
      Integer window = p.containsKey("window") ? c.integer(p, "window", 1, MAX_WINDOW) : Integer.valueOf(DEFAULT_WINDOW);
      if (window == null) {
        ok = false;
      }
      // "use: count": the pattern only reads a count for an event another pattern finds
      String use = c.text(item, p, "use", what, false);
      boolean countOnly = "count".equals(use);
      // "use: tally": the trigger names a count ("there were"), an event only where no other act has it
      boolean tally = "tally".equals(use);
      if (use != null && !countOnly && !tally && !"event".equals(use)) {
        c.error(item.keyLine("use"), "'use' of the " + what + " is '" + use + "', should be 'event', 'count' or 'tally'");
        ok = false;
      }
      if (tally && objects.isEmpty()) {
        c.error(item.keyLine("use"), "the " + what + " has 'use: tally' but no objects to count");
        ok = false;
      }
      if (countOnly && objects.isEmpty()) {
        c.error(item.keyLine("use"), "the " + what + " has 'use: count' but no objects to count");
        ok = false;
      }
      // "subject: target": the subject asks for the act, it does not do it
      String subject = c.text(item, p, "subject", what, false);
      boolean subjectIsTarget = "target".equals(subject);
      if (subject != null && !subjectIsTarget && !"source".equals(subject)) {
        c.error(item.keyLine("subject"), "'subject' of the " + what + " is '" + subject + "', should be 'source' or 'target'");
        ok = false;
      }
      if (ok) {
        patterns.add(new EventPattern(type, triggers, objects, window, c.file(), item.line(), countOnly, subjectIsTarget, tally));
        if (!countOnly) {
          typesWithPatterns.add(type);
        }
      }
    }
    for (EventType t : types) {
      if (!typesWithPatterns.contains(t.id()) && errorsFree(c)) {
        c.error(typeLines.get(t.id()), "event type '" + t.id() + "' has no patterns, so it can never be found");
      }
    }
    CertaintyCues cues = new CertaintyCues(List.of(), List.of(), List.of());
    Node cn = m.get("certainty");
    if (cn != null && !cn.isNull()) {
      Map<String, Node> cm = c.map(cn, "certainty", CERTAINTY_KEYS);
      if (cm != null) {
        cues =
            new CertaintyCues(
                terms(c, cm.get("negated"), "negated cue"),
                terms(c, cm.get("hypothetical"), "hypothetical cue"),
                terms(c, cm.get("claimed"), "claimed cue"));
      }
    }
    Set<String> declared = new LinkedHashSet<>();
    types.forEach(t -> declared.add(t.id()));
    return new EventLexicon(types, patterns, cues, readWeapons(c, m.get("weapons"), declared),
        readTypeList(c, m.get("casualty_types"), "casualty_types", declared));
  }

  /** The weapons section: what acts use, most specific first (see events.yaml). */
  private static List<Weapon> readWeapons(Ctx c, Node n, Set<String> declared) {
    List<Weapon> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    Map<String, Integer> names = new HashMap<>();
    List<Node> items = c.list(n, "'weapons'");
    for (Node item : items) {
      Map<String, Node> w = c.map(item, "a weapon", WEAPON_KEYS);
      if (w == null) {
        continue;
      }
      String name = c.text(item, w, "name", "weapon", true);
      if (name == null) {
        continue;
      }
      name = clean(name);
      Integer first = names.putIfAbsent(name, item.line());
      if (first != null) {
        c.error(item.line(), "weapon '" + name + "' declared twice (first on line " + first + ")");
        continue;
      }
      String kindOf = c.text(item, w, "kind_of", "weapon", false);
      List<String> words = terms(c, w.get("words"), "word of weapon '" + name + "'");
      if (words.isEmpty()) {
        c.error(item.line(), "weapon '" + name + "' has no words, so it can never be found");
      }
      List<String> types = readTypeList(c, w.get("types"), "types of weapon '" + name + "'", declared);
      out.add(new Weapon(name, kindOf == null ? "" : clean(kindOf), words, types));
    }
    for (int i = 0; i < out.size(); i++) {
      Weapon wp = out.get(i);
      if (!wp.kindOf().isEmpty() && !names.containsKey(wp.kindOf())) {
        c.error(items.get(i).line(), "weapon '" + wp.name() + "' is a kind of '" + wp.kindOf() + "', which is no weapon of the list");
      }
    }
    return out;
  }

  /** A list of declared event type ids. */
  private static List<String> readTypeList(Ctx c, Node n, String what, Set<String> declared) {
    List<String> out = new ArrayList<>();
    for (Node t : c.list(n, what)) {
      if (t == null || !t.isScalar() || t.text().isBlank()) {
        c.error(t == null ? 0 : t.line(), "empty or nested entry in " + what + "; an entry is an event type id");
        continue;
      }
      String id = t.text().trim();
      if (!declared.contains(id)) {
        c.error(t.line(), "unknown event type '" + id + "' in " + what + hintType(id, declared));
        continue;
      }
      out.add(id);
    }
    return out;
  }

  /** Whether this file has no errors yet; follow-on reports would only repeat them. */
  private static boolean errorsFree(Ctx c) {
    String prefix = c.file() + ":";
    return c.errors().list.stream().noneMatch(e -> e.startsWith(prefix));
  }

  private static String hintType(String type, Set<String> declared) {
    String h = closest(type, declared);
    return h == null ? "" : " (did you mean '" + h + "'?)";
  }

  /** Terms of a list, normalised as the matcher sees tokens: folded, single-spaced, lower case. */
  private static List<String> terms(Ctx c, Node n, String what) {
    List<String> out = new ArrayList<>();
    for (Node t : c.list(n, what + "s")) {
      if (t == null || t.isNull() || !t.isScalar() || t.text().isBlank()) {
        c.error(t == null ? 0 : t.line(), "empty or nested " + what + "; a term is one or more words");
        continue;
      }
      String term = key(t.text());
      if (isTerm(term)) {
        term = dropPossessives(term);
      }
      if (!isTerm(term)) {
        c.error(
            t.line(),
            "bad "
                + what
                + " '"
                + t.text()
                + "': a term is words of letters, digits, ' - and . separated by spaces, with '*' only at the end of a word");
        continue;
      }
      if (!out.contains(term)) {
        out.add(term);
      }
    }
    return out;
  }

  /**
   * Drops a possessive "'s" (or a trailing "'") from each word, as the tokenizer does for the
   * words of an article: "operation spider's web" must meet the tokens "operation spider web".
   */
  static String dropPossessives(String term) {
    StringBuilder out = new StringBuilder();
    for (String w : term.split(" ")) {
      boolean star = w.endsWith("*");
      String base = star ? w.substring(0, w.length() - 1) : w;
      if (base.length() > 2 && base.endsWith("'s")) {
        base = base.substring(0, base.length() - 2);
      } else if (base.length() > 1 && base.endsWith("'")) {
        base = base.substring(0, base.length() - 1);
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(base).append(star ? "*" : "");
    }
    return out.toString();
  }

  static boolean isTerm(String term) {
    if (term.isEmpty()) {
      return false;
    }
    for (String w : term.split(" ", -1)) {
      if (!TERM_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The allowed word nearest to a typo, if it is near enough to be the one meant. */
  static String closest(String typo, Set<String> allowed) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = EditDistance.between(typo.toLowerCase(Locale.ROOT), a);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best != null && bestD <= Math.max(2, typo.length() / 4) ? best : null;
  }

}
