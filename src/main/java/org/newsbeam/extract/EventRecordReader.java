package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsbeam.study.Place;
import org.newsbeam.study.Study;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * What a report says about its act beyond type, actors and count: when it happened ({@link
 * EventDates}), with which weapons and how many of each ({@link WeaponReader}), its dead and
 * injured ({@link Casualties}) and where ({@link EventPlaces}). One report whose act names
 * several weapons gives one detail per weapon, so quantities never mix weapons. Plain Java; built
 * once per worker from the study.
 */
public final class EventRecordReader implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * One act (one weapon of it) as a report tells it.
   *
   * @param weapon the study's weapon name, or ""
   * @param weaponKindOf the general weapon it is a kind of, or ""
   * @param quantity the count of this weapon (the report's quantity when it names one weapon), -1
   *     when none
   * @param fatalities dead, -1 when not given
   * @param injured injured, -1 when not given
   */
  public record Detail(
      String weapon,
      String weaponKindOf,
      long quantity,
      String eventDate,
      String datePrecision,
      long fatalities,
      long injured,
      Place place)
      implements Serializable {}

  private final WeaponReader weapons;
  private final EventPlaces places;
  private final Set<String> casualtyTypes;
  private final org.newsbeam.study.ActorDictionary dictionary;

  public EventRecordReader(Study study) {
    this.weapons = new WeaponReader(study.events().weapons());
    this.places = new EventPlaces(study.actors().locations(), study.actors().locationAliases(),
        study.actors().metonyms().keySet());
    this.casualtyTypes = Set.copyOf(study.events().casualtyTypes());
    this.dictionary = study.actors();
  }

  /**
   * The details of one report, one per weapon (at least one).
   *
   * @param sentence the report's sentence
   * @param published the article's publication day, or ""
   */
  public List<Detail> read(String sentence, EventMention e, String published) {
    return read(sentence, e, published, List.of());
  }

  /**
   * As {@link #read(String, EventMention, String)}, with the other reports of the same sentence,
   * whose counts are theirs (see {@link WeaponReader}).
   */
  public List<Detail> read(String sentence, EventMention e, String published, List<EventMention> sameSentence) {
    Set<Long> others = new java.util.HashSet<>();
    for (EventMention o : sameSentence) {
      if (o != e && o.type().equals(e.type()) && o.quantity() >= 0) {
        others.add(o.quantity());
      }
    }
    List<Token> tokens = Tokenizer.tokenize(sentence == null ? "" : sentence);
    int[] trigger = find(tokens, e.trigger());
    EventDates.EventDate date =
        EventDates.resolve(tokens, trigger[0], published, e.certainty() == Certainty.HYPOTHETICAL);
    Casualties.Count dead = casualtyTypes.contains(e.type()) ? Casualties.read(tokens, 0, tokens.size()) : Casualties.Count.NONE;
    String place = tokens.isEmpty() ? "" : places.placeOf(tokens, trigger[0], trigger[1]);
    Place where = place.isEmpty() ? new Place("", "", "") : dictionary.place(place);
    List<WeaponReader.WeaponCount> ws = weapons.read(tokens, trigger[0], trigger[1], e.type(), e.quantity(), others);
    List<Detail> out = new ArrayList<>();
    if (ws.isEmpty()) {
      out.add(new Detail("", "", e.quantity(), date.date(), date.precision(), dead.fatalities(), dead.injured(), where));
    }
    for (WeaponReader.WeaponCount w : ws) {
      out.add(new Detail(w.weapon(), w.kindOf(), w.quantity(), date.date(), date.precision(), dead.fatalities(),
          dead.injured(), where));
    }
    return out;
  }

  /** Tokens [start, end) of the trigger's first occurrence; the sentence start when not found. */
  static int[] find(List<Token> tokens, String trigger) {
    List<Token> t = Tokenizer.tokenize(trigger == null ? "" : trigger);
    if (t.isEmpty()) {
      return new int[] {0, 0};
    }
    for (int i = 0; i + t.size() <= tokens.size(); i++) {
      boolean ok = true;
      for (int k = 0; k < t.size() && ok; k++) {
        ok = tokens.get(i + k).norm().equals(t.get(k).norm());
      }
      if (ok) {
        return new int[] {i, i + t.size()};
      }
    }
    return new int[] {0, 0};
  }
}
