package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Source, target and certainty rules, run through the default study's own lexicon. */
class EventRolesTest {
  @Test
  void theOneWhoAsksForWeaponsIsTheTargetAndNothingIsGivenYet() {
    EventMention m =
        only(
            events(
                "Moldova has asked France and Italy for more Nasams systems before the winter.",
                "Moldova", "Moldova", "France", "France", "Italy", "Italy"),
            "military_aid");
    assertEquals("", m.source(), "the ones asked have given nothing yet");
    assertEquals("Moldova", m.target());
    assertEquals(Certainty.HYPOTHETICAL, m.certainty(), "\"asked\" is the request's own object, however far");
  }

  @Test
  void aGiverStaysTheSourceOfAid() {
    EventMention m =
        only(events("Norway sent three Nasams systems to Moldova.", "Norway", "Norway", "Moldova", "Moldova"), "military_aid");
    assertEquals("Norway", m.source());
    assertEquals("Moldova", m.target());
    assertEquals(Certainty.ASSERTED, m.certainty());
  }

  @Test
  void aSidesReportOfWhatItsOwnDronesHadDoneIsAClaim() {
    EventMention m =
        only(events("The navy said its drones had hit a tanker near the port.", "navy", "Navy"), "drone_strike");
    assertEquals(Certainty.CLAIMED, m.certainty());
    EventMention plain =
        only(events("The navy said its drones hit a tanker near the port.", "navy", "Navy"), "drone_strike");
    assertEquals(Certainty.ASSERTED, plain.certainty());
  }

  @Test
  void actorsBeforeASpeakersVerbAreNoSubjectOfWhatItReports() {
    EventMention m =
        only(
            events(
                "Belarus fired 20 drones at Poland, and Poland's army said it downed 15 of them.",
                "Belarus", "Belarus", "Poland", "Poland", "Poland's army", "Polish military"),
            "air_defence_interception");
    assertEquals("Polish military", m.source(), "not Poland, named before the army's \"said\"");
    assertEquals("Belarus", m.target());
    EventMention aside =
        only(
            events("Belarus, Poland's army said, fired 20 drones at Lithuania.", "Belarus", "Belarus", "Poland's army", "Polish military", "Lithuania", "Lithuania"),
            "drone_strike");
    assertEquals("Belarus", aside.source(), "a speaker between commas interrupts the report");
    EventMention apposition =
        only(
            events(
                "The foreign minister, Ms Baerbock, said that about 500 of the soldiers had already reached the border.",
                "foreign minister", "Annalena Baerbock", "Ms Baerbock", "Annalena Baerbock"),
            "troop_deployment");
    assertEquals("", apposition.source(), "the speaker under another of its names is no participant");
  }

  @Test
  void aSpeakerWhoseVerbIsTheActIsItsSource() {
    EventMention sanctions =
        only(events("Japan announced sanctions on 12 more tankers.", "Japan", "Japan"), "sanctions");
    assertEquals("Japan", sanctions.source());
    assertEquals(12, sanctions.quantity());
    EventMention aid =
        only(
            events(
                "The chancellor announced a further €500m in weapons for Moldova, including shells.",
                "chancellor", "Olaf Scholz", "Moldova", "Moldova"),
            "military_aid");
    assertEquals("Olaf Scholz", aid.source());
    assertEquals("Moldova", aid.target(), "a currency sign does not end the phrase");
    EventMention reported =
        only(events("Japan announced that Russia had sent troops to the border.", "Japan", "Japan", "Russia", "Russia"), "troop_deployment");
    assertEquals("Russia", reported.source(), "\"announced that\" reports someone else's act");
  }

  @Test
  void talksBetweenTwoPartiesAreTheirsWhoeverHostsThem() {
    EventMention m =
        only(
            events(
                "Turkey offered Ankara as a venue for negotiations between Armenia and Azerbaijan.",
                "Turkey", "Turkey", "Armenia", "Armenia", "Azerbaijan", "Azerbaijan"),
            "talks");
    assertEquals("Armenia", m.source());
    assertEquals("Azerbaijan", m.target());
  }

  @Test
  void theOneInvitedVisitsTheOneInviting() {
    EventMention m =
        only(events("Lula had invited Mr Macron to visit Brasilia.", "Lula", "Lula", "Mr Macron", "Emmanuel Macron"), "visit");
    assertEquals("Emmanuel Macron", m.source());
    assertEquals("Lula", m.target());
    EventMention spoken =
        only(
            events(
                "Zelensky said he was grateful and invited Merz to Kyiv.",
                "Zelensky", "Volodymyr Zelensky", "Merz", "Friedrich Merz"),
            "visit");
    assertEquals("Friedrich Merz", spoken.source());
    assertEquals("Volodymyr Zelensky", spoken.target(), "the speaker who invites");
  }

