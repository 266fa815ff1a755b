// Runs as soon as the prerendered start pages are in the document, before the first frame
// (scripts/prerender.mjs puts it right after them). The page in the HTML is zh-CN; the other
// languages follow it as <template id="prerendered-<lang>">. For the saved language (read as
// lib/settings.ts loadDisplay reads it; boot.test.ts holds the two to the same answers) the right
// copy is put in place and elder mode set on <html>, so nobody sees another language or size for
// a moment. Without a copy for that language the page is taken out, and the app's script draws
// it as it always did.
//
// The page is drawn first and the app's script (data-main) and whole stylesheet (data-css) started
// after that frame: run before it, the script's loading and the hydration held the first frame
// back, and styling with every screen's rules cost ~7 ms of it. The "content-shown" mark
// is set after that frame, as bench/empty-tauri's shown.js does.
(function () {
  var me = document.currentScript;
  var main = me && me.getAttribute("data-main");
  var css = me && me.getAttribute("data-css");
  // The HTML carries only the start page's styles (scripts/prerender.mjs); the whole stylesheet,
  // every screen's, comes with the app's script.
  function start() {
    if (css) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = css;
      document.head.appendChild(link);
    }
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
  var root = document.documentElement;
  if (elder) root.classList.add("elder");
  root.lang = lang;
  if (app && app.getAttribute("data-prerendered") !== lang) {
    var copy = document.getElementById("prerendered-" + lang);
    if (copy) {
      app.textContent = "";
      app.appendChild(copy.content);
      app.setAttribute("data-prerendered", lang);
    }
  }
  // Elder mode's toggle shows itself pressed from the first frame (the page was rendered without).
  var toggle = elder && app && app.querySelector("[data-testid=elder-toggle]");
  if (toggle) {
    toggle.setAttribute("aria-pressed", "true");
    var mark = toggle.querySelector("[data-on]");
    if (mark) mark.textContent = mark.getAttribute("data-on");
  }
  var templates = document.querySelectorAll("template[id^='prerendered-']");
  for (var i = 0; i < templates.length; i++) templates[i].remove();
  if (!app || app.getAttribute("data-prerendered") !== lang) {
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
