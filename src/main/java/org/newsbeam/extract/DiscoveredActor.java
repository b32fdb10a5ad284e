package org.newsbeam.extract;

import java.io.Serializable;

/**
 * A person not in the dictionary, found from the words around the name.
 *
 * @param name the name as written in full ("Maxim Ryzhenkov")
 * @param title the title the text gives them ("Belarusian foreign minister"), or ""
 */
public record DiscoveredActor(String name, String title) implements Serializable {}