  @Test
  void aSpeakerReportingTalksWithSomeoneIsTheOtherParty() {
    EventMention m =
        only(events("Lavrov said talks with Hungary were going well.", "Lavrov", "Sergei Lavrov", "Hungary", "Hungary"), "talks");
    assertEquals("Sergei Lavrov", m.source());
    assertEquals("Hungary", m.target());
  }

  @Test
  void aListOfThreeOrMoreNamesNoLeader() {
    EventMention m =
        only(
            events(
                "Macron, Merz, Tusk and Meloni met in Rome on Friday.",
                "Macron", "Emmanuel Macron", "Merz", "Friedrich Merz", "Tusk", "Donald Tusk", "Meloni", "Giorgia Meloni"),
            "talks");
    assertEquals("", m.source());
    EventMention two =
        only(events("Macron and Meloni met in Rome on Friday.", "Macron", "Emmanuel Macron", "Meloni", "Giorgia Meloni"), "talks");
    assertEquals("Emmanuel Macron", two.source());
    assertEquals("Giorgia Meloni", two.target());
  }

  @Test
  void anActorOpeningTheTriggerOwnsTheTroops() {
    EventMention m =
        only(
            events("Moscow said it would never accept NATO troops in Georgia.", "Moscow", "Russian government", "NATO", "NATO", "Georgia", "Georgia"),
            "troop_deployment");
    assertEquals("NATO", m.source());
    assertEquals("Georgia", m.target());
  }

  @Test
  void anActorBeforeSinceIsNoPartyToWhatFollows() {
    EventMention m =
        only(
            events(
                "Sunak arrived in Kyiv on Monday, his first trip since parliament approved a new aid package.",
                "Sunak", "Rishi Sunak"),
            "military_aid");
    assertEquals("", m.source());
  }

  @Test
  void anAttackOnSomeoneLaterInTheClauseNamesTheTarget() {
    List<EventMention> ev =
        events(
            "Iran fired 20 missiles and 40 drones overnight in a heavy attack on Israel's south.",
            "Iran", "Iran", "Israel's", "Israel");
    assertEquals("Israel", only(ev, "missile_strike").target());
    assertEquals("Israel", only(ev, "drone_strike").target());
    assertEquals("Iran", only(ev, "drone_strike").source());
  }

  @Test
  void aPossessiveOwnerOfTheObjectIsNotWhatTheActIsOn() {
    EventMention partners =
        only(
            events("The president threatened tariffs on Russia's trading partners.", "president", "Donald Trump", "Russia's", "Russia"),
            "sanctions");
    assertEquals("", partners.target(), "the tariffs are on the partners");
    EventMention direct =
        only(events("The president threatened tariffs on Russia.", "president", "Donald Trump", "Russia", "Russia"), "sanctions");
    assertEquals("Russia", direct.target());
  }

  @Test
  void talksHappenAtAVenueButTroopsAreSentIntoAPlace() {
    EventMention venue =
        only(events("Serbia has ruled out talks in Hungary this year.", "Serbia", "Serbia", "Hungary", "Hungary"), "talks");
    assertEquals("", venue.target(), "Hungary is where, not with whom");
    EventMention with =
        only(events("Serbia held talks with Hungary this year.", "Serbia", "Serbia", "Hungary", "Hungary"), "talks");
    assertEquals("Hungary", with.target());
    EventMention troops =
        only(events("Moscow said it would never accept NATO troops in Georgia.", "NATO", "NATO", "Georgia", "Georgia"), "troop_deployment");
    assertEquals("Georgia", troops.target(), "troop_deployment is no venue type");
  }

  @Test
  void aSubordinatorOrAReportingVerbBetweenTwoTriggersSeparatesTwoActs() {
    List<EventMention> ev =
        events(
            "Macron met Meloni in Rome on Friday, a week after the Italian leader's summit with Tusk.",
            "Macron", "Emmanuel Macron", "Meloni", "Giorgia Meloni", "Tusk", "Donald Tusk");
    assertEquals(2, ev.stream().filter(e -> e.type().equals("talks")).count(), () -> ev.toString());
    List<EventMention> said =
        events(
            "Macron ended the call with Meloni, and later said he was arranging a meeting between Tusk and Sanchez.",
            "Macron", "Emmanuel Macron", "Meloni", "Giorgia Meloni", "Tusk", "Donald Tusk", "Sanchez", "Pedro Sanchez");
    List<EventMention> talks = said.stream().filter(e -> e.type().equals("talks")).toList();
    assertEquals(2, talks.size(), () -> said.toString());
    assertEquals("Donald Tusk", talks.get(1).source(), "\"meeting between\" names both parties");
    assertEquals("Pedro Sanchez", talks.get(1).target());
    List<EventMention> one =
        events("Macron held talks with Meloni at a summit in Rome.", "Macron", "Emmanuel Macron", "Meloni", "Giorgia Meloni");
    assertEquals(1, one.size(), "nothing between the triggers starts another act: " + one);
    List<EventMention> night =
        events("Macron spoke with Meloni after midnight, in a phone call that lasted an hour.", "Macron", "Emmanuel Macron", "Meloni", "Giorgia Meloni");
    assertEquals(1, night.size(), "\"after midnight\" ends at its comma: " + night);
  }

