// "The first screen is shown": a performance mark set once, after the start page's text is in the
// page and one frame has been drawn with it. bench/app-start.py reads it to compare Yidi's start
// with an empty Tauri app (bench/empty-tauri sets the same mark the same way).
let marked = false;

export function markShown(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark("content-shown")));
}
