import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Run from the repository root: `vite build --config web/vite.config.ts` writes web/dist, which the server serves.
const webRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: webRoot,
  // Vite's own esbuild compiles the JSX; no React plugin is needed.
  esbuild: { jsx: "automatic" },
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      // react-router ships "use client" directives, meaningless in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  server: {
    proxy: { "/api": { target: "http://localhost:3000" } },
  },
});
