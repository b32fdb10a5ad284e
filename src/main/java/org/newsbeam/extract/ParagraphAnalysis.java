package org.newsbeam.extract;

import java.io.Serializable;
import java.util.List;

/**
 * One paragraph of a page, analysed.
 *
 * @param fingerprint 64-bit hash of the paragraph's normalised text (see {@code
 *     org.newsbeam.text.Fingerprint}); equal paragraphs on different pages or snapshots share it
 * @param words word count
 * @param sentences the paragraph's sentences in order
 */
public record ParagraphAnalysis(long fingerprint, int words, List<SentenceAnalysis> sentences)
    implements Serializable {
  public ParagraphAnalysis {
    sentences = List.copyOf(sentences);
  }
}
