/* A project snapshot in a link's fragment (…/project/#share=<data>): the export object
 * (PlaybookProjects.exportProject's shape) as JSON, compressed with CompressionStream("deflate-raw")
 * and written in base64url. The fragment never reaches a server. No compression, no link: callers
 * check supported() and offer the file instead.
 *
 *   PlaybookShare.encode(exportObject) -> Promise<data>;  PlaybookShare.decode(data) -> Promise<object>
 *   PlaybookShare.fromHash(location.hash) -> data or null */
(function () {
  "use strict";

  var PREFIX = "#share=";

  function supported() {
    return typeof window.CompressionStream === "function" && typeof window.DecompressionStream === "function";
  }

  function base64url(bytes) {
    var binary = "";
    for (var i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromBase64url(text) {
    var binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function through(bytes, transform) {
    return new Response(new Blob([bytes]).stream().pipeThrough(transform)).arrayBuffer()
      .then(function (buffer) { return new Uint8Array(buffer); });
  }

  function encode(object) {
    var bytes = new TextEncoder().encode(JSON.stringify(object));
    return through(bytes, new CompressionStream("deflate-raw")).then(base64url);
  }

  /* Rejects on anything that is not a compressed JSON text (a cut or altered link). */
  function decode(data) {
    return Promise.resolve().then(function () {
      if (!/^[A-Za-z0-9_-]+$/.test(data)) throw new Error("not base64url");
      return through(fromBase64url(data), new DecompressionStream("deflate-raw"));
    }).then(function (bytes) {
      return JSON.parse(new TextDecoder("utf-8", {fatal: true}).decode(bytes));
    });
  }

  function fromHash(hash) {
    return hash && hash.indexOf(PREFIX) === 0 ? hash.slice(PREFIX.length) : null;
  }

  function link(base, data) {
    return base + PREFIX + data;
  }

  window.PlaybookShare = {supported: supported, encode: encode, decode: decode, fromHash: fromHash, link: link};
})();
