#!/usr/bin/env node
// `npm start`: today the story core and the `bulletin` command exist; the app's window comes with the editor.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

process.stdout.write(
  'Bulletin Desk: the story core and the `bulletin` command are ready; the app window (Electron, or the\n' +
    'browser host `bulletin serve`) is not built yet. Meanwhile, work with pages and drafts like this:\n\n',
);
const bin = fileURLToPath(new URL('./bulletin.mjs', import.meta.url));
spawnSync(process.execPath, [bin, 'help'], { stdio: 'inherit' });
