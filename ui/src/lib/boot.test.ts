// public/boot.js decides, before the first frame, whether the prerendered zh-CN start page fits
// the saved display; main.ts then loads the display with loadDisplay. The two must agree, or a
// reader would see one language and then another (or hydration would meet a page in the wrong
// language). boot.js is a plain script, so it is run here against a stand-in document.
import { describe, expect, it } from "vitest";
import { loadDisplay } from "./settings";
import source from "../../public/boot.js?raw";

function boot(saved: string | null, prerendered = "zh-CN") {
  const attrs: Record<string, string> = { "data-prerendered": prerendered };
  const app = {
    textContent: "<header>…</header>",
    getAttribute: (k: string) => attrs[k] ?? null,
    removeAttribute: (k: string) => void delete attrs[k],
  };
  const frames: (() => void)[] = [];
  const marks: string[] = [];
  const started: string[] = [];
  const me = { getAttribute: (k: string) => (k === "data-main" ? "/assets/index.js" : null) };
  const env = {
    document: {
      currentScript: me,
      getElementById: (id: string) => (id === "app" ? app : null),
      createElement: () => ({}),
      head: { appendChild: (s: { src: string; type: string }) => started.push(`${s.type} ${s.src}`) },
    },
    localStorage: { getItem: (k: string) => (k === "yidi.display" ? saved : null) },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void) => f(),
    performance: { getEntriesByName: (n: string) => marks.filter((m) => m === n), mark: (n: string) => marks.push(n) },
  };
  new Function(...Object.keys(env), source)(...Object.values(env));
  const startedBeforeFrame = started.length > 0;
  frames.forEach((f) => f());
  return { kept: "data-prerendered" in attrs, emptied: app.textContent === "", marks, started, startedBeforeFrame };
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
  '{"lang":"en-US","elder":false}',
  '{"lang":"fr-FR","elder":false}',
  '{"lang":"fr-FR","elder":true}',
  '{"lang":["zh-CN"]}',
  '{"elder":true}',
];

describe("boot.js", () => {
  it.each(cases)("keeps the zh-CN page exactly when loadDisplay gives zh-CN without elder mode: %s", (saved) => {
    const display = loadDisplay({ getItem: () => saved });
    const fits = display.lang === "zh-CN" && !display.elder;
    const result = boot(saved);
    expect(result.kept).toBe(fits);
    expect(result.emptied).toBe(!fits);
    // The page shown is marked once, after a frame; a page taken out is marked by main.ts later.
    expect(result.marks).toEqual(fits ? ["content-shown"] : []);
    // The app's script starts once either way: after the first frame for the page kept, at once
    // for a page taken out (nothing to draw before it).
    expect(result.started).toEqual(["module /assets/index.js"]);
    expect(result.startedBeforeFrame).toBe(!fits);
  });

  it("takes out a page prerendered in another language than the saved one", () => {
    expect(boot('{"lang":"zh-TW"}', "zh-TW").kept).toBe(true);
    expect(boot('{"lang":"zh-CN"}', "zh-TW").kept).toBe(false);
    expect(boot(null, "en-US").kept).toBe(false);
  });
});
