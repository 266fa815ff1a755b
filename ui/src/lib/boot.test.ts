// public/boot.js decides, before the first frame, which prerendered start page fits the saved
// display; main.ts then loads the display with loadDisplay and hydrates that page. The two must
// agree, or a reader would see one language (or size) and then another, or hydration would meet
// a page in the wrong language. boot.js is a plain script, so it is run here against a stand-in
// document: #app holding the zh-CN page and templates for the languages given.
import { describe, expect, it } from "vitest";
import { loadDisplay } from "./settings";
import { LANGS } from "./types";
import source from "../../public/boot.js?raw";

function boot(saved: string | null, templates: string[] = ["zh-TW", "en-US"]) {
  const attrs: Record<string, string> = { "data-prerendered": "zh-CN" };
  const app = {
    textContent: "zh-CN page",
    getAttribute: (k: string) => attrs[k] ?? null,
    setAttribute: (k: string, v: string) => void (attrs[k] = v),
    removeAttribute: (k: string) => void delete attrs[k],
    appendChild: (content: { page: string }) => void (app.textContent += content.page),
    querySelector: (css: string) => (css === "[data-testid=elder-toggle]" ? toggle : null),
  };
  const toggleAttrs: Record<string, string> = { "aria-pressed": "false" };
  const mark = { textContent: "○", getAttribute: (k: string) => (k === "data-on" ? "◉" : null) };
  const toggle = {
    setAttribute: (k: string, v: string) => void (toggleAttrs[k] = v),
    querySelector: (css: string) => (css === "[data-on]" ? mark : null),
  };
  let present = [...templates];
  const template = (lang: string) => ({ content: { page: `${lang} page` }, remove: () => void (present = present.filter((l) => l !== lang)) });
  const classes = new Set<string>();
  const root = { lang: "zh-CN", classList: { add: (c: string) => void classes.add(c) } };
  const started: string[] = [];
  const frames: (() => void)[] = [];
  const marks: string[] = [];
  const env = {
    document: {
      currentScript: {
        getAttribute: (k: string) => (k === "data-main" ? "/assets/index.js" : k === "data-css" ? "/assets/index.css" : null),
      },
      documentElement: root,
      getElementById: (id: string) =>
        id === "app" ? app : present.includes(id.replace("prerendered-", "")) ? template(id.replace("prerendered-", "")) : null,
      querySelectorAll: () => present.map(template),
      createElement: () => ({}),
      head: {
        appendChild: (e: { src?: string; type?: string; rel?: string; href?: string }) =>
          started.push(e.rel ? `${e.rel} ${e.href}` : `${e.type} ${e.src}`),
      },
    },
    localStorage: { getItem: (k: string) => (k === "yidi.display" ? saved : null) },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void) => f(),
    performance: { getEntriesByName: (n: string) => marks.filter((m) => m === n), mark: (n: string) => marks.push(n) },
  };
  new Function(...Object.keys(env), source)(...Object.values(env));
  const startedBeforeFrame = started.length > 0;
  frames.forEach((f) => f());
  return {
    page: app.textContent,
    prerendered: attrs["data-prerendered"] ?? null,
    elder: classes.has("elder"),
    toggle: `${toggleAttrs["aria-pressed"]} ${mark.textContent}`,
    lang: root.lang,
    templatesLeft: present,
    marks,
    started,
    startedBeforeFrame,
  };
}

const cases: (string | null)[] = [
  null,
  "",
  "not json",
  "5",
  "null",
  '{"lang":"zh-CN","elder":false}',
  '{"lang":"zh-CN"}',
  '{"lang":"zh-CN","elder":true}',
  '{"lang":"zh-CN","elder":"true"}',
  '{"lang":"zh-TW","elder":false}',
  '{"lang":"zh-TW","elder":true}',
  '{"lang":"en-US","elder":false}',
  '{"lang":"fr-FR","elder":false}',
  '{"lang":"fr-FR","elder":true}',
  '{"lang":["zh-CN"]}',
  '{"elder":true}',
];

describe("boot.js", () => {
  it.each(cases)("shows the page in the language and size loadDisplay gives: %s", (saved) => {
    const display = loadDisplay({ getItem: () => saved });
    const result = boot(saved);
    expect(result.prerendered).toBe(display.lang);
    expect(result.page).toBe(display.lang === "zh-CN" ? "zh-CN page" : `${display.lang} page`);
    expect(result.lang).toBe(display.lang);
    expect(result.elder).toBe(display.elder);
    expect(result.toggle).toBe(display.elder ? "true ◉" : "false ○");
    // The copies not used are dropped; the page shown is marked once, after a frame, and the
    // app's script starts after that frame.
    expect(result.templatesLeft).toEqual([]);
    expect(result.marks).toEqual(["content-shown"]);
    expect(result.started).toEqual(["stylesheet /assets/index.css", "module /assets/index.js"]);
    expect(result.startedBeforeFrame).toBe(false);
  });

  it("without a copy in the saved language takes the page out and starts the script at once", () => {
    const result = boot('{"lang":"en-US"}', ["zh-TW"]);
    expect(result.prerendered).toBeNull();
    expect(result.page).toBe("");
    expect(result.lang).toBe("en-US");
    expect(result.marks).toEqual([]);
    expect(result.startedBeforeFrame).toBe(true);
  });

  it("knows the same languages as the app", () => {
    for (const lang of LANGS) expect(source).toContain(`"${lang}"`);
  });
});
