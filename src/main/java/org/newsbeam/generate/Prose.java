package org.newsbeam.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newsbeam.generate.Cast.Form;

/**
 * Writes news prose about the war and, as it writes, the exact annotation of every sentence: the
 * actors it names (one entry per mention, canonical names), and the events it reports with type,
 * quantity, certainty, source, target and actors. Sentence shapes are few and plain on purpose:
 * each is one newsbeam reads without doubt, so the gold is exact by construction.
 */
final class Prose {
  static final String ASSERTED = "asserted";
  static final String NEGATED = "negated";
  static final String HYPOTHETICAL = "hypothetical";
  static final String CLAIMED = "claimed";

  /** One event a sentence reports. */
  record Event(String type, Long quantity, String certainty, String source, String target, List<String> actors, String sentence) {}

  /** One sentence and what it holds. Text uses straight apostrophes; rendering may curl them. */
  record Sentence(String text, List<String> mentions, List<Event> events) {}

  record Paragraph(List<Sentence> sentences) {
    String text(boolean curly) {
      StringBuilder sb = new StringBuilder();
      for (Sentence s : sentences) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(curly ? curl(s.text()) : s.text());
      }
      return sb.toString();
    }
  }

  /** A story: headline, day and body. */
  record Story(String title, String slug, LocalDate date, List<Paragraph> paragraphs) {}

  private final Cast cast;
  private final Random rnd;
  private LocalDate date;
  /** People named in full in the current paragraph, who may now be called by surname. */
  private final List<Cast.Person> introduced = new ArrayList<>();

  Prose(Cast cast, Random rnd) {
    this.cast = cast;
    this.rnd = rnd;
  }

  static String curl(String s) {
    return s.replace('\'', '\u2019');
  }

  // --- sentence builder ------------------------------------------------------------------------

  /** Builds one sentence: text and mentions in order; events added once the text is final. */
  final class B {
    private final StringBuilder text = new StringBuilder();
    private final List<String> mentions = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();

    B t(String s) {
      text.append(s);
      return this;
    }

    /** An actor form; returns its canonical name through {@code out[0]}. */
    B a(Form f) {
      String s = f.text();
      if (text.length() == 0) {
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
      }
      text.append(s);
      mentions.addAll(f.mentions());
      return this;
    }

    B place(String p) {
      text.append(p);
      return this;
    }

    B q(long n) {
      String w = number(n);
      if (text.length() == 0) {
        // a live-blog time stamp may precede the sentence, and newsbeam does not read a
        // capitalised number word after one ("09:15 Forty drones were shot down")
        w = String.format(Locale.ROOT, "%,d", n);
      }
      text.append(w);
      return this;
    }

    B ev(String type, Long quantity, String certainty, String source, String target, String... actors) {
      events.add(new Object[] {type, quantity, certainty, source == null ? "" : source, target == null ? "" : target, actors});
      return this;
    }

    Sentence done() {
      String s = text.toString();
      // a sentence that starts in lower case would run on from the one before
      s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
      List<Event> ev = new ArrayList<>();
      for (Object[] e : events) {
        Set<String> actors = new LinkedHashSet<>(List.of((String[]) e[5]));
        ev.add(new Event((String) e[0], (Long) e[1], (String) e[2], (String) e[3], (String) e[4], List.copyOf(actors), s));
      }
      return new Sentence(s, List.copyOf(mentions), ev);
    }
  }

  B b() {
    return new B();
  }

  // --- numbers ---------------------------------------------------------------------------------

  private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

  /** Digits (with thousands separators) or words, as reporters write them. */
  String number(long n) {
    if (n == 12 && rnd.nextInt(3) == 0) {
      return "a dozen";
    }
    if (n < 100 && rnd.nextInt(3) == 0) {
      return words(n);
    }
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String words(long n) {
    if (n < 20) {
      return UNITS[(int) n];
    }
    String t = TENS[(int) (n / 10)];
    return n % 10 == 0 ? t : t + "-" + UNITS[(int) (n % 10)];
  }

  long between(int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  <T> T pick(List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  String weekday() {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  // --- actors ----------------------------------------------------------------------------------

  /** First mention of a person in a paragraph: a form that needs no earlier mention. */
  Form person(Cast.Person p) {
    if (!introduced.contains(p)) {
      introduced.add(p);
    }
    return pick(p.firstForms());
  }

  /** A later mention of someone named in full earlier in the paragraph. */
  Form later(Cast.Person p) {
    return pick(p.laterForms());
  }

  Cast.Person anyPerson(Cast.Person... not) {
    while (true) {
      Cast.Person p = pick(cast.persons());
      if (!List.of(not).contains(p)) {
        return p;
      }
    }
  }

  Form group(String key) {
    return pick(cast.group(key));
  }

  Form country(String name) {
    return cast.country(name);
  }

  // --- sentences by event type -----------------------------------------------------------------

  Sentence interception() {
    long q = between(5, 120);
    String region = pick(cast.uaRegions());
    switch (rnd.nextInt(4)) {
      case 0: {
        Form s = group("uamil");
        return b().a(s).t(" said it shot down ").q(q).t(" drones over the ").place(region).t(" region overnight.")
            .ev("air_defence_interception", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
      case 1: {
        Form s = group("uamil");
        Form t = group("rumil_nt"); // not "troops": "sent ... troops" is a deployment
        return b().a(s).t(" shot down ").q(q).t(" drones sent by ").a(t).t(" overnight.")
            .ev("air_defence_interception", q, ASSERTED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      case 2: {
        Form s = group("rugov");
        // "Ukrainian drones" names the Ukrainian military when the study says so; the drones'
        // owner is then the interception's target
        Form t = cast.optional("opt_uadrones", rnd);
        B b = b().a(s).t(" claimed its forces had intercepted ").q(q).t(" ");
        if (t == null) {
          b.t("Ukrainian drones");
        } else {
          b.a(t);
        }
        b.t(" over the ").place(pick(cast.ruRegions())).t(" region.");
        return t == null
            ? b.ev("air_defence_interception", q, CLAIMED, s.actor(), "", s.actor()).done()
            : b.ev("air_defence_interception", q, CLAIMED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      default: {
        Form s = group("uamil");
        return b().q(q).t(" drones were shot down over ").place(pick(cast.uaCities())).t(", ").a(s).t(" said.")
            .ev("air_defence_interception", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
    }
  }

  Sentence droneStrike() {
    switch (rnd.nextInt(4)) {
      case 0: {
        long q = between(20, 400);
        Form s = group("rumil");
        return b().a(s).t(" launched ").q(q).t(" drones at ").place(pick(cast.uaCities())).t(" overnight.")
            .ev("drone_strike", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
      case 1: {
        return b().place(pick(cast.uaCities())).t(" came under a drone attack overnight, the regional governor said.")
            .ev("drone_strike", null, ASSERTED, "", "").done();
      }
      case 2: {
        Form s = group("rugov");
        return b().a(s).t(" claimed its drones had struck a fuel depot near ").place(pick(cast.uaCities())).t(".")
            .ev("drone_strike", null, CLAIMED, s.actor(), "", s.actor()).done();
      }
      default: {
        long q = between(100, 900);
        Form s = group("rumil");
        return b().t("Analysts said ").a(s).t(" could launch ").q(q).t(" drones a night by the end of the year.")
            .ev("drone_strike", q, HYPOTHETICAL, s.actor(), "", s.actor()).done();
      }
    }
  }

  Sentence missileStrike() {
    switch (rnd.nextInt(4)) {
      case 0: {
        long q = between(2, 60);
        Form s = group("rumil");
        return b().a(s).t(" fired ").q(q).t(" cruise missiles at energy facilities in the ").place(pick(cast.uaRegions()))
            .t(" region.").ev("missile_strike", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
      case 1: {
        long q = between(2, 12);
        Form s = group("rumil");
        return b().a(s).t(" struck ").place(pick(cast.uaCities())).t(" with ").q(q).t(" ballistic missiles on ")
            .t(weekday()).t(".").ev("missile_strike", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
      case 2: {
        Form s = group("rugov");
        return b().a(s).t(" denied that its forces had fired missiles at ").place(pick(cast.uaCities())).t(".")
            .ev("missile_strike", null, NEGATED, s.actor(), "", s.actor()).done();
      }
      default: {
        return b().t("A missile strike on ").place(pick(cast.uaCities())).t(" killed ").t(words(between(2, 9)))
            .t(" people, local officials said.").ev("missile_strike", null, ASSERTED, "", "").done();
      }
    }
  }

  Sentence talks() {
    Cast.Person p1 = anyPerson();
    Cast.Person p2 = anyPerson(p1);
    switch (rnd.nextInt(5)) {
      case 0: {
        // sometimes by title alone: "the German chancellor held talks with ..."
        Form a = chance(0.3) ? cast.role(rnd, date) : person(p1);
        while (p2.name().equals(a.actor())) {
          p2 = anyPerson(p1);
        }
        Form c = person(p2);
        return b().a(a).t(" held talks with ").a(c).t(" in ").place(pick(cast.venues())).t(" on ").t(weekday()).t(".")
            .ev("talks", null, ASSERTED, a.actor(), c.actor(), a.actor(), c.actor()).done();
      }
      case 1: {
        Form a = person(p1);
        Form c = person(p2);
        return b().a(a).t(" spoke by phone with ").a(c).t(" on ").t(weekday()).t(".")
            .ev("talks", null, ASSERTED, a.actor(), c.actor(), a.actor(), c.actor()).done();
      }
      case 2: {
        Form a = person(p1);
        Form c = person(p2);
        return b().a(a).t(" plans to hold talks with ").a(c).t(" in ").place(pick(cast.venues())).t(" next month.")
            .ev("talks", null, HYPOTHETICAL, a.actor(), c.actor(), a.actor(), c.actor()).done();
      }
      case 3: {
        Form speaker = person(cast.person("Volodymyr Zelensky") != null ? cast.person("Volodymyr Zelensky") : p1);
        Form ua = country("Ukraine");
        Form ru = country("Russia");
        return b().a(speaker).t(" said ").a(ua).t(" had not been invited to any talks with ").a(ru).t(".")
            .ev("talks", null, NEGATED, ua.actor(), ru.actor(), ua.actor(), ru.actor()).done();
      }
      default: {
        Form a = group("rugov2");
        Form c = group("uagov2");
        if (chance(0.5)) {
          Form x = a;
          a = c;
          c = x;
        }
        return b().a(a).t(" held direct talks with ").a(c).t(" in ").place(pick(cast.venues())).t(" on ").t(weekday()).t(".")
            .ev("talks", null, ASSERTED, a.actor(), c.actor(), a.actor(), c.actor()).done();
      }
    }
  }

  Sentence groundAdvance() {
    switch (rnd.nextInt(4)) {
      case 0: {
        Form sp = group("rugov");
        Form s = group("rumil");
        return b().a(sp).t(" claimed that ").a(s).t(" had captured the village of ").place(pick(cast.villages()))
            .t(" in the ").place(pick(cast.uaRegions())).t(" region.")
            .ev("ground_advance", null, CLAIMED, s.actor(), "", s.actor()).done();
      }
      case 1: {
        long q = between(2, 9);
        Form s = group("rumil");
        return b().a(s).t(" captured ").q(q).t(" villages in the ").place(pick(cast.uaRegions())).t(" region last month.")
            .ev("ground_advance", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
      case 2: {
        Form s = group("uaground");
        return b().a(s).t(" recaptured the village of ").place(pick(cast.villages())).t(" near ").place(pick(cast.uaCities()))
            .t(".").ev("ground_advance", null, ASSERTED, s.actor(), "", s.actor()).done();
      }
      default: {
        long q = between(2, 15);
        Form s = group("rumil");
        // a distance is a measure, not a count: no quantity
        return b().a(s).t(" advanced ").q(q).t(" kilometres towards ").place(pick(cast.uaCities())).t(" in a week.")
            .ev("ground_advance", null, ASSERTED, s.actor(), "", s.actor()).done();
      }
    }
  }

  Sentence withdrawal() {
    switch (rnd.nextInt(3)) {
      case 0: {
        long q = between(2, 8);
        // no "troops" or "forces" in the subject: the nearest object would be the subject's own word
        Form s = group("uaplain");
        return b().a(s).t(" pulled back from ").q(q).t(" positions near ").place(pick(cast.uaCities())).t(".")
            .ev("withdrawal", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
      case 1: {
        Form s = group("rumil");
        return b().a(s).t(" retreated from the west bank of the river near ").place(pick(cast.uaCities())).t(".")
            .ev("withdrawal", null, ASSERTED, s.actor(), "", s.actor()).done();
      }
      default: {
        Form s = group("uagov");
        return b().a(s).t(" denied that its troops had withdrawn from ").place(pick(cast.uaCities())).t(".")
            .ev("withdrawal", null, NEGATED, s.actor(), "", s.actor()).done();
      }
    }
  }

  Sentence deployment() {
    switch (rnd.nextInt(4)) {
      case 0: {
        long q = between(1000, 12000) / 100 * 100;
        Form s = country("North Korea");
        Form t = country("Russia");
        return b().a(s).t(" sent ").q(q).t(" soldiers to fight for ").a(t).t(" in the ").place(pick(cast.ruRegions())).t(" region.")
            .ev("troop_deployment", q, ASSERTED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      case 1: {
        long q = between(10, 90) * 100;
        Form s = group("kremlin");
        return b().a(s).t(" has deployed ").q(q).t(" additional troops to the ").place(pick(cast.ruRegions())).t(" region.")
            .ev("troop_deployment", q, ASSERTED, s.actor(), "", s.actor()).done();
      }
      case 2: {
        Form s = group("west");
        Form t = country("Ukraine");
        return b().a(s).t(" is ready to send troops to ").a(t).t(" as part of a reassurance force.")
            .ev("troop_deployment", null, HYPOTHETICAL, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      default: {
        Form s = group("west");
        Form t = country("Ukraine");
        return b().a(s).t(" has not sent troops to ").a(t).t(".")
            .ev("troop_deployment", null, NEGATED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
    }
  }

  Sentence prisonerExchange() {
    Form ua = country("Ukraine");
    Form ru = country("Russia");
    if (rnd.nextBoolean()) {
      long q = between(50, 400);
      Form a = rnd.nextBoolean() ? ru : ua;
      Form c = a == ru ? ua : ru;
      return b().a(a).t(" and ").a(c).t(" exchanged ").q(q).t(" prisoners of war each on ").t(weekday()).t(".")
          .ev("prisoner_exchange", q, ASSERTED, a.actor(), c.actor(), a.actor(), c.actor()).done();
    }
    long q = between(50, 500);
    return b().a(ua).t(" plans to exchange ").q(q).t(" prisoners with ").a(ru).t(" before the end of the month.")
        .ev("prisoner_exchange", q, HYPOTHETICAL, ua.actor(), ru.actor(), ua.actor(), ru.actor()).done();
  }

  Sentence visit() {
    Cast.Person p = anyPerson();
    switch (rnd.nextInt(4)) {
      case 0: {
        Form a = person(p);
        return b().a(a).t(" visited ").place(pick(cast.uaCities())).t(" on ").t(weekday()).t(".")
            .ev("visit", null, ASSERTED, a.actor(), "", a.actor()).done();
      }
      case 1: {
        Form a = person(p);
        return b().a(a).t(" arrived in ").place(pick(cast.venues())).t(" on ").t(weekday()).t(".")
            .ev("visit", null, ASSERTED, a.actor(), "", a.actor()).done();
      }
      case 2: {
        Form a = person(p);
        return b().a(a).t(" plans to visit ").place(pick(cast.venues())).t(" next month.")
            .ev("visit", null, HYPOTHETICAL, a.actor(), "", a.actor()).done();
      }
      default: {
        Cast.Person putin = cast.person("Vladimir Putin");
        Form sp = group("kremlin");
        Form a = person(putin != null ? putin : p);
        return b().a(sp).t(" denied reports that ").a(a).t(" would visit ").place(pick(cast.venues())).t(".")
            .ev("visit", null, NEGATED, a.actor(), "", a.actor()).done();
      }
    }
  }

  Sentence sanctions() {
    switch (rnd.nextInt(3)) {
      case 0: {
        Form s = group("sanctioner");
        Form t = country("Russia");
        return b().a(s).t(" adopted new sanctions against ").a(t).t("'s oil exports.")
            .ev("sanctions", null, ASSERTED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      case 1: {
        Form s = group("sanctioner");
        return b().a(s).t(" imposed sanctions on tankers carrying Russian oil.")
            .ev("sanctions", null, ASSERTED, s.actor(), "", s.actor()).done();
      }
      default: {
        Cast.Person p = anyPerson();
        Form sp = person(p);
        Form s = group("sanctioner");
        Form t = country("Russia");
        return b().a(sp).t(" said ").a(s).t(" would impose new sanctions on ").a(t).t(".")
            .ev("sanctions", null, HYPOTHETICAL, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
    }
  }

  Sentence militaryAid() {
    Form s = group("west");
    Form t = country("Ukraine");
    switch (rnd.nextInt(5)) {
      case 0: {
        long q = between(2, 6);
        return b().a(s).t(" pledged ").q(q).t(" more Patriot systems to ").a(t).t(".")
            .ev("military_aid", q, ASSERTED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      case 1:
        return b().a(s).t(" approved a new military aid package for ").a(t).t(".")
            .ev("military_aid", null, ASSERTED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      case 2: {
        long q = between(2, 24);
        return b().a(s).t(" delivered ").q(q).t(" F-16 fighter jets to ").a(t).t(".")
            .ev("military_aid", q, ASSERTED, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      case 3: {
        long q = between(10, 80);
        return b().a(s).t(" plans to send ").q(q).t(" more Leopard tanks to ").a(t).t(".")
            .ev("military_aid", q, HYPOTHETICAL, s.actor(), t.actor(), s.actor(), t.actor()).done();
      }
      default:
        return b().a(s).t(" has not agreed to send Taurus missiles to ").a(t).t(".")
            .ev("military_aid", null, NEGATED, s.actor(), t.actor(), s.actor(), t.actor()).done();
    }
  }

  static final String[] TYPES = {"air_defence_interception", "drone_strike", "missile_strike", "talks",
      "ground_advance", "withdrawal", "troop_deployment", "prisoner_exchange", "visit", "sanctions", "military_aid"};

  Sentence event(String type) {
    switch (type) {
      case "air_defence_interception": return interception();
      case "drone_strike": return droneStrike();
      case "missile_strike": return missileStrike();
      case "talks": return talks();
      case "ground_advance": return groundAdvance();
      case "withdrawal": return withdrawal();
      case "troop_deployment": return deployment();
      case "prisoner_exchange": return prisonerExchange();
      case "visit": return visit();
      case "sanctions": return sanctions();
      case "military_aid": return militaryAid();
      default: throw new IllegalArgumentException(type);
    }
  }

  // --- sentences without events -----------------------------------------------------------------

  Sentence statement() {
    Cast.Person p = anyPerson();
    switch (rnd.nextInt(5)) {
      case 0:
        return b().a(person(p)).t(" said the situation on the front line remained difficult.").done();
      case 1: {
        Cast.Person p2 = anyPerson(p);
        return b().a(person(p)).t(" thanked ").a(person(p2)).t(" for the support.").done();
      }
      case 2: {
        Form f = pick(p.possessiveForms());
        introduced.add(p);
        return b().a(f).t(" remarks drew a sharp response from ").a(group("anygov")).t(".").done();
      }
      case 3: {
        Form r = cast.role(rnd, date);
        return b().a(r).t(" told reporters the decision would be made within days.").done();
      }
      default:
        return b().a(group("org")).t(" called on ").a(country("Russia")).t(" to return the deported children.").done();
    }
  }

  /** A sentence about someone named in full earlier in the paragraph, by surname or honorific. */
  Sentence followUp(Cast.Person p) {
    Form f = later(p);
    switch (rnd.nextInt(3)) {
      case 0:
        return b().a(f).t(" told reporters that a ceasefire was still possible.").done();
      case 1:
        return b().t("Speaking later, ").a(f).t(" called the situation very serious.").done();
      default:
        return b().a(f).t(" gave no further details.").done();
    }
  }

  private static final List<String> FILLERS = List.of(
      "Air-raid sirens sounded across the region for more than two hours.",
      "Emergency crews worked through the night to clear the debris.",
      "Power was restored to most homes by the afternoon.",
      "Schools in the area switched to online classes for the rest of the week.",
      "Residents spent the night in metro stations and basements.",
      "Repairs are expected to take several weeks, the city council said.",
      "Queues formed outside the few shops that stayed open.",
      "Volunteers handed out water and blankets near the railway station.",
      "The curfew in the region remains in place from midnight to five in the morning.",
      "Local officials said the damage was still being assessed.",
      "Trains on the main line were delayed by several hours.",
      "The weather has turned cold, and heating is a worry for many families.");

  Sentence filler() {
    return b().t(pick(FILLERS)).done();
  }

  // --- stories ---------------------------------------------------------------------------------

  private static final String[] SLUG_WORDS = {"front", "overnight", "talks", "strike", "drones", "aid", "envoy",
      "border", "ceasefire", "energy", "exchange", "summit", "sanctions", "missiles", "villages", "visit", "army",
      "winter", "grid", "port"};

  /**
   * newsbeam's content extractor drops a block of fewer than ten words at the edge of the
   * article body, so every paragraph gets at least this many.
   */
  static final int MIN_PARAGRAPH_WORDS = 14;

  static int words(List<Sentence> ss) {
    int n = 0;
    for (Sentence s : ss) {
      n += s.text().split("\\s+").length;
    }
    return n;
  }

  /** A paragraph led by an event or a statement, sometimes followed by a surname reference and a filler. */
  Paragraph paragraph(String leadType) {
    introduced.clear();
    List<Sentence> ss = new ArrayList<>();
    ss.add(leadType != null ? event(leadType) : statement());
    if (chance(0.45)) {
      ss.add(event(pick(List.of(TYPES))));
    }
    if (!introduced.isEmpty() && chance(0.5)) {
      ss.add(followUp(pick(introduced)));
    }
    if (chance(0.5) || words(ss) < MIN_PARAGRAPH_WORDS) {
      ss.add(filler());
    }
    return new Paragraph(ss);
  }

  Story story(LocalDate day, long serial) {
    this.date = day;
    String lead = pick(List.of(TYPES));
    int n = 3 + rnd.nextInt(4);
    List<Paragraph> ps = new ArrayList<>();
    ps.add(paragraph(lead));
    for (int i = 1; i < n; i++) {
      ps.add(paragraph(chance(0.6) ? pick(List.of(TYPES)) : null));
    }
    return new Story(headline(lead), slug(lead, serial), day, ps);
  }

  /** Live-blog entries: each a paragraph of its own. */
  List<Paragraph> entries(LocalDate day, int n) {
    this.date = day;
    List<Paragraph> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ps.add(paragraph(pick(List.of(TYPES))));
    }
    return ps;
  }

  String slug(String type, long serial) {
    return SLUG_WORDS[rnd.nextInt(SLUG_WORDS.length)] + "-" + type.replace('_', '-') + "-" + serial;
  }

  String headline(String type) {
    String place = pick(cast.uaCities());
    switch (type) {
      case "air_defence_interception": return "Air defence busy over " + place + " as drones return";
      case "drone_strike": return "Night of drones leaves " + place + " without power";
      case "missile_strike": return "Missiles hit energy sites near " + place;
      case "talks": return "Diplomats try again to find a path to a ceasefire";
      case "ground_advance": return "Fighting intensifies on the eastern front";
      case "withdrawal": return "Hard choices near " + place + " as the front shifts";
      case "troop_deployment": return "More soldiers move towards the front line";
      case "prisoner_exchange": return "Families wait for news after a new prisoner swap";
      case "visit": return "A week of visits and diplomacy";
      case "sanctions": return "Europe tightens the economic pressure";
      default: return "New weapons pledged as allies meet";
    }
  }
}
