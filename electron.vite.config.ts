// Builds the Electron app: main process → out/main, sandboxed preload (one CommonJS file) → out/preload, React renderer → out/renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The page's entry is small (bridge, shortcuts, the first calls) and imports the app's script dynamically; this
 * names that script and what it imports in index.html as modulepreload links, so the browser fetches and compiles
 * them while the entry runs instead of after it.
 */
function preloadTheApp(): Plugin {
  return {
    name: 'bulletin-desk:preload-the-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return [];
        const files: string[] = [];
        const add = (file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || file === entry.fileName || files.includes(file)) return;
          files.push(file);
          for (const imported of chunk.imports) add(imported);
        };
        // the entry's dynamic imports are the app itself (the workspaces are imported by the app, later)
        for (const file of entry.dynamicImports) add(file);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      sourcemap: false,
      // runtime dependencies (zod, chokidar, …) stay external and ship in the package's node_modules
      rolldownOptions: {
        // the import's worker thread is a script of its own, beside index.js (electron/services/pageParse.ts)
        input: { index: resolve(root, 'electron/main/index.ts'), pageParseWorker: resolve(root, 'electron/services/pageParseWorker.ts') },
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
    plugins: [react(), preloadTheApp()],
    // Fast Refresh injects an inline script that the page's CSP (no inline script) refuses; reload by hand in dev.
    server: { hmr: false },
    build: {
      outDir: resolve(root, 'out/renderer'),
      sourcemap: process.env.BENCH_SOURCEMAP === '1',
      // electron-vite leaves the renderer unminified: 1.2 MB of script to parse before the first story opens
      minify: true,
      // the app's script is needed whole before the first story opens: no warning for its size
      chunkSizeWarningLimit: 1024,
      // one stylesheet, named in index.html: the app's script and the workspaces loaded later wait for no CSS
      cssCodeSplit: false,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        // React and Lexical apart from the app's own script: three files parsed side by side as they arrive (V8
        // streams each on a thread of its own), where one file of 615 KB was parsed on one thread while the page
        // waited; the desk is drawn ≈ 50 ms sooner on two cores (docs/DESIGN.md, "Load time")
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'lexical', test: /node_modules[\\/](lexical|@lexical)[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
