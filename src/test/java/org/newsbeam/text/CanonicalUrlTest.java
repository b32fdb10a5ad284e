package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
  @Test
  void normalisesSchemeHostAndSlash() {
    assertEquals("https://news.example/world/story", CanonicalUrl.canonicalize("HTTP://WWW.News.Example/world/story/"));
    assertEquals("https://news.example", CanonicalUrl.canonicalize("https://www.news.example/"));
    assertEquals("https://news.example/a", CanonicalUrl.canonicalize("  https://news.example:443/a#comments "));
    assertEquals("https://news.example:8080/a", CanonicalUrl.canonicalize("http://news.example:8080/a"));
  }

  @Test
  void dropsTrackingAndSortsTheRest() {
    assertEquals(
        "https://news.example/story?id=7&page=2",
        CanonicalUrl.canonicalize("https://news.example/story?utm_source=tw&page=2&fbclid=abc&id=7&utm_medium=social"));
    assertEquals(
        "https://news.example/story",
        CanonicalUrl.canonicalize("https://news.example/story?ocid=msn&cmpid=x&ref=home&gclid=1"));
    assertEquals("https://news.example/story", CanonicalUrl.canonicalize("https://news.example/story?"));
  }

  @Test
  void junkAndBlank() {
    assertEquals("", CanonicalUrl.canonicalize(null));
    assertEquals("", CanonicalUrl.canonicalize("   "));
    assertEquals("not a url", CanonicalUrl.canonicalize(" not a url "));
    assertEquals("http://", CanonicalUrl.canonicalize("http://"));
    assertEquals("mailto:desk@news.example", CanonicalUrl.canonicalize("mailto:desk@news.example"));
    assertEquals("%%%://??", CanonicalUrl.canonicalize("%%%://??"));
  }

  @Test
  void equalForVariantsOfOneArticle() {
    assertEquals(
        CanonicalUrl.canonicalize("https://www.news.example/a/b?x=1&y=2"),
        CanonicalUrl.canonicalize("http://news.example/a/b/?y=2&x=1&utm_campaign=z#top"));
  }

  @Test
  void siteIsHostWithoutWww() {
    assertEquals("news.example", CanonicalUrl.site("https://www.News.example/a?b=c"));
    assertEquals("bbc.co.uk", CanonicalUrl.site("http://bbc.co.uk:80"));
    assertEquals("", CanonicalUrl.site("no host here"));
    assertEquals("", CanonicalUrl.site(null));
    assertEquals("", CanonicalUrl.site(""));
  }
}
