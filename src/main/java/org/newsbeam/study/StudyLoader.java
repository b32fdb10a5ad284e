package org.newsbeam.study;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsbeam.study.YamlTree.Node;

/**
 * Reads a study folder ({@code study.yaml}, {@code actors.yaml}, {@code events.yaml}; formats in
 * {@code pipelines/README.md}) and checks it thoroughly: a study with a typo must fail loudly with
 * the file and line to fix, never run with a silently empty alias list.
 *
 * <p>All problems of a file are collected and reported together, one per line, each as {@code
 * file:line: what}. This class finds a study and reads {@code study.yaml}; {@link ActorsFile} and
 * {@link EventsFile} read the other two files, through the checks of {@link FileCheck}.
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
  private static final Set<String> STUDY_KEYS = Set.of("name", "description", "settings");
  private static final Set<String> SETTINGS_KEYS =
      Set.of("chrome_min_pages", "chrome_min_share", "min_co_mention_sentences");

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

  static StudyOrigin folderOrigin(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    return new StudyOrigin(abs.getFileName() == null ? "study" : abs.getFileName().toString(), abs);
  }

  /** A file of a built-in study ("ukraine-war/actors.yaml"), or null. */
  static InputStream resource(String path) {
    return classLoader().getResourceAsStream(RESOURCE_ROOT + path);
  }

  static boolean hasResource(String name) {
    return classLoader().getResource(RESOURCE_ROOT + name + "/" + ACTORS_FILE) != null;
  }

  static ClassLoader classLoader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null && cl.getResource(RESOURCE_ROOT) != null ? cl : StudyLoader.class.getClassLoader();
  }

  static String decode(byte[] bytes, String label) {
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

  static Study parse(String folderName, Source src) {
    String actorsText = src.read(ACTORS_FILE);
    if (actorsText == null) {
      throw new StudyException(src.label(ACTORS_FILE) + ": missing; a study folder needs " + ACTORS_FILE);
    }
    String eventsText = src.read(EVENTS_FILE);
    if (eventsText == null) {
      throw new StudyException(src.label(EVENTS_FILE) + ": missing; a study folder needs " + EVENTS_FILE);
    }
    String studyText = src.read(STUDY_FILE);

    StudyErrors errors = new StudyErrors();
    String[] name = {folderName};
    StudySettings settings = StudySettings.defaults();
    if (studyText != null) {
      settings = readStudy(new FileCheck(src.label(STUDY_FILE), errors), YamlTree.parse(src.label(STUDY_FILE), studyText), name);
    }
    ActorDictionary dict = ActorsFile.read(new FileCheck(src.label(ACTORS_FILE), errors), YamlTree.parse(src.label(ACTORS_FILE), actorsText));
    EventLexicon lexicon = EventsFile.read(new FileCheck(src.label(EVENTS_FILE), errors), YamlTree.parse(src.label(EVENTS_FILE), eventsText));
    errors.throwIfAny();
    return new Study(name[0], dict, lexicon, settings);
  }

  // ---------------------------------------------------------------------------------------------
  // study.yaml

  private static StudySettings readStudy(FileCheck c, Node root, String[] name) {
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
            c.error(sh.line(), "'chrome_min_share' should be a number like 0.5, found '" + FileCheck.show(sh) + "'");
          }
        }
      }
    }
    return new StudySettings(description == null ? d.description() : description, pages, share, co);
  }

}
