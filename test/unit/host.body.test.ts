// The loopback host's call bodies: every story key kept as data, UTF-8 checked, and a body that is slow to arrive cut off.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
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
  for (const [i, key] of ODD_KEYS.entries())
    Object.defineProperty(copy, key, { value: { kept: i }, enumerable: true, writable: true, configurable: true });
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

/** A call whose body is sent as two chunks 50 ms apart (chunked transfer). */
function inTwoChunks(name: string, first: Buffer, second: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: f.port,
        method: 'POST',
        path: `/api/call/${name}`,
        headers: { host: `127.0.0.1:${f.port}`, ...f.auth() },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    req.write(first);
    setTimeout(() => req.end(second), 50);
  });
}

describe('call bodies that are not UTF-8', () => {
  const json = (...parts: Array<string | number[]>) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it.each([
    ['a character cut short (柳 without its last byte)', json('{"fields":{"headline":"', [0xe6, 0x9f], '岸"}}')],
    ['a byte that is never UTF-8', json('{"fields":{"headline":"', [0xff], '"}}')],
    ['an overlong "/"', json('{"fields":{"headline":"', [0xc0, 0xaf], '"}}')],
    ['a lone surrogate', json('{"fields":{"headline":"', [0xed, 0xa0, 0x80], '"}}')],
    [
      'GB18030 text',
      Buffer.concat([Buffer.from('{"fields":{"headline":"'), Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6]), Buffer.from('"}}')]),
    ],
  ])('refuses %s with 400 and a clear message, and writes nothing', async (_what, body) => {
    const r = await call('story.create', body);
    expect(r.status).toBe(400);
    const result = JSON.parse(r.body);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: 'story.create: the request is not valid UTF-8 text, so it was not read (nothing was saved)',
        reason: 'invalidInput',
      },
    });
    expect(f.storyFiles()).toEqual([]);
  });

  it('takes UTF-8 text, a character split between two chunks sent apart too', async () => {
    const r = await inTwoChunks('story.create', json('{"fields":{"headline":"柳岸街道', [0xe5]), json([0x8a, 0xa0], '装电梯"}}'));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).value.story.headline).toBe('柳岸街道加装电梯');
  });
});
