import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The webview loads the built files from ui/dist (tauri.conf.json: frontendDist).
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { target: "safari15", outDir: "dist", emptyOutDir: true },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});
