import { mount } from "svelte";
import App from "./App.svelte";
import { texts } from "./lib/i18n.svelte";
import { loadDisplay } from "./lib/settings";
import "./styles.css";

// The start page is drawn once, with its words: the interface text is asked for first and the
// page mounted when it is here (one IPC call, a few milliseconds). Mounting first drew the page
// with message ids, then laid it all out again with the text, and the reply waited behind that
// first drawing (docs/performance.md). If the text cannot be had, the page mounts anyway and
// says why (App asks again and shows the error).
const target = document.getElementById("app");
const lang = loadDisplay(globalThis.localStorage).lang;
void texts
  .load(lang)
  .catch(() => {})
  .finally(() => {
    if (target) mount(App, { target });
  });
