/*
 * Material's language selector loads "sitemap.xml" relative to every
 * <link rel="alternate" hreflang> in the head. With per-page alternates
 * (mkdocs-static-i18n) that is /stages/x/sitemap.xml: a 404 and a console
 * error on every page. The site has one sitemap, at its root, listing every
 * page with its alternates: send those requests there. The alternates are
 * absolute URLs at the published address (site_url), which may not be where
 * the site is being served (a preview, a test server), so requests for any
 * sitemap.xml, whatever their origin, go to this site's own. Runs before Material.
 */
(function () {
  // This file is <site root>/assets/javascripts/language-sitemap.js.
  var rootSitemap = new URL("../../sitemap.xml", document.currentScript.src).href;
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    var target = new URL(url, location.href);
    if (/\/sitemap\.xml$/.test(target.pathname)) {
      arguments[1] = rootSitemap;
    }
    return open.apply(this, arguments);
  };
})();
