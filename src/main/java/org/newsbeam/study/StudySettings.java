package org.newsbeam.study;

import java.io.Serializable;

/**
 * Defaults a study sets for a run (from its {@code study.yaml}).
 *
 * @param description one line on what the study covers
 * @param chromeMinPages a paragraph seen on at least this many distinct pages of one site ...
 * @param chromeMinShare ... and on at least this share of the site's pages is site chrome
 * @param minCoMentionSentences co-mention pairs seen in fewer sentences are left out of
 *     co_mentions.csv
 */
public record StudySettings(
    String description, int chromeMinPages, double chromeMinShare, int minCoMentionSentences)
    implements Serializable {
  public static StudySettings defaults() {
    return new StudySettings("", 3, 0.5, 1);
  }
}
