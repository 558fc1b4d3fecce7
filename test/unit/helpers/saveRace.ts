// Two `bulletin serve` processes on one library saving the same story on the same revision at the same moment, round after round.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readStoryFile } from '../../../shared/storyFile';
import type { Story } from '../../../shared/story';
import { callServed, serveProcess, stopServed, type ServedProcess } from './serveProcess';

export interface RaceFigures {
  rounds: number;
  /** Rounds where both programs answered success: a lost update. */
  bothSaved: number;
  /** Rounds where the loser got the conflict path (with the version on disk). */
  conflicts: number;
  /** Rounds where the file held neither text that was acknowledged, or did not parse. */
  wrongFile: number;
  stopped: Array<{ code: number | null; ms: number }>;
}

const text = (story: Story, body: string): Story => ({ ...story, body: [{ type: 'paragraph', text: body }] });

export async function saveRace(rounds: number): Promise<RaceFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'race-'));
  const drafts = path.join(dir, 'drafts');
  const userData = path.join(dir, 'user-data');
  const servers: ServedProcess[] = [];
  const figures: RaceFigures = { rounds, bothSaved: 0, conflicts: 0, wrongFile: 0, stopped: [] };
  try {
    servers.push(await serveProcess(drafts, userData));
    servers.push(await serveProcess(drafts, userData));
    const [a, b] = servers as [ServedProcess, ServedProcess];
    const created = (await callServed(a, 'story.create', { fields: { headline: '两个程序同时保存' } })).result.value;
    let story: Story = created.story;
    let revision: string = created.revision;
    const file = path.join(drafts, created.file as string);
    // the second program knows the story (its watcher, or a read)
    await callServed(b, 'story.read', { id: story.id });
    for (let round = 0; round < rounds; round++) {
      const mine = text(story, `甲在第${round}轮写的。`);
      const theirs = text(story, `乙在第${round}轮写的。`);
      const [ra, rb] = await Promise.all([
        callServed(a, 'story.save', { id: story.id, story: mine, baseRevision: revision }),
        callServed(b, 'story.save', { id: story.id, story: theirs, baseRevision: revision }),
      ]);
      if (ra.result.ok && rb.result.ok) figures.bothSaved++;
      const loser = ra.result.ok ? rb : ra;
      if (!loser.result.ok && loser.result.error?.code === 'conflict' && loser.result.error?.current) figures.conflicts++;
      const onDisk = readStoryFile(readFileSync(file, 'utf8'));
      const winner = ra.result.ok ? mine : rb.result.ok ? theirs : undefined;
      if (!onDisk.ok || !winner || onDisk.value.body[0]?.text !== winner.body[0]?.text) figures.wrongFile++;
      if (!onDisk.ok) break;
      story = onDisk.value;
      revision = (ra.result.ok ? ra : rb).result.value?.revision ?? revision;
    }
  } finally {
    for (const s of servers) figures.stopped.push(await stopServed(s, 'SIGTERM'));
  }
  return figures;
}
