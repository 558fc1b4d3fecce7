// The desk's refusals carry a reason and its params, for the interface to word (export, import, a story changed meanwhile, a house style missing).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, dispatch, type ApiErrorData, type BulletinDeskService, type CallInput, type CallName } from '../../shared/api';
import { openDesk, type Desk } from '../../electron/services/desk';

describe('the desk’s refusals', () => {
  let desk: Desk;
  let service: BulletinDeskService;

  /** The refusal a call answers with, as it crosses the boundary. */
  async function refusal<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiErrorData> {
    const result = await dispatch(service, name, input);
    if (result.ok) throw new Error(`${name} was not refused`);
    return result.error;
  }

  beforeEach(async () => {
    const library = mkdtempSync(path.join(tmpdir(), 'refusals-lib-'));
    const userData = mkdtempSync(path.join(tmpdir(), 'refusals-prefs-'));
    desk = await openDesk({ libraryFolder: library, userDataFolder: userData, host: 'browser', version: 'test' });
    service = desk.service;
  });
  afterEach(async () => {
    await desk.close();
  });

  it('export of a story with no headline: incomplete, with its place and what it lacks', async () => {
    const { story } = await service['story.create']({ fields: { headline: '' } });
    const error = await refusal('export.text', { ids: [story.id] });
    expect(error).toMatchObject({ code: 'refused', reason: 'incomplete', params: { story: 1, headline: '', missing: 'both', more: 0 } });
  });

  it('export of a character the encoding cannot hold: unencodableInStory, naming the character, field and encoding', async () => {
    const { story } = await service['story.create']({
      fields: { headline: '暴雨过后', body: [{ type: 'paragraph', text: '村民说：“\udc00好。”' }] },
    });
    const error = await refusal('export.save', { ids: [story.id], encoding: 'gb18030' });
    expect(error).toMatchObject({
      code: 'refused',
      reason: 'unencodableInStory',
      params: { char: '\udc00', code: 'U+DC00', field: 'body', headline: '暴雨过后', encoding: 'gb18030' },
    });
  });

  it('a house style that is not there: noHouseStyle with its name', async () => {
    const { story } = await service['story.create']({ fields: { headline: '暴雨过后' } });
    const error = await refusal('export.text', { ids: [story.id], houseStyle: '不存在的版式' });
    expect(error).toMatchObject({ code: 'invalid', reason: 'noHouseStyle', params: { style: '不存在的版式' } });
  });

  it('an unreadable page on import: pageUtf16, pageNul, pageNotText', async () => {
    const utf16 = Buffer.from([0xff, 0xfe, 0x2c, 0x67]).toString('base64');
    expect(await refusal('import.parse', { base64: utf16 })).toMatchObject({ code: 'refused', reason: 'pageUtf16' });
    const nul = Buffer.from('本报讯\u0000', 'utf8').toString('base64');
    expect(await refusal('import.parse', { base64: nul })).toMatchObject({ code: 'refused', reason: 'pageNul' });
    const neither = Buffer.from([0x81, 0x20, 0xff, 0xff, 0x80]).toString('base64');
    expect(await refusal('import.parse', { base64: neither })).toMatchObject({ code: 'refused', reason: 'pageNotText' });
  });

  it('a story changed on disk meanwhile: storyChanged, with the version on disk', async () => {
    const { story, revision } = await service['story.create']({ fields: { headline: '暴雨过后' } });
    await service['story.save']({ id: story.id, story: { ...story, headline: '暴雨过后（改）' }, baseRevision: revision });
    const error = await refusal('story.save', { id: story.id, story: { ...story, headline: '旧的' }, baseRevision: revision });
    expect(error).toMatchObject({ code: 'conflict', reason: 'storyChanged' });
    expect(error.current?.story.headline).toBe('暴雨过后（改）');
  });

  it('a story or bulletin that is not there, a call that does not exist, input that is not valid', async () => {
    expect(await refusal('story.read', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'not-found',
      reason: 'storyGone',
    });
    expect(await refusal('bulletin.read', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'not-found',
      reason: 'bulletinGone',
    });
    expect(await refusal('story.read', { id: 42 } as never)).toMatchObject({ code: 'invalid', reason: 'invalidInput' });
    const unknown = await dispatch(service, 'story.burn', {});
    expect(unknown.ok ? undefined : unknown.error).toMatchObject({ code: 'invalid', reason: 'noSuchCall', params: { call: 'story.burn' } });
  });

  it('keeps the English message beside the reason, for logs', async () => {
    const { story } = await service['story.create']({ fields: { headline: '' } });
    const error = new ApiError(await refusal('export.text', { ids: [story.id] }));
    expect(error.message).toMatch(/cannot be exported/);
    expect(error.reason).toBe('incomplete');
  });
});
