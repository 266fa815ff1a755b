// Runs as soon as the prerendered start page is in the document, before it is first drawn
// (scripts/prerender.mjs puts it right after <div id="app">). The page in the HTML is the zh-CN
// start page without elder mode; for anyone whose saved display is otherwise it is taken out
// here, so nobody sees the wrong language for a moment, and the app's script draws the page as
// it always did. The saved display is read as lib/settings.ts loadDisplay reads it (boot.test.ts
// holds the two to the same answers).
//
// For the reader it fits, the page is drawn first and the app's script (data-main) is started
// after that frame: run before it, the script's loading and the hydration held the first frame
// back. The "content-shown" mark is set after that frame, as bench/empty-tauri's shown.js does.
(function () {
  var me = document.currentScript;
  var main = me && me.getAttribute("data-main");
  function start() {
    if (!main) return;
    var script = document.createElement("script");
    script.type = "module";
    script.crossOrigin = "";
    script.src = main;
    document.head.appendChild(script);
  }
  var app = document.getElementById("app");
  var lang = "zh-CN";
  var elder = false;
  try {
    var saved = JSON.parse(localStorage.getItem("yidi.display") || "null");
    if (saved && ["zh-CN", "zh-TW", "en-US"].indexOf(saved.lang) >= 0) lang = saved.lang;
    elder = !!saved && saved.elder === true;
  } catch (e) {
    // Unreadable preferences: the defaults, as loadDisplay does.
  }
  if (!app || app.getAttribute("data-prerendered") !== lang || elder) {
    if (app) {
      app.removeAttribute("data-prerendered");
      app.textContent = "";
    }
    start();
    return;
  }
  requestAnimationFrame(function () {
    setTimeout(function () {
      if (!performance.getEntriesByName("content-shown").length) performance.mark("content-shown");
      start();
    });
  });
})();
