// Builds the `bulletin` command into out/cli/bulletin.mjs (and the import's worker beside it); runtime dependencies stay external.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      // the import's worker thread is a script of its own, beside bulletin.mjs (electron/services/pageParse.ts)
      input: { bulletin: 'electron/cli/bulletin.ts', pageParseWorker: 'electron/services/pageParseWorker.ts' },
      output: { entryFileNames: '[name].mjs', format: 'es' },
    },
  },
});
