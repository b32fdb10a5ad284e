package org.newsbeam.extract;

import java.io.Serializable;

/**
 * An actor named in a sentence.
 *
 * @param actor canonical name (dictionary name, or the discovered name when not listed)
 * @param surface the words as written
 * @param start first token index in the sentence
 * @param end token index after the last
 * @param listed whether the actor is in the study's dictionary
 */
public record ActorMention(String actor, String surface, int start, int end, boolean listed)
    implements Serializable {}
