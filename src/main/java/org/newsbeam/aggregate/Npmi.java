package org.newsbeam.aggregate;

/**
 * Normalised pointwise mutual information of two actors over sentences, in [-1, 1]: 1 when they
 * only ever appear together, 0 when independent, towards -1 when they avoid each other.
 */
public final class Npmi {
  private Npmi() {}

  public static double of(long pairSentences, long aSentences, long bSentences, long totalSentences) {
    if (pairSentences <= 0 || totalSentences <= 0 || aSentences <= 0 || bSentences <= 0) {
      return -1.0;
    }
    double pab = (double) pairSentences / totalSentences;
    double pa = (double) aSentences / totalSentences;
    double pb = (double) bSentences / totalSentences;
    if (pab >= 1.0) {
      return 1.0;
    }
    return Math.log(pab / (pa * pb)) / -Math.log(pab);
  }

  /** Four decimals, so CSVs are identical across runners. */
  public static String format(double v) {
    return String.format(java.util.Locale.ROOT, "%.4f", v);
  }
}
