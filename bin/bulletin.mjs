#!/usr/bin/env node
// The `bulletin` command's launcher: runs the built command, or says how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/bulletin.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('bulletin: the command is not built yet. Run `npm run build` (npm ci and npm install do it for you).\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
