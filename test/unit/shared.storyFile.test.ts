// The story file (format version 2, with photos): reading with field-named errors, newer versions, migration from 1, stable writing.
import { describe, expect, it } from 'vitest';
import {
  STORY_KEY_ORDER,
  STORY_MIGRATIONS,
  VERSION_1_PHOTOS_KEY,
  migrate,
  readBulletinFile,
  readStoryFile,
  serializeBulletin,
  serializeStory,
  type Story,
} from '../../shared/index';
import { by, p, story, sub, T0 } from './helpers';

function sample(): Story {
  return story({
    status: 'ready',
    kicker: '柳岸街道',
    headline: '老旧小区加装电梯签约仪式举行',
    subheadline: '首批六个楼栋将在年内完工，惠及住户一百余户',
    dateline: '本报讯',
    byline: [by('记者', ['周晓晴']), by('通讯员', ['马远航', '邱禾'], '文/图')],
    bylinePosition: 'inline',
    body: [p('3月12日上午，柳岸街道举行老旧小区加装电梯签约仪式。'), sub('居民自愿出资'), p('费用由居民和财政共同承担。')],
    notes: '待核实楼栋数',
  });
}

/** A valid file as a plain object, to spoil one field at a time. */
function doc(): Record<string, unknown> {
  return JSON.parse(serializeStory(sample())) as Record<string, unknown>;
}