  @Test
  void itWasTheLargestAttackDescribesAnActReportedBefore() {
    assertEquals(List.of(), events("It was the biggest drone attack on the port this year."));
    assertEquals(List.of(), events("Officials said it was the longest round of talks so far."), "after \"said\" too");
    assertEquals(1, events("It was the first time Ukraine held direct talks with Belarus.", "Ukraine", "Ukraine", "Belarus", "Belarus").size(),
        "\"the first time\" opens a report of its own");
    assertEquals(1, events("The biggest drone attack this year hit the port overnight.").size());
  }

  @Test
  void aSpeakerAnnouncingAPlannedPassiveIsItsSource() {
    EventMention m =
        only(events("Poland's defence minister said two more brigades would be sent to the border.", "Poland's defence minister", "Polish defence minister"), "troop_deployment");
    assertEquals("Polish defence minister", m.source());
    EventMention past =
        only(events("Poland's defence minister said two more brigades were sent to the border.", "Poland's defence minister", "Polish defence minister"), "troop_deployment");
    assertEquals("", past.source(), "a past passive does not say whose act it was");
  }

  @Test
  void anAgreedActTakesThePartiesOfTheTalksThatAgreedIt() {
    List<EventMention> ev =
        events(
            "Talks between Armenia and Azerbaijan ended in Geneva, with agreement to exchange 40 prisoners of war.",
            "Armenia", "Armenia", "Azerbaijan", "Azerbaijan");
    EventMention swap = only(ev, "prisoner_exchange");
    assertEquals("Armenia", swap.source());
    assertEquals("Azerbaijan", swap.target());
    assertEquals(40, swap.quantity());
  }

  @Test
  void dueInACapitalIsAVisitAhead() {
    EventMention m = only(events("Mr Lammy is due in Beijing next week for trade talks.", "Mr Lammy", "David Lammy"), "visit");
    assertEquals(Certainty.HYPOTHETICAL, m.certainty());
    assertEquals("David Lammy", m.source());
    assertEquals(List.of(), events("The report is due in May."));
  }

  @Test
  void aPackageForWeaponsIsAid() {
    EventMention m =
        only(events("The Elysee is set to unveil a new package of €300m for artillery next month.", "Elysee", "French government"), "military_aid");
    assertEquals("French government", m.source());
    assertEquals(Certainty.HYPOTHETICAL, m.certainty());
    assertEquals(-1, m.quantity(), "money is no count");
    assertEquals(
        0,
        events("The EU approved a sanctions package on Monday.").stream().filter(e -> e.type().equals("military_aid")).count());
  }

  @Test
  void imposingNewOnesRefersToSanctions() {
    EventMention m =
        only(
            events("Ms Meloni backed the European sanctions, but said she would not impose new ones alone.", "Ms Meloni", "Giorgia Meloni"),
            "sanctions");
    assertEquals(Certainty.NEGATED, m.certainty());
    assertEquals("impose", m.trigger());
  }

  @Test
  void anAnswerWithAPronounDecidesTheRequestItAnswers() {
    List<EventMention> ev =
        events(
            "Moldova had asked Paris for Nasams systems, but Macron has refused to send them.",
            "Moldova", "Moldova", "Macron", "Emmanuel Macron");
    EventMention m = only(ev, "military_aid");
    assertEquals("Emmanuel Macron", m.source(), "the one who answers");
    assertEquals("Moldova", m.target(), "the one who asked");
    assertEquals(Certainty.NEGATED, m.certainty());
    EventMention alone =
        only(events("Norway owns Nasams systems, but Oslo will not send them.", "Oslo", "Norwegian government"), "military_aid");
    assertEquals(Certainty.NEGATED, alone.certainty(), "no request before: the refusal stands on its own");
    assertEquals("Norwegian government", alone.source());
  }

  @Test
  void aSkillOrAnyUnspecifiedActIsNoReport() {
    assertEquals(List.of(), events("Finland offered to share its experience of intercepting drones with Latvia."));
    assertEquals(List.of(), events("Tusk said he wanted a ceasefire before any summit."));
    EventMention denied =
        only(events("Serbia said it had not been invited to any talks with Hungary.", "Serbia", "Serbia", "Hungary", "Hungary"), "talks");
    assertEquals(Certainty.NEGATED, denied.certainty(), "\"not ... any talks\" denies an act: kept as negated");
    assertEquals(1, events("Finland said it was intercepting drones over the lake.").size());
  }
}
