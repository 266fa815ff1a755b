import { hydrate, mount } from "svelte";
import App from "./App.svelte";
import { texts } from "./lib/i18n.svelte";
import { loadDisplay } from "./lib/settings";
import { markReady } from "./lib/shown";
import "./styles.css";

// The HTML already carries the zh-CN start page (scripts/prerender.mjs); public/boot.js took it
// out if the saved display is another language or elder mode. Either way the interface text is
// asked for first (one IPC call, a few milliseconds), then the page is hydrated — made live
// where it stands — or drawn once with its words. Drawing before the text arrived laid the page
// out twice (docs/performance.md). If the text cannot be had, the page is drawn anyway and says
// why (App asks again and shows the error).
const target = document.getElementById("app");
const lang = loadDisplay(globalThis.localStorage).lang;
void texts
  .load(lang)
  .catch(() => {})
  .finally(() => {
    if (!target) return;
    if (texts.loaded && target.dataset.prerendered === texts.lang) {
      hydrate(App, { target });
    } else {
      target.removeAttribute("data-prerendered");
      target.textContent = "";
      mount(App, { target });
    }
    markReady(target);
  });
