/*
 * Material's language selector fetches sitemap.xml relative to every
 * <link rel="alternate" hreflang> in the head, to map the current page onto the
 * other language when its link is clicked. mkdocs-static-i18n already points each
 * language link at the same page in the other language, so the lookup cannot find a
 * better target: it costs two requests on every page load (a 404 and a console error
 * per page before the site had one sitemap at its root) and, with the site's one
 * sitemap, sends the click to the alternate's address without its trailing slash (a
 * redirect). Those requests are opened but never sent: Material then keeps no sitemap
 * for the alternate and lets the link do what it says. Runs before Material's bundle.
 */
(function () {
  var SITEMAP = /\/sitemap\.xml$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.playbookSitemap = SITEMAP.test(new URL(url, location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.playbookSitemap) return undefined;
    return send.apply(this, arguments);
  };
})();
