// "The first screen is shown": a performance mark set once, after the start page's text is in the
// page and one frame has been drawn with it. bench/app-start.py reads it to compare Yidi's start
// with an empty Tauri app (bench/empty-tauri sets the same mark the same way). When the start
// page came prerendered in the HTML, public/boot.js has already set it; this is the mark for a
// page drawn by script (another language, elder mode).
let marked = false;

export function markShown(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!performance.getEntriesByName("content-shown").length) performance.mark("content-shown");
    }),
  );
}

/** The page answers input from now on: hydrated or mounted. `data-ready` on the app's element
 * is what the end-to-end tests wait for; "app-ready" is the mark bench/app-start.py prints
 * beside "content-shown". */
export function markReady(target: HTMLElement): void {
  target.dataset.ready = "true";
  performance.mark("app-ready");
}
