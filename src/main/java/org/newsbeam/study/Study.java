package org.newsbeam.study;

import java.io.Serializable;

/**
 * A study: what to look for in an archive. Loaded from a folder (see {@code StudyLoader}); data,
 * not code.
 *
 * @param name the study's name ("ukraine-war")
 * @param actors the actor dictionary
 * @param events the event lexicon
 * @param settings the study's defaults
 */
public record Study(String name, ActorDictionary actors, EventLexicon events, StudySettings settings)
    implements Serializable {}
