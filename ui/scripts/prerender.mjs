// Writes the zh-CN start page into dist/index.html (see src/prerender.ts). The text is the
// core's own, saved in prerender/text.zh-CN.json by `yidi text --lang zh-CN`; the core's test
// `prerendered_text` fails when that file no longer matches the locales.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ui = fileURLToPath(new URL("..", import.meta.url));
const lang = "zh-CN";
const { renderStartPage } = await import(`${ui}dist-ssr/prerender.js`);
const map = JSON.parse(readFileSync(`${ui}prerender/text.${lang}.json`, "utf8"));
const body = renderStartPage(lang, map);

const file = `${ui}dist/index.html`;
let html = readFileSync(file, "utf8");
// The app's script is started by boot.js once the page has been drawn, not from <head>: run
// before the first frame, its loading and hydrating held that frame back (docs/performance.md).
const entry = html.match(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/);
if (!entry) throw new Error(`prerender: ${file} has no module script in <head>`);
html = html.replace(entry[0], "");
// Nor are its modules preloaded: the load event, which WebKit waits for before the first paint
// here, waited for them too (a few ms; the script fetches them itself once started).
html = html.replace(/<link rel="modulepreload"[^>]*>\s*/g, "");
const empty = '<div id="app"></div>';
if (!html.includes(empty)) throw new Error(`prerender: ${file} has no ${empty}`);
// boot.js (public/) runs right after the page: it keeps this copy only for a zh-CN reader
// without elder mode, sets the content-shown mark the way the empty benchmark app does, and
// starts the app's script.
const page = `<div id="app" data-prerendered="${lang}">${body}</div><script src="/boot.js" data-main="${entry[1]}"></script>`;
writeFileSync(file, html.replace(empty, page));
rmSync(`${ui}dist-ssr`, { recursive: true, force: true });
console.log(`prerender: ${lang} start page written into dist/index.html (${body.length} characters)`);
