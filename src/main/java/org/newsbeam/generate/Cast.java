package org.newsbeam.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.newsbeam.extract.ActorMatcher;
import org.newsbeam.extract.ActorMention;
import org.newsbeam.study.Actor;
import org.newsbeam.study.Role;
import org.newsbeam.study.Study;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Tokenizer;

/**
 * Who the generated prose names, and how. Every written form is checked once against the study's
 * dictionary (the study's own matcher reads the form alone, or after the full name for surname
 * forms) and kept only when it names exactly the intended actor, so the prose stays correct for
 * whatever version of the study is loaded, and a form the study does not know is never written.
 */
final class Cast {
  /** A way of writing an actor: the text and the canonical names it stands for (one per mention). */
  record Form(String text, List<String> mentions) {
    String actor() {
      return mentions.get(0);
    }
  }

  /** A person with forms for a first mention, for later mentions, and possessives. */
  record Person(String name, List<Form> firstForms, List<Form> laterForms, List<Form> possessiveForms) {}

  /** Forms must name the same actor on every day the archive covers (titles change hands). */
  private static final List<LocalDate> CHECK_DAYS =
      List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 10, 31));

  /** name, first forms, later forms (surname, honorific + surname). */
  private static final String[][] PEOPLE = {
    {"Volodymyr Zelensky", "Volodymyr Zelensky|President Volodymyr Zelensky|Volodymyr Zelenskyy", "Zelensky|Zelenskyy|President Zelensky|Mr Zelensky"},
    {"Andrii Sybiha", "Andrii Sybiha|Andriy Sybiha|Ukraine's foreign minister Andrii Sybiha", "Sybiha|Mr Sybiha"},
    {"Rustem Umerov", "Rustem Umerov", "Umerov|Mr Umerov"},
    {"Andriy Yermak", "Andriy Yermak|Andrii Yermak", "Yermak|Mr Yermak"},
    {"Oleksandr Syrskyi", "Oleksandr Syrskyi|Oleksandr Syrsky", "Syrskyi|General Syrskyi"},
    {"Dmytro Lubinets", "Dmytro Lubinets", "Lubinets|Mr Lubinets"},
    {"Mykhailo Fedorov", "Mykhailo Fedorov", "Fedorov|Mr Fedorov"},
    {"Yulia Svyrydenko", "Yulia Svyrydenko", "Svyrydenko|Ms Svyrydenko"},
    {"Vladimir Putin", "Vladimir Putin|President Vladimir Putin|Russian President Vladimir Putin", "Putin|President Putin|Mr Putin"},
    {"Dmitry Peskov", "Dmitry Peskov|Kremlin spokesman Dmitry Peskov", "Peskov|Mr Peskov"},
    {"Sergei Lavrov", "Sergei Lavrov|Sergey Lavrov|Russian Foreign Minister Sergei Lavrov", "Lavrov|Mr Lavrov"},
    {"Maria Zakharova", "Maria Zakharova", "Zakharova|Ms Zakharova"},
    {"Kirill Dmitriev", "Kirill Dmitriev", "Dmitriev|Mr Dmitriev"},
    {"Yuri Ushakov", "Yuri Ushakov", "Ushakov|Mr Ushakov"},
    {"Andrei Belousov", "Andrei Belousov", "Belousov|Mr Belousov"},
    {"Vladimir Medinsky", "Vladimir Medinsky", "Medinsky|Mr Medinsky"},
    {"Valery Gerasimov", "Valery Gerasimov", "Gerasimov|General Gerasimov"},
    {"Donald Trump", "Donald Trump|President Donald Trump|US President Donald Trump", "Trump|President Trump|Mr Trump"},
    {"Marco Rubio", "Marco Rubio|US Secretary of State Marco Rubio", "Rubio|Mr Rubio"},
    {"Steve Witkoff", "Steve Witkoff|Steven Witkoff", "Witkoff|Mr Witkoff"},
    {"Keith Kellogg", "Keith Kellogg", "Kellogg|General Kellogg"},
    {"JD Vance", "JD Vance", "Vance|Mr Vance"},
    {"Pete Hegseth", "Pete Hegseth", "Hegseth|Mr Hegseth"},
    {"Scott Bessent", "Scott Bessent", "Bessent|Mr Bessent"},
    {"Emmanuel Macron|French President Emmanuel Macron", "Emmanuel Macron", "Macron|President Macron|Mr Macron"},
    {"Keir Starmer", "Keir Starmer|Sir Keir Starmer|British Prime Minister Keir Starmer", "Starmer|Sir Keir|Mr Starmer"},
    {"Friedrich Merz", "Friedrich Merz", "Merz|Mr Merz"},
    {"Kaja Kallas", "Kaja Kallas", "Kallas|Ms Kallas"},
    {"Mark Rutte", "Mark Rutte", "Rutte|Mr Rutte"},
    {"Ursula von der Leyen", "Ursula von der Leyen", "Ms von der Leyen"},
    {"Recep Tayyip Erdogan", "Recep Tayyip Erdogan|Recep Tayyip Erdo\u011fan", "Erdogan|President Erdogan|Mr Erdogan"},
    {"Hakan Fidan", "Hakan Fidan", "Fidan|Mr Fidan"},
    {"Rafael Grossi", "Rafael Grossi", "Grossi|Mr Grossi"},
    {"Donald Tusk", "Donald Tusk|Polish Prime Minister Donald Tusk", "Tusk|Mr Tusk"},
    {"Alexander Stubb", "Alexander Stubb", "Stubb|Mr Stubb"},
    {"Giorgia Meloni", "Giorgia Meloni", "Meloni|Ms Meloni"},
    {"Yvette Cooper", "Yvette Cooper", "Cooper|Ms Cooper"},
    {"Antonio Costa", "Antonio Costa|Ant\u00f3nio Costa", "Costa|Mr Costa"},
    {"Viktor Orban", "Viktor Orban|Viktor Orb\u00e1n", "Orban|Mr Orban"},
    {"Wang Yi", "Wang Yi", "Mr Wang"},
    {"Alexander Lukashenko", "Alexander Lukashenko", "Lukashenko|Mr Lukashenko"},
  };

  /** group key, canonical actor, forms. */
  private static final String[][] GROUPS = {
    {"uamil", "Ukrainian military", "Ukraine's air force|Ukraine's military|Ukraine's General Staff|the Ukrainian military|the Ukrainian air force"},
    {"uaground", "Ukrainian military", "Ukrainian forces|Ukrainian troops|Ukraine's army|Ukrainian units"},
    {"uaplain", "Ukrainian military", "Ukrainian defenders|Ukraine's military|the Ukrainian military"},
    {"opt_uadrones", "Ukrainian military", "Ukrainian drones"},
    {"rumil", "Russian military", "Russian forces|Russia's army|the Russian army|Russia's military|Russian troops"},
    {"rumil_nt", "Russian military", "Russian forces|Russia's military|the Russian army"},
    {"rugov", "Russian government", "Russia's defence ministry|the Kremlin|Russian officials|the Russian defence ministry"},
    {"kremlin", "Russian government", "the Kremlin"},
    {"rugov2", "Russian government", "the Russian delegation|Russian officials"},
    {"uagov2", "Ukrainian government", "the Ukrainian delegation|Ukrainian officials"},
    {"uagov", "Ukrainian government", "Ukrainian officials|Ukraine's government|Ukraine's defence ministry"},
    {"anygov", "US government", "the White House|US officials"},
    {"anygov", "UK government", "Downing Street|British officials"},
    {"anygov", "Russian government", "the Kremlin|Russian officials"},
    {"anygov", "Ukrainian government", "Ukrainian officials"},
    {"anygov", "Turkish government", "Turkish officials"},
    {"anygov", "Chinese government", "Chinese officials"},
    {"west", "France", "France"},
    {"west", "Germany", "Germany"},
    {"west", "United Kingdom", "Britain|the United Kingdom"},
    {"west", "Poland", "Poland"},
    {"west", "Canada", "Canada"},
    {"west", "Netherlands", "the Netherlands"},
    {"west", "Finland", "Finland"},
    {"west", "Norway", "Norway"},
    {"west", "Sweden", "Sweden"},
    {"west", "Denmark", "Denmark"},
    {"sanctioner", "European Union", "the European Union|the EU"},
    {"sanctioner", "United Kingdom", "Britain"},
    {"sanctioner", "Japan", "Japan"},
    {"sanctioner", "Canada", "Canada"},
    {"sanctioner", "United States", "the United States"},
    {"org", "United Nations", "the United Nations|the UN"},
    {"org", "International Committee of the Red Cross", "the Red Cross"},
    {"org", "European Union", "the European Union"},
    {"org", "NATO", "NATO"},
  };

  private static final String[][] COUNTRIES = {
    {"Russia", "Russia"}, {"Ukraine", "Ukraine"}, {"North Korea", "North Korea"},
  };

  /** Role phrases as written mid-sentence; the holder comes from the study on the article's day. */
  private static final String[] ROLES = {
    "the US president", "the Russian president", "the Kremlin spokesman", "Ukraine's foreign minister",
    "the German chancellor", "the British prime minister", "Ukraine's defence minister", "Ukraine's prime minister",
    "the US secretary of state", "the Russian foreign minister", "the Polish president", "the French president",
  };

  private static final List<String> UA_CITIES = List.of("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy",
      "Kherson", "Mykolaiv", "Poltava", "Lviv", "Chernihiv", "Kryvyi Rih", "Kramatorsk", "Pokrovsk", "Kostiantynivka");
  private static final List<String> UA_REGIONS = List.of("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy",
      "Kherson", "Mykolaiv", "Poltava", "Chernihiv", "Donetsk");
  private static final List<String> RU_REGIONS = List.of("Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh");
  private static final List<String> VENUES = List.of("Istanbul", "Riyadh", "Geneva", "Kyiv", "Moscow", "Washington",
      "Brussels", "London", "Paris", "Berlin", "Ankara", "Warsaw");
  private static final List<String> VILLAGES = List.of("Novoselivka", "Bohdanivka", "Kalynove", "Ivanivka",
      "Zelene Pole", "Stepove", "Lozova Balka", "Vilne", "Tarasivka", "Maliivka", "Yablunivka", "Berezove");

  private final List<Person> persons = new ArrayList<>();
  private final Map<String, Person> byName = new LinkedHashMap<>();
  private final Map<String, List<Form>> groups = new LinkedHashMap<>();
  private final Map<String, Form> countries = new LinkedHashMap<>();
  private final List<String> roleAliases = new ArrayList<>();
  private final List<Role> roles;
  private final ActorMatcher matcher;
  private final Set<String> known = new HashSet<>();

  Cast(Study study) {
    this.matcher = new ActorMatcher(study.actors());
    this.roles = study.actors().roles();
    for (Actor a : study.actors().actors()) {
      known.add(a.name());
    }
    for (String[] p : PEOPLE) {
      if (!known.contains(p[0])) {
        continue;
      }
      List<Form> first = checked(p[0], p[1], null);
      List<Form> later = new ArrayList<>();
      for (Form f : first) {
        later.addAll(checked(p[0], p[2], f.text()));
        break;
      }
      List<Form> poss = new ArrayList<>();
      for (Form f : first) {
        poss.addAll(checked(p[0], f.text() + "'s", null));
      }
      if (first.isEmpty() || later.isEmpty() || poss.isEmpty()) {
        continue;
      }
      Person person = new Person(p[0], first, later, poss);
      persons.add(person);
      byName.put(p[0], person);
    }
    for (String[] g : GROUPS) {
      if (known.contains(g[1])) {
        groups.computeIfAbsent(g[0], k -> new ArrayList<>()).addAll(checked(g[1], g[2], null));
      }
    }
    for (String[] c : COUNTRIES) {
      List<Form> fs = known.contains(c[0]) ? checked(c[0], c[1], null) : List.of();
      if (fs.isEmpty()) {
        throw new IllegalArgumentException("the study has no actor '" + c[0] + "'; the generator writes about it");
      }
      countries.put(c[0], fs.get(0));
    }
    for (String r : ROLES) {
      if (roleOf(r).isPresent()) {
        roleAliases.add(r);
      }
    }
    for (Map.Entry<String, List<Form>> e : groups.entrySet()) {
      if (e.getValue().isEmpty() && !e.getKey().startsWith("opt_")) {
        throw new IllegalArgumentException("no form of '" + e.getKey() + "' is known to the study");
      }
    }
    if (persons.size() < 5) {
      throw new IllegalArgumentException("the study knows too few of the generator's people: " + persons.size());
    }
  }

  /** The forms of {@code spec} ("a|b|c") that name exactly {@code actor}, once. */
  private List<Form> checked(String actor, String spec, String introducedBy) {
    List<Form> out = new ArrayList<>();
    for (String text : spec.split("\\|")) {
      boolean ok = true;
      for (LocalDate day : CHECK_DAYS) {
        ActorMatcher.ArticleContext ctx = matcher.newArticle(day);
        if (introducedBy != null) {
          matcher.match(Tokenizer.tokenize(TextNormalizer.cleanParagraph(introducedBy)), ctx);
        }
        List<ActorMention> ms = matcher.match(Tokenizer.tokenize(TextNormalizer.cleanParagraph(text)), ctx).actors();
        ok &= ms.size() == 1 && ms.get(0).actor().equals(actor);
      }
      if (ok) {
        out.add(new Form(text, List.of(actor)));
      }
    }
    return out;
  }

  private Optional<Role> roleOf(String phrase) {
    String p = phrase.startsWith("the ") ? phrase.substring(4) : phrase;
    String key = TextNormalizer.foldPunctuation(p).toLowerCase(Locale.ROOT);
    for (Role r : roles) {
      for (String a : r.aliases()) {
        if (TextNormalizer.foldPunctuation(a).toLowerCase(Locale.ROOT).equals(key)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /** A role phrase and its holder on {@code day}; a plain organisation when no role has a holder. */
  Form role(Random rnd, LocalDate day) {
    for (int tries = 0; tries < 20; tries++) {
      String phrase = roleAliases.get(rnd.nextInt(roleAliases.size()));
      Optional<String> holder = roleOf(phrase).flatMap(r -> r.holderOn(day));
      if (holder.isPresent() && known.contains(holder.get())) {
        return new Form(phrase, List.of(holder.get()));
      }
    }
    return countries.get("Russia");
  }

  List<Person> persons() {
    return persons;
  }

  Person person(String name) {
    return byName.get(name);
  }

  List<Form> group(String key) {
    List<Form> g = groups.get(key);
    if (g == null) {
      throw new IllegalStateException("no group " + key);
    }
    return g;
  }

  /** A form of an optional group ("opt_..."), or null when the study has none. */
  Form optional(String key, Random rnd) {
    List<Form> g = groups.getOrDefault(key, List.of());
    return g.isEmpty() ? null : g.get(rnd.nextInt(g.size()));
  }

  Form country(String name) {
    return countries.get(name);
  }

  List<String> uaCities() {
    return UA_CITIES;
  }

  List<String> uaRegions() {
    return UA_REGIONS;
  }

  List<String> ruRegions() {
    return RU_REGIONS;
  }

  List<String> venues() {
    return VENUES;
  }

  List<String> villages() {
    return VILLAGES;
  }
}
