package org.newsbeam.report;

/**
 * How much of a run the report embeds, so that a 100,000-article run still opens in seconds. The
 * page says wherever a cap cut something off; the CSVs always hold everything.
 *
 * @param days calendar days on the timeline and in the actor trends (the latest ones)
 * @param examplesPerDay example reports listed for a day of the timeline
 * @param actors most-mentioned actors in the table
 * @param actorsPerType most-mentioned actors of each type, so the type filter is never empty
 * @param nodes actors in the network (most articles first)
 * @param edges pairs in the network (most sentences first)
 * @param sentencesPerNode example sentences for a clicked actor
 * @param sentencesPerPair example sentences for a pair
 * @param candidates candidate actors listed
 * @param rejects rows of rejects.csv listed
 * @param sentenceChars longest example sentence, in characters
 */
public record Caps(
    int days,
    int examplesPerDay,
    int actors,
    int actorsPerType,
    int nodes,
    int edges,
    int sentencesPerNode,
    int sentencesPerPair,
    int candidates,
    int rejects,
    int sentenceChars) {
  public static final Caps DEFAULT = new Caps(1096, 6, 50, 25, 80, 400, 4, 2, 100, 50, 300);

  String clip(String sentence) {
    return sentence.length() <= sentenceChars ? sentence : sentence.substring(0, sentenceChars - 1) + "…";
  }
}
