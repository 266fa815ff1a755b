// Writes the start page into dist/index.html (see src/prerender.ts), in each language whose text
// is saved under prerender/ (`yidi text --lang <lang>`; the core's test `prerendered_text`
// fails when a saved copy no longer matches the locales). zh-CN, the default, is the page
// itself; the others follow it as <template>s, which public/boot.js swaps in before the first
// frame for a reader who saved that language.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Beasties from "beasties";

const ui = fileURLToPath(new URL("..", import.meta.url));
const first = "zh-CN";
const { renderStartPage } = await import(`${ui}dist-ssr/prerender.js`);
const langs = readdirSync(`${ui}prerender`)
  .map((name) => name.match(/^text\.(.+)\.json$/)?.[1])
  .filter((lang) => lang !== undefined)
  .sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)));
if (langs[0] !== first) throw new Error(`prerender: no prerender/text.${first}.json`);
const pages = langs.map((lang) => {
  const map = JSON.parse(readFileSync(`${ui}prerender/text.${lang}.json`, "utf8"));
  return { lang, body: renderStartPage(lang, map) };
});

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
const sheet = html.match(/<link rel="stylesheet" crossorigin href="([^"]+)">/);
if (!sheet) throw new Error(`prerender: ${file} has no stylesheet link`);
const empty = '<div id="app"></div>';
if (!html.includes(empty)) throw new Error(`prerender: ${file} has no ${empty}`);
// boot.js (public/) runs right after the pages: it keeps or swaps in the one for the saved
// language (elder mode is a class on <html>), sets the content-shown mark the way the empty
// benchmark app does, and starts the app's script.
const [main, ...others] = pages;
const page =
  `<div id="app" data-prerendered="${main.lang}">${main.body}</div>` +
  others.map((p) => `<template id="prerendered-${p.lang}">${p.body}</template>`).join("") +
  `<script src="/boot.js" data-main="${entry[1]}" data-css="${sheet[1]}"></script>`;
html = html.replace(empty, page);

// Only the start page's rules are linked from the HTML (beasties matches every rule of the
// stylesheet against the prerendered pages): WebKit styled the whole 47 kB stylesheet, every
// screen's rules, before the first frame. The rules that depend on what boot.js sets before that
// frame (elder mode, the language, desk mode) are kept whatever the HTML holds. The whole
// stylesheet is linked by boot.js with the app's script, after the first frame.
const beasties = new Beasties({
  path: `${ui}dist`,
  publicPath: "/",
  preload: "body",
  pruneSource: false,
  reduceInlineStyles: false,
  allowRules: [/\.elder\b/, /\.desk\b/, /:lang\(/, /::-webkit-scrollbar/],
  logLevel: "warn",
});
html = await beasties.process(html);
// beasties moves the stylesheet's link to the end of <body>; boot.js links it instead.
const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
if (links.length !== 1 || !links[0].includes(sheet[1])) throw new Error(`prerender: unexpected stylesheet links ${links}`);
html = html.replace(links[0], "");
// The start page's rules go in a file of their own, linked from <head>, not in a <style>: Tauri
// adds a hash of every inline style to the CSP's style-src, and a hash there switches off its
// 'unsafe-inline', which style attributes and styles added by script need.
const inline = html.match(/<style>([\s\S]*?)<\/style>/);
if (!inline || html.match(/<style>/g).length !== 1) throw new Error("prerender: expected one inlined <style>");
const name = `assets/start-${createHash("sha256").update(inline[1]).digest("hex").slice(0, 8)}.css`;
writeFileSync(`${ui}dist/${name}`, inline[1]);
html = html.replace(inline[0], `<link rel="stylesheet" href="/${name}">`);
if (/<style|<script(?![^>]*\ssrc=)/.test(html)) throw new Error("prerender: an inline <style> or <script> would change the CSP");
writeFileSync(file, html);
rmSync(`${ui}dist-ssr`, { recursive: true, force: true });
console.log(`prerender: start page in ${langs.join(", ")} written into dist/index.html`);
