// The loopback host's call bodies: every story key kept as data, UTF-8 checked, and a body that is slow to arrive cut off.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryFile, serializeStory, STORY_KEY_ORDER, type Story } from '../../shared/index';
import { useHostFixture } from './helpers/hostFixture';
import { rawRequest } from './helpers/hostHarness';

const f = useHostFixture();

const call = (name: string, body: string | Buffer) => rawRequest(f.port, 'POST', `/api/call/${name}`, f.auth(), body);

/** Keys that code building plain objects mistakes for Object.prototype's: each must stay a key of the story. */
const ODD_KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];

/** The story with the odd keys as own data properties (JSON.stringify writes an own `__proto__` like any key). */
function withOddKeys(story: Story): Story {
  const copy = JSON.parse(JSON.stringify(story)) as Record<string, unknown>;
  for (const [i, key] of ODD_KEYS.entries()) Object.defineProperty(copy, key, { value: { kept: i }, enumerable: true, writable: true, configurable: true });
  return copy as Story;
}

function expectOddKeys(value: object, what: string): void {
  for (const [i, key] of ODD_KEYS.entries()) {
    expect(Object.getOwnPropertyDescriptor(value, key)?.value, `${what}: ${key}`).toEqual({ kept: i });
  }
}

async function created(): Promise<{ story: Story; revision: string; file: string }> {
  const r = await call('story.create', JSON.stringify({ fields: { headline: '柳岸街道加装电梯' } }));
  expect(r.status).toBe(200);
  return JSON.parse(r.body).value;
}

describe('story keys named like Object.prototype’s, over HTTP', () => {
  it('story.save keeps __proto__, constructor, toString and hasOwnProperty as data, in the file and on reading', async () => {
    const { story, revision, file } = await created();
    const body = JSON.stringify({ id: story.id, story: withOddKeys({ ...story, notes: '改' }), baseRevision: revision });
    expect(body).toContain('"__proto__":{"kept":0}');
    const saved = await call('story.save', body);
    expect(saved.status).toBe(200);

    const text = readFileSync(path.join(f.library, file), 'utf8');
    const onDisk = JSON.parse(text) as Record<string, unknown>;
    expectOddKeys(onDisk, 'the file');
    expect(Object.keys(onDisk)).toEqual([...STORY_KEY_ORDER, ...[...ODD_KEYS].sort()]);
    // read and written again, the file is the same to the byte
    const reread = readStoryFile(text);
    expect(reread.ok && serializeStory(reread.value)).toBe(text);

    const read = await call('story.read', JSON.stringify({ id: story.id }));
    expectOddKeys(JSON.parse(read.body).value.story, 'story.read');
  });

  it('story.saveAsNew keeps them too', async () => {
    const { story } = await created();
    const r = await call('story.saveAsNew', JSON.stringify({ story: withOddKeys(story) }));
    expect(r.status).toBe(200);
    const { file } = JSON.parse(r.body).value;
    expectOddKeys(JSON.parse(readFileSync(path.join(f.library, file), 'utf8')), 'the new file');
  });
});
