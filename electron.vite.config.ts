// Builds the Electron app: main process → out/main, sandboxed preload (one CommonJS file) → out/preload, React renderer → out/renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      sourcemap: false,
      // runtime dependencies (zod, chokidar, …) stay external and ship in the package's node_modules
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      sourcemap: false,
      // a sandboxed preload can require only 'electron' itself: everything else is bundled into one CommonJS file
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    // Fast Refresh injects an inline script that the page's CSP (no inline script) refuses; reload by hand in dev.
    server: { hmr: false },
    build: {
      outDir: resolve(root, 'out/renderer'),
      sourcemap: false,
      // electron-vite leaves the renderer unminified: 1.2 MB of script to parse before the first story opens
      minify: true,
      // one script for a page loaded from the disk or loopback is intended: no chunking warning for it
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