function errorOf(data: unknown): string {
  const r = readStoryFile(JSON.stringify(data));
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

describe('readStoryFile', () => {
  it('reads a valid story back as it was written', () => {
    const s = sample();
    const r = readStoryFile(serializeStory(s));
    expect(r).toEqual({ ok: true, value: s });
  });

  it('reads a file that starts with a byte order mark', () => {
    const r = readStoryFile(`\ufeff${serializeStory(sample())}`);
    expect(r.ok).toBe(true);
  });

  it('names the field when byline[1].names is a string', () => {
    const d = doc();
    (d.byline as Array<Record<string, unknown>>)[1]!.names = '马远航';
    const error = errorOf(d);
    expect(error.startsWith('byline[1].names:')).toBe(true);
    expect(error).toBe('byline[1].names: expected a list of names');
  });

  it.each([
    ['headline', 42, /^headline: /],
    ['status', 'published', /^status: /],
    ['bylinePosition', 'middle', /^bylinePosition: /],
    ['body', 'text', /^body: /],
    ['createdAt', 'yesterday', /^createdAt: /],
    ['id', '', /^id: /],
    ['notes', null, /^notes: /],
  ])('names the field %s when it holds %j', (field, value, pattern) => {
    const d = doc();
    d[field] = value;
    expect(errorOf(d)).toMatch(pattern);
  });

  it('names the block and its field in the body', () => {
    const d = doc();
    (d.body as Array<Record<string, unknown>>)[2]!.type = 'quote';
    expect(errorOf(d)).toMatch(/^body\[2\]\.type: /);
  });

  it('refuses a line break in a one-line field, naming the field', () => {
    const d = doc();
    d.headline = '老旧小区加装电梯\n签约仪式举行';
    expect(errorOf(d)).toMatch(/^headline: .*one line/);
  });

  it('names a missing field', () => {
    const d = doc();
    delete d.dateline;
    expect(errorOf(d)).toMatch(/^dateline: /);
  });

  it('reads a contributor without credit as credit ""', () => {
    const d = doc();
    delete (d.byline as Array<Record<string, unknown>>)[0]!.credit;
    const r = readStoryFile(JSON.stringify(d));
    expect(r.ok && r.value.byline[0]).toEqual({ role: '记者', names: ['周晓晴'], credit: '' });
  });

  it('says a file from version 3 was made by a newer Bulletin Desk, and flags it as newer', () => {
    const d = doc();
    d.version = 3;
    const r = readStoryFile(JSON.stringify(d));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('made by a newer Bulletin Desk, version 3');
    expect(r.newer).toBe(true);
  });

  it('does not try to migrate a newer file down, whatever steps it is given', () => {
    const d = doc();
    d.version = 3;
    let called = false;
    const r = readStoryFile(JSON.stringify(d), { 2: (x) => ((called = true), x), 3: (x) => ((called = true), x) });
    expect(r.ok).toBe(false);
    expect(called).toBe(false);
    expect(!r.ok && r.newer).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    const r = readStoryFile('{"format": "bulletin-desk/story", ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^not valid JSON/);
    expect(!r.ok && r.newer).toBeFalsy();
  });

  it.each([['[]'], ['"a story"'], ['null'], ['7']])('refuses JSON that is not an object: %s', (text) => {
    const r = readStoryFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/expected a JSON object/);
  });

  it('refuses a file of another format, naming what it found', () => {
    const d = doc();
    d.format = 'bulletin-desk/bulletin';
    expect(errorOf(d)).toBe('format: expected "bulletin-desk/story", found "bulletin-desk/bulletin"');
    delete d.format;
    expect(errorOf(d)).toBe('format: expected "bulletin-desk/story", found none');
  });

  it.each([[0], [1.5], ['1'], [null]])('refuses version %j', (version) => {
    const d = doc();
    d.version = version;
    expect(errorOf(d)).toMatch(/^version: /);
  });

  it('keeps keys it does not know', () => {
    const d = doc();
    d.wordTarget = 300;
    d.aFutureField = { x: 1 };
    const r = readStoryFile(JSON.stringify(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.value as Record<string, unknown>).wordTarget).toBe(300);
    expect((r.value as Record<string, unknown>).aFutureField).toEqual({ x: 1 });
    // and writes them back, after the known keys
    const keys = Object.keys(JSON.parse(serializeStory(r.value)) as object);
    expect(keys).toEqual([...STORY_KEY_ORDER, 'aFutureField', 'wordTarget']);
  });

  it('does not apply migration steps to a file of the current version', () => {
    let called = false;
    const r = readStoryFile(serializeStory(sample()), { 1: (x) => ((called = true), x), 2: (x) => ((called = true), x) });
    expect(r.ok).toBe(true);
    expect(called).toBe(false);
  });

  it('has one migration step, from version 1 to 2 (photos)', () => {
    expect(Object.keys(STORY_MIGRATIONS)).toEqual(['1']);
  });
});

describe('version 2: photos', () => {
  const PHOTO = { file: `${'0a'.repeat(32)}.jpg`, caption: '收购现场', credit: '记者 李明 摄', width: 4000, height: 3000 };

  /** The sample as the version 1 app wrote it. */
  function version1(): Record<string, unknown> {
    const d = doc();
    d.version = 1;
    delete d.photos;
    return d;
  }

  it('reads a version 1 file as version 2 with no photos, every other field as it was', () => {
    const old = version1();
    const r = readStoryFile(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ ...old, version: 2, photos: [] });
    // written back, it is the version 2 file
    const current = readStoryFile(JSON.stringify({ ...old, version: 2, photos: [] }));
    expect(current.ok && serializeStory(r.value)).toBe(current.ok && serializeStory(current.value));
  });

  it('keeps a version 1 file’s own key named photos (the app had none then) under another name, never dropped', () => {
    const d = version1();
    d.photos = ['a note someone kept'];
    const r = readStoryFile(JSON.stringify(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.photos).toEqual([]);
    expect((r.value as Record<string, unknown>)[VERSION_1_PHOTOS_KEY]).toEqual(['a note someone kept']);
  });

  it('reads a version 2 file with no photos key as having none', () => {
    const d = doc();
    delete d.photos;
    const r = readStoryFile(JSON.stringify(d));
    expect(r.ok && r.value.photos).toEqual([]);
  });

  it('writes a photo’s keys in a stable order after the body, and reads it back', () => {
    const s = { ...sample(), photos: [{ ...PHOTO, taken: '2024-05-08T09:30:00' }, PHOTO] };
    const text = serializeStory(s);
    const saved = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(saved).slice(-3)).toEqual(['body', 'photos', 'notes']);
    expect(Object.keys((saved.photos as object[])[0] as object)).toEqual(['file', 'caption', 'credit', 'width', 'height', 'taken']);
    const r = readStoryFile(text);
    expect(r.ok && r.value.photos).toEqual(s.photos);
  });

  it.each([
    [{ file: '../../etc/passwd' }, 'photos[0].file: expected a photo file name'],
    [{ file: `/tmp/${'0a'.repeat(32)}.jpg` }, 'photos[0].file: expected a photo file name'],
    [{ file: `${'0a'.repeat(32)}.gif` }, 'photos[0].file: expected a photo file name'],
    [{ caption: '第一行\n第二行' }, 'photos[0].caption: the caption must be one line'],
    [{ credit: '记者\u2028李明' }, 'photos[0].credit: the credit must be one line'],
    [{ width: 0 }, 'photos[0].width: expected the width in pixels, more than 0'],
    [{ height: 1.5 }, 'photos[0].height: expected the height in whole pixels'],
    [{ width: '4000' }, 'photos[0].width: expected the width in pixels'],
  ])('refuses a photo with %j, naming the field', (change, message) => {
    const d = doc();
    d.photos = [{ ...PHOTO, ...change }];
    expect(errorOf(d)).toContain(message);
  });
});

describe('migrate', () => {
  const steps = {
    1: (d: Record<string, unknown>) => ({ ...d, headline: `${String(d.title)}`, title: undefined }),
    2: (d: Record<string, unknown>) => ({ ...d, steps: [...((d.steps as string[]) ?? []), '2->3'] }),
  };

  it('applies the steps from one version to the next in order and sets each new version', () => {
    const r = migrate({ version: 1, title: '旧标题' }, 1, 3, steps);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(3);
    expect(r.value.headline).toBe('旧标题');
    expect(r.value.steps).toEqual(['2->3']);
  });

  it('sets the version even when a step forgets to', () => {
    const r = migrate({ version: 1 }, 1, 2, { 1: (d) => ({ ...d, version: 1 }) });
    expect(r.ok && r.value.version).toBe(2);
  });

  it("starts at the file's own version", () => {
    const order: number[] = [];
    const r = migrate({ version: 2 }, 2, 4, {
      1: (d) => (order.push(1), d),
      2: (d) => (order.push(2), d),
      3: (d) => (order.push(3), d),
    });
    expect(r.ok).toBe(true);
    expect(order).toEqual([2, 3]);
  });

  it('does nothing from a version to itself', () => {
    const d = { version: 1, a: 1 };
    expect(migrate(d, 1, 1, {})).toEqual({ ok: true, value: d });
  });

  it('refuses when a step is missing, naming the versions', () => {
    const r = migrate({ version: 1 }, 1, 3, { 1: (d) => d });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe('version 2 cannot be read: no migration to version 3');
  });

  it('does not change the document it was given', () => {
    const d = { version: 1, title: '旧标题' };
    migrate(d, 1, 3, steps);
    expect(d).toEqual({ version: 1, title: '旧标题' });
  });
});

