package org.newsbeam.text;

/** What kind of page an HTML page is; only {@link #ARTICLE} pages go on to the analysis. */
public enum PageType {
  ARTICLE("article"),
  /** A front page: the site's root, a list of the site's sections and stories. */
  HOME("home"),
  /** A section, tag, search or archive page: cards that link to articles. */
  LISTING("listing"),
  /** A discussion thread or question page: posts by several people. */
  FORUM("forum"),
  /** A page that sells a product: price, offers, buy buttons. */
  PRODUCT("product");

  private final String label;

  PageType(String label) {
    this.label = label;
  }

  /** Lower-case name used in reports ("listing"). */
  public String label() {
    return label;
  }
}
