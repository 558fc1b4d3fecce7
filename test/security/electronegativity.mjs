#!/usr/bin/env node
// `npm run security`: electronegativity over the app's source (electron/main, electron/preload, renderer); fails on any
// finding of medium severity or above that .electronegativity-allow.json does not explain, on a file it cannot read,
// and on an allowlist entry that no longer matches a finding.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['electron/main', 'electron/preload', 'renderer'];
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|html|htm)$/;
const FAIL_FROM = 2; // electronegativity's severity values: 0 informational, 1 low, 2 medium, 3 high

const allow = JSON.parse(readFileSync(path.join(root, '.electronegativity-allow.json'), 'utf8'));
for (const entry of [...allow.excludedChecks, ...allow.findings]) {
  if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
    console.error(`security: every allowlist entry needs its reason: ${JSON.stringify(entry)}`);
    process.exit(1);
  }
}

// the scan runs in English whatever the machine's language (its messages are looked up by locale)
process.env.LANG = 'en-US';
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');
const electronVersion = require('electron/package.json').version;

// a copy of just the scanned folders: the loader scans a whole folder, and the repository holds node_modules and tests
const stage = mkdtempSync(path.join(tmpdir(), 'bulletin-desk-electronegativity-'));
let result;
try {
  for (const folder of SCANNED) {
    cpSync(path.join(root, folder), path.join(stage, folder), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}node_modules`) && (SOURCE.test(source) || !path.extname(source)),
    });
  }
  result = await run(
    {
      input: stage,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: allow.excludedChecks.map((c) => c.check.toLowerCase()),
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const relative = (file) => path.relative(stage, path.resolve(stage, file)).split(path.sep).join('/');
let failed = false;

const unreadable = result.errors.filter((e) => !e.tolerable);
for (const e of unreadable) {
  console.error(`security: electronegativity could not read ${relative(e.file)}: ${e.message}`);
  failed = true;
}

const used = new Set();
const serious = result.issues.filter((i) => i.severity.value >= FAIL_FROM);
for (const issue of serious) {
  const file = relative(issue.file);
  const where = `${file}:${issue.location.line}:${issue.location.column}`;
  const index = allow.findings.findIndex((a) => a.check === issue.id && a.file === file);
  if (index >= 0) {
    used.add(index);
    console.log(`allowed  ${issue.id} (${issue.severity.name}) ${where}: ${allow.findings[index].reason}`);
  } else {
    console.error(
      `FINDING  ${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${where}\n         ${issue.description} ${issue.shortenedURL}`,
    );
    failed = true;
  }
}
allow.findings.forEach((a, i) => {
  if (!used.has(i)) {
    console.error(`security: the allowlist entry ${a.check} for ${a.file} matches no finding any more: remove it`);
    failed = true;
  }
});

const minor = result.issues.length - serious.length;
console.log(
  `security: electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${electronVersion}) scanned ${SCANNED.join(', ')}: ` +
    `${serious.length} finding(s) of medium severity or above (${used.size} allowed), ${minor} below medium, ` +
    `${result.globalChecks + result.atomicChecks} checks; excluded: ${allow.excludedChecks.map((c) => c.check).join(', ') || 'none'}`,
);
process.exit(failed ? 1 : 0);
