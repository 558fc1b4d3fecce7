// Reading a page in a worker thread (electron/services/pageParse.ts): the 2 MB page read while the event loop goes on; a file that is no page refused.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../shared/index';
import { PageRefused, parsePageOffThread } from '../../electron/services/pageParse';
import { bigPage, LIUAN_LINES } from '../pages';

describe('parsePageOffThread', () => {
  it('reads the 2 MB page of 1,312 stories in a worker, as parsePage does, while the event loop keeps answering', async () => {
    const text = bigPage();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const page = await parsePageOffThread(Buffer.from(text, 'utf8')).finally(() => clearInterval(timer));
    expect(page.encoding).toBe('utf8');
    expect(page.stories).toHaveLength(1312);
    const here = parsePage(text);
    expect(page.stories.map((s) => s.headline)).toEqual(here.stories.map((s) => s.headline));
    expect(page.decisions.map((d) => d.message)).toEqual(here.decisions.map((d) => d.message));
    expect(ticks).toBeGreaterThan(3); // the thread that asked was free all along
  }, 60_000);

  it('reads a small page from a Buffer of Node’s shared pool (only its own bytes reach the worker)', async () => {
    const bytes = Buffer.from(Buffer.from(LIUAN_LINES.join('\n')).toString('base64'), 'base64');
    const page = await parsePageOffThread(bytes);
    expect(page.stories.map((s) => s.headline)).toEqual(['老旧小区加装电梯签约仪式举行']);
    expect(Buffer.from('still usable').toString()).toBe('still usable');
  }, 30_000);

  it('refuses a file that is neither UTF-8 nor GB18030 text, saying why', async () => {
    await expect(parsePageOffThread(Buffer.from([0x41, 0x00, 0x42]))).rejects.toThrow(PageRefused);
    await expect(parsePageOffThread(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).rejects.toThrow(/UTF-16/);
  }, 30_000);
});