describe('serializeStory', () => {
  it('writes the keys in the stable order of the file format, pretty-printed, ending in a newline', () => {
    const text = serializeStory(sample());
    expect(Object.keys(JSON.parse(text) as object)).toEqual([...STORY_KEY_ORDER]);
    expect(STORY_KEY_ORDER).toEqual([
      'format',
      'version',
      'id',
      'createdAt',
      'updatedAt',
      'status',
      'kicker',
      'headline',
      'subheadline',
      'dateline',
      'byline',
      'bylinePosition',
      'body',
      'photos',
      'notes',
    ]);
    expect(text.startsWith('{\n  "format": "bulletin-desk/story",\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"role": "通讯员",\n      "names": [\n        "马远航",\n        "邱禾"\n      ],\n      "credit": "文/图"');
  });

  it("gives the same text whatever order the object's keys are in", () => {
    const s = sample();
    const shuffled = Object.fromEntries(Object.entries(s).reverse()) as Story;
    shuffled.byline = s.byline.map((c) => ({ credit: c.credit, names: c.names, role: c.role }));
    shuffled.body = s.body.map((b) => ({ text: b.text, type: b.type }));
    expect(serializeStory(shuffled)).toBe(serializeStory(s));
  });

  it('round-trips: read(serialize(s)) is s, and serialize(read(text)) is text', () => {
    const s = sample();
    const text = serializeStory(s);
    const r = readStoryFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(s);
    expect(serializeStory(r.value)).toBe(text);
  });

  it('writes Chinese text as it is, not as \\u escapes', () => {
    expect(serializeStory(sample())).toContain('"kicker": "柳岸街道"');
  });
});

describe('keys named like Object.prototype’s own', () => {
  const ODD_KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];

  /** A file as serializeStory writes it, with the odd keys after the known ones (sorted), written by hand. */
  function fileWithOddKeys(): string {
    const lines = serializeStory(sample()).trimEnd().slice(0, -2).split('\n');
    const extra = ODD_KEYS.map((key, i) => `  ${JSON.stringify(key)}: {\n    "kept": ${i}\n  }`);
    return `${[...lines.slice(0, -1), `${lines.at(-1)},`, extra.join(',\n')].join('\n')}\n}\n`;
  }

  it('reads them as data (own keys, the prototype untouched) and writes the file back byte for byte', () => {
    const text = fileWithOddKeys();
    const r = readStoryFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.value as Record<string, unknown>;
    for (const [i, key] of ODD_KEYS.entries()) {
      expect(Object.prototype.hasOwnProperty.call(value, key), key).toBe(true);
      expect(Object.getOwnPropertyDescriptor(value, key)?.value, key).toEqual({ kept: i });
    }
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(serializeStory(r.value)).toBe(text);
  });

  it('writes them after the known keys even when the story object was built in code', () => {
    const s = sample() as Record<string, unknown>;
    for (const key of ODD_KEYS) Object.defineProperty(s, key, { value: key, enumerable: true, writable: true, configurable: true });
    const keys = Object.keys(JSON.parse(serializeStory(s as Story)) as object);
    expect(keys).toEqual([...STORY_KEY_ORDER, ...[...ODD_KEYS].sort()]);
  });

  it('drops them inside a contributor or a block, as every unknown key there, and never touches a prototype', () => {
    const plain = serializeStory(sample());
    const text = plain.replace('"role": "记者",', '"__proto__": {"polluted": true}, "constructor": 1, "role": "记者",');
    const r = readStoryFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.byline[0]!)).toEqual(['role', 'names', 'credit']);
    expect(Object.getPrototypeOf(r.value.byline[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(serializeStory(r.value)).toBe(plain);
  });

  it('keeps them in a bulletin file too', () => {
    const known = {
      format: 'bulletin-desk/bulletin',
      version: 1,
      id: 'b-1',
      title: '第3版',
      date: '2024-06-21',
      houseStyle: 'default',
      stories: [],
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    };
    // JSON.stringify cannot write an own __proto__ from an object literal: the odd keys are added as text
    const text = `${JSON.stringify(known, null, 2).slice(0, -2)},\n  "__proto__": "a",\n  "constructor": "b"\n}\n`;
    const r = readBulletinFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value).sort()).toEqual([...Object.keys(known), '__proto__', 'constructor'].sort());
    expect(serializeBulletin(r.value)).toBe(text);
  });
});
