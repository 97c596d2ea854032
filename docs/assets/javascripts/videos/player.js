/*
 * Click-to-load video players. The page carries only a facade: a link to the video
 * with a play button drawn in CSS, no remote thumbnail, no third-party request. A plain
 * click replaces it with the privacy-enhanced YouTube player (youtube-nocookie.com);
 * a middle click or Ctrl/Cmd-click still opens the video on its own site.
 * Markup: macros/videos/pages.py; styles: videos.css.
 */
(function () {
  var EMBED_PREFIX = "https://www.youtube-nocookie.com/embed/";

  function play(player) {
    var src = player.getAttribute("data-embed") || "";
    if (src.indexOf(EMBED_PREFIX) !== 0) return false;
    var frame = document.createElement("iframe");
    frame.className = "playbook-player__frame";
    frame.src = src;
    frame.title = player.getAttribute("data-player-title") || "";
    frame.allow = "accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture; fullscreen";
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    player.replaceChildren(frame);
    player.classList.add("playbook-player--playing");
    frame.focus();
    return true;
  }

  document.addEventListener("click", function (event) {
    var facade = event.target.closest && event.target.closest(".playbook-player__facade");
    if (!facade || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (play(facade.parentElement)) event.preventDefault();
  });
})();
