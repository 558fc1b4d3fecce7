// Library benchmarks in Node: 10,000 stories listed cold (no index) and warm (index), searched, and one story saved.
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { INDEX_FILE } from '../../electron/services/library/catalogEntries';
import { Library } from '../../electron/services/library/library';
import { SearchIndex } from '../../electron/services/library/search';
import { SEARCH_FILE } from '../../electron/services/library/searchFile';
import { openDesk } from '../../electron/services/desk';
import { storyFileName } from '../../electron/services/storyFiles';
import { serializeStory } from '../../shared/storyFile';
import { newStory, type Story } from '../../shared/story';
import { makeStories, seeded } from './corpus';
import { median, ms, percentile, ratio, samplesOf, type Metrics } from './stats';

const LIBRARY_SIZE = 10_000;

/** A folder of `count` story files written straight to disk (not through the library). */
export function writeLibrary(count: number, folder = mkdtempSync(path.join(tmpdir(), 'bench-library-'))): { folder: string; stories: Story[] } {
  // ids whose first 8 characters differ, as real ones do (the file name carries them)
  const stories = makeStories(count, 11).map((s, i) => ({ ...s, id: `${i.toString(16).padStart(8, '0')}-bench` }));
  for (const s of stories) writeFileSync(path.join(folder, storyFileName(s)), serializeStory(s));
  return { folder, stories };
}

async function listOnce(folder: string): Promise<number> {
  const start = performance.now();
  const library = new Library(folder);
  await library.open();
  const listing = await library.list();
  const took = performance.now() - start;
  if (listing.stories.length !== LIBRARY_SIZE) throw new Error(`listed ${listing.stories.length} of ${LIBRARY_SIZE} stories`);
  return took;
}

/** Opens the desk on the library, lists it as the window does at start, and times the search sent right after. */
async function firstSearchAfterStart(folder: string): Promise<number> {
  const userData = mkdtempSync(path.join(tmpdir(), 'bench-desk-'));
  const desk = await openDesk({ userDataFolder: userData, libraryFolder: folder, host: 'browser', version: 'bench' });
  try {
    const listing = await desk.service['library.list']({});
    if (listing.stories.length !== LIBRARY_SIZE) throw new Error(`listed ${listing.stories.length} of ${LIBRARY_SIZE} stories`);
    const start = performance.now();
    const { ids } = await desk.service['library.search']({ query: '消防' });
    const took = performance.now() - start;
    if (ids.length === 0) throw new Error('the first search found nothing');
    return took;
  } finally {
    await desk.close();
    rmSync(userData, { recursive: true, force: true });
  }
}

export async function libraryMetrics(metrics: Metrics): Promise<void> {
  const { folder, stories } = writeLibrary(LIBRARY_SIZE);
  try {
    // cold: a library opened with no catalog reads every file; warm: a restart with `.index.json` in place
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      rmSync(path.join(folder, INDEX_FILE), { force: true });
      cold.push(await listOnce(folder));
    }
    metrics['library.list_10k_cold_ms'] = ms(median(cold));
    const warm: number[] = [];
    for (let i = 0; i < 7; i++) warm.push(await listOnce(folder));
    metrics['library.list_10k_warm_ms'] = ms(median(warm));

    // the first search as the reporter feels it: the app started (its desk, watcher and files on disk), the first
    // listing answered, then Ctrl+F at once. The first start has no `.search.json` yet (reads every story; kept
    // as a figure); the later ones are the app's everyday start.
    rmSync(path.join(folder, SEARCH_FILE), { force: true });
    metrics['library.search_first_cold_ms'] = ms(await firstSearchAfterStart(folder));
    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) firsts.push(await firstSearchAfterStart(folder));
    metrics['library.search_first_ms'] = ms(median(firsts));

    const library = new Library(folder);
    await library.open();
    await library.list();
    const search = new SearchIndex(library);
    const rnd = seeded(3);
    const words = stories.flatMap((s) => [s.headline.slice(0, 2), s.body[0]?.text.slice(6, 9) ?? '', s.byline[0]?.names[0] ?? '']).filter(Boolean);
    const queries = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? `${words[Math.floor(rnd() * words.length)]} ${words[Math.floor(rnd() * words.length)]}` : (words[Math.floor(rnd() * words.length)] as string)));
    const times = await samplesOf((i) => search.search(queries[Math.max(0, i)] as string), queries.length, 5);
    metrics['library.search_p95_ms'] = ms(percentile(times, 95));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await saveMetrics(metrics);
}

/** A story of about 20,000 characters of body. */
export function longStory(chars = 20_000, id = 'bench-long'): Story {
  const sentence = '县粮食局召开夏粮收购工作推进会，要求各收购网点开辟绿色通道，确保颗粒归仓。';
  const paragraphs: Story['body'] = [];
  let total = 0;
  while (total < chars) {
    const text = sentence.repeat(12).slice(0, Math.min(sentence.length * 12, chars - total));
    paragraphs.push({ type: 'paragraph', text });
    total += text.length;
  }
  return newStory({ headline: '三项举措护航夏粮收购', body: paragraphs }, { id });
}

/** Saves measured (after the warm-up): enough that the p95 is not the third-slowest of a few dozen. */
const SAVES = 200;
const SAVE_WARMUP = 10;

/** One durable write of `bytes` as a bare program would do it: open, write, fsync, close. */
async function bareWrite(file: string, bytes: string): Promise<number> {
  const start = performance.now();
  const handle = await openFile(file, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  return performance.now() - start;
}

/**
 * An atomic save through the library (lock, read and compare, temp file, fsync, rename, fsync the folder, the
 * catalog entry) against a bare durable write of the same bytes. Interleaved pair by pair, each first in turn, so
 * both see the same disk and load and neither always pays for the other's journal commit.
 */
export async function saveMetrics(metrics: Metrics): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-save-'));
  try {
    const library = new Library(folder);
    await library.open();
    let story = longStory();
    const created = await library.add(story);
    let base = created.revision;
    const bare = path.join(folder, 'bare.txt');
    const saves: number[] = [];
    const bareWrites: number[] = [];
    const save = async (): Promise<{ took: number; bytes: string }> => {
      const start = performance.now();
      const result = await library.save(story.id, story, base);
      const took = performance.now() - start;
      base = result.revision;
      return { took, bytes: serializeStory(result.saved) };
    };
    for (let i = -SAVE_WARMUP; i < SAVES; i++) {
      story = { ...story, notes: String(i) };
      let saved: number;
      let written: number;
      if (i % 2 === 0) {
        const s = await save();
        saved = s.took;
        written = await bareWrite(bare, s.bytes);
      } else {
        // the same bytes as the save before (a byte or two shorter or longer than this one's)
        written = await bareWrite(bare, serializeStory({ ...story, updatedAt: new Date().toISOString() }));
        saved = (await save()).took;
      }
      if (i >= 0) {
        saves.push(saved);
        bareWrites.push(written);
      }
    }
    unlinkSync(bare);
    const p95 = percentile(saves, 95);
    const bareP95 = percentile(bareWrites, 95);
    metrics['save.p95_ms'] = ms(p95);
    metrics['save.bare_p95_ms'] = ms(bareP95);
    metrics['save.ratio'] = ratio(p95 / bareP95);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
