package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

class CertaintyReaderTest {
  private static final CertaintyReader READER = new CertaintyReader(EventFixtures.lexicon().cues());

  /** Certainty of the first occurrence of {@code trigger} in the sentence, read as one clause. */
  private static Certainty read(String sentence, String trigger, String... actorSurfaces) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<ActorMention> actors = new ArrayList<>();
    for (String a : actorSurfaces) {
      actors.add(EventFixtures.actor(tokens, a, a));
    }
    List<Token> t = Tokenizer.tokenize(trigger);
    ActorMention span = EventFixtures.actor(tokens, trigger, "trigger");
    return READER.read(tokens, actors, 0, tokens.size(), span.start(), span.start() + t.size());
  }

  @Test
  void negationOutranksModalAndClaim() {
    assertEquals(Certainty.NEGATED, read("Moscow claimed Kyiv would not visit Minsk.", "visit", "Moscow"));
    assertEquals(Certainty.HYPOTHETICAL, read("Moscow claimed Kyiv would visit Minsk.", "visit", "Moscow"));
    assertEquals(Certainty.CLAIMED, read("Moscow claimed Kyiv had visited Minsk.", "visited", "Moscow"));
    assertEquals(Certainty.ASSERTED, read("Moscow said Kyiv had visited Minsk.", "visited", "Moscow"));
  }

  @Test
  void modalFarBeforeTheTriggerDoesNotCount() {
    assertEquals(
        Certainty.ASSERTED,
        read("Officials who will retire next year in the capital region confirmed the visit.", "visit"));
  }

  @Test
  void namesAndNounsAreNotCues() {
    assertEquals(Certainty.ASSERTED, read("In May Russia fired missiles.", "fired"));
    assertEquals(Certainty.ASSERTED, read("Against the will of voters, Russia fired missiles.", "fired"));
  }

  @Test
  void claimNeedsAClaimant() {
    assertEquals(Certainty.ASSERTED, read("The strike claimed the lives of five people.", "strike"));
    assertEquals(Certainty.CLAIMED, read("It claimed the strike hit a depot.", "strike"));
    assertEquals(Certainty.ASSERTED, read("The strike hit a depot, according to satellite images.", "strike"));
  }

  @Test
  void noCuesNoChange() {
    CertaintyReader none = new CertaintyReader(null);
    List<Token> tokens = Tokenizer.tokenize("Russia did not fire missiles.");
    assertEquals(Certainty.ASSERTED, none.read(tokens, List.of(), 0, tokens.size(), 3, 4));
  }

  @Test
  void hedgesNeedNoClaimant() {
    CertaintyReader reader =
        new CertaintyReader(
            new org.newsbeam.study.CertaintyCues(
                List.of(), List.of(), List.of("claimed", "according to", "reportedly", "could not be independently verified")));
    List<Token> tokens = Tokenizer.tokenize("A drone reportedly hit the depot.");
    assertEquals(Certainty.CLAIMED, reader.read(tokens, List.of(), 0, tokens.size(), 3, 4));
    tokens = Tokenizer.tokenize("The strike hit a depot, which could not be independently verified.");
    assertEquals(Certainty.CLAIMED, reader.read(tokens, List.of(), 0, tokens.size(), 1, 2));
    assertEquals(true, CertaintyReader.needsClaimant("according to"));
    assertEquals(true, CertaintyReader.needsClaimant("claimed"));
    assertEquals(false, CertaintyReader.needsClaimant("allegedly"));
    assertEquals(false, CertaintyReader.needsClaimant("without providing evidence"));
  }

  @Test
  void aSidesReportOfWhatItsOwnForcesHadDoneIsAClaim() {
    CertaintyReader reader =
        new CertaintyReader(
            new org.newsbeam.study.CertaintyCues(List.of("not"), List.of("would"), List.of("claimed", "said it had")));
    java.util.function.BiFunction<String, String, Certainty> read =
        (sentence, trigger) -> {
          List<Token> tokens = Tokenizer.tokenize(sentence);
          ActorMention span = EventFixtures.actor(tokens, trigger, "trigger");
          return reader.read(tokens, List.of(), 0, tokens.size(), span.start(), span.end());
        };
    assertEquals(Certainty.CLAIMED, read.apply("The army said its gunners had destroyed a bridge.", "destroyed"));
    assertEquals(Certainty.CLAIMED, read.apply("Officials said their naval drones had struck a tanker.", "struck"));
    assertEquals(Certainty.ASSERTED, read.apply("The army said its gunners destroyed a bridge.", "destroyed"), "no \"had\"");
    assertEquals(Certainty.ASSERTED, read.apply("The army said the gunners had destroyed a bridge.", "destroyed"), "not its own forces");
    assertEquals(
        Certainty.ASSERTED,
        read.apply("Its gunners had destroyed a bridge, the army said.", "destroyed"),
        "no reporting verb before the possessive");
    CertaintyReader without =
        new CertaintyReader(new org.newsbeam.study.CertaintyCues(List.of(), List.of(), List.of("claimed")));
    List<Token> tokens = Tokenizer.tokenize("The army said its gunners had destroyed a bridge.");
    ActorMention span = EventFixtures.actor(tokens, "destroyed", "trigger");
    assertEquals(
        Certainty.ASSERTED,
        without.read(tokens, List.of(), 0, tokens.size(), span.start(), span.end()),
        "only a lexicon that lists \"said it had\" reads its possessive form");
  }
}
