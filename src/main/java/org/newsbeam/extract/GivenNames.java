package org.newsbeam.extract;

import java.util.Set;

/**
 * Given names common in news about the war: Ukrainian, Russian and Belarusian ones in their usual
 * English spellings, and common English, German, French, Polish and Italian ones. A capitalised
 * word from this list followed by another capitalised word is a person's name ("Mykola Hrytsenko
 * said"), and alone it names a person when the sentence says so ("Olena, 64, said").
 *
 * <p>Left out on purpose: names that are also months, places or common words when capitalised
 * (May, June, Georgia, Victoria, Jordan, Sofia, Don, Will, Bill, Grace, Hope, Rose, Frank, Christian).
 */
final class GivenNames {
  private GivenNames() {}

  private static final String EAST_SLAVIC = """
      oleksandr olexandr oleksander aleksandr alexander alexandr aleksander sasha andriy andrii andrij andrey andrei
      anatoliy anatolii anatoly anatoli anton arseniy arsenii arseny artem artyom bohdan bogdan borys danylo daniil
      denys denis dmytro dmitry dmitri dmitriy dmytriy dima yevhen yevgeny yevgeniy yevgenii evgeny evgenii evhen
      evgeniy fedir fyodor fedor gennady gennadiy gennadii hennadiy hennadii georgiy georgy heorhiy heorhii grigory
      grigoriy hryhoriy hryhorii ihor igor illia ilya iliya ivan kostiantyn kostyantyn konstantin kyrylo kirill leonid
      maksym maxim maksim mykhailo mykhaylo mikhail mykola nikolai nikolay oleg oleh oleksiy oleksii olexiy alexei
      alexey aleksei aleksey pavlo pavel petro pyotr petr roman ruslan serhiy serhii sergei sergey sergiy sergii
      stanislav stepan svyatoslav sviatoslav taras timur tymur vadym vadim valeriy valerii valery valeri vasyl
      vasily vasiliy vasili viktor vitali vitaliy vitaly vitalii volodymyr vladimir vladislav vladyslav vyacheslav
      viacheslav yaroslav rodion renat rinat gleb timofey semyon arkady arkadiy lev marat yuriy yurii yuri yury zakhar zinoviy yegor yehor nazar matviy myroslav ostap orest
      alla alina anastasia anastasiia anastasiya anna antonina daria dariia darya halyna galina hanna inna iryna
      irina kateryna katerina ekaterina yekaterina katya khrystyna kristina larysa larisa liubov lyubov lyudmila
      liudmyla lyudmyla ludmila lesia lesya maryna marina maria mariia mariya marianna mariana nadia nadiya
      nadezhda natalia nataliya natalya nataliia nina oksana olena elena yelena olga olha polina raisa svitlana
      svetlana tamara tatiana tetiana tatyana tetyana valentina valentyna vera viktoria viktoriia viktoriya yana
      yulia yuliia yuliya zoya zhanna sofiia uliana ulyana veronika yevheniia ksenia kseniia oleksandra
      aleksandra alexandra solomiia solomiya myroslava yaroslava liliia lilia
      """;

  private static final String WESTERN = """
      adam alan alex alice amanda amy andrea andrew angela ann anne anthony ben benjamin brian carl caroline
      catherine charles charlotte chris christopher claire daniel danielle david deborah diana dominic edward
      elizabeth emily emma eric fiona francis gary george gordon graham greg guy hamish harry helen henry hugh ian
      jack jacob james jane janet jason jeff jeffrey jennifer jeremy jessica jim joe joel john jonathan joseph josh
      joshua julia julian justin karen kate katherine keith kevin laura linda lisa louise lucy luke margaret mark
      martin mary matt matthew michael michelle mike nancy neil nicholas nick nicola oliver patrick paul peter
      philip rachel rebecca richard rob robert ron rod ryan sam samuel sarah scott sean simon sophie stephen steve
      steven stuart susan thomas tim timothy tom tony william marco emmanuel francois jean pierre marie olaf
      friedrich hans jurgen klaus wolfgang annalena johann karl stefan ursula tomasz jakub krzysztof marcin piotr
      pawel radoslaw andrzej giorgia giuseppe guido matteo sergio antonio carlos jose juan luis manuel recep ahmed
      mohammed hakan
      """;

  static final Set<String> NAMES = Set.copyOf(java.util.Arrays.asList((EAST_SLAVIC + WESTERN).trim().split("\\s+")));

  /** Whether a token's {@code norm} is a given name. */
  static boolean contains(String norm) {
    return NAMES.contains(norm);
  }
}
