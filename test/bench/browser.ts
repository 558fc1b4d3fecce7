// Browser benchmarks: typing latency beside a plain <textarea> on the same page, and load to the new story's first editable field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, startHost } from '../e2e/fixtures';
import { serializeStory } from '../../shared/storyFile';
import { importReviewMetrics } from './importReview';
import { longStory } from './library';
import { loadMetrics } from './load';
import { memoryMetrics } from './memory';
import { TYPING_PROBE } from './probe';
import { median, ms, percentile, ratio, type Metrics } from './stats';

/**
 * Frames as soon as there is something to draw: without these two flags a headless Chromium draws at 60 Hz and
 * every sample includes a random 0–16.7 ms wait for the next tick, the same for both fields.
 */
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

type Keystroke = { kind: 'text'; text: string } | { kind: 'pinyin'; pinyin: string; chinese: string };

/** 500 characters as a reporter types them: runs of characters sent as text, and words composed in Pinyin. */
function typingScript(): Keystroke[][] {
  const TEXT = '县粮食局召开夏粮收购工作推进会要求各网点开辟绿色通道确保颗粒归仓';
  const WORDS: Array<[string, string]> = [['shouhuo', '收获'], ['nongmin', '农民'], ['jizhe', '记者'], ['xiaomai', '小麦'], ['jiage', '价格']];
  const units: Keystroke[][] = [];
  let chars = 0;
  for (let u = 0; chars < 500; u++) {
    const unit: Keystroke[] = [];
    for (let i = 0; i < 10 && chars < 500; i++, chars++) unit.push({ kind: 'text', text: TEXT[(u * 10 + i) % TEXT.length] as string });
    const [pinyin, chinese] = WORDS[u % WORDS.length] as [string, string];
    if (chars + chinese.length <= 500) {
      unit.push({ kind: 'pinyin', pinyin, chinese });
      chars += chinese.length;
    }
    units.push(unit);
  }
  return units;
}

/** Sends one keystroke's input events and waits until the probe has the frames that followed them. */
async function send(page: Page, cdp: CDPSession, key: Keystroke): Promise<void> {
  const before = await page.evaluate<number>('window.__typingProbe.samples.length');
  let expected = before;
  if (key.kind === 'text') {
    await cdp.send('Input.insertText', { text: key.text });
    expected++;
  } else {
    for (let i = 1; i <= key.pinyin.length; i++) {
      const text = key.pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await until(page, ++expected);
    }
    await cdp.send('Input.insertText', { text: key.chinese });
    expected++;
  }
  await until(page, expected);
}

// in-page code as text: nothing of the Node side's bundling reaches the page
const until = (page: Page, count: number) => page.evaluate(`window.__typingProbe.until(${count})`);
const setProbe = (page: Page, enabled: boolean) => page.evaluate(`window.__typingProbe.enabled = ${enabled}`);
const samples = (page: Page) => page.evaluate<number[]>('[...window.__typingProbe.samples]');
const nextFrames = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');

/** Typing at the end of a body of `length` characters, beside a textarea holding as much; `long` names the figures typing.long_*. */
async function typingMetrics(browser: Browser, metrics: Metrics, length: number, long = false): Promise<void> {
  const library = mkdtempSync(path.join(tmpdir(), 'bench-typing-'));
  const story = longStory(length, 'benchtyping-1');
  writeFileSync(path.join(library, 'long.story.json'), serializeStory(story));
  const host = await startHost({ library });
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByText(story.headline).first().click();
    const body = page.getByRole('textbox', { name: 'Body', exact: true });
    await body.waitFor();
    // the baseline: a plain textarea on the same page, holding as much text
    await page.evaluate(`(() => {
      const area = document.createElement('textarea');
      area.id = 'bench-baseline';
      area.setAttribute('aria-label', 'Baseline');
      area.style.cssText = 'position:fixed;right:0;bottom:0;width:40ch;height:12em;z-index:9999';
      area.value = ${JSON.stringify(story.body.map((b) => b.text).join('\n'))};
      document.body.append(area);
    })()`);
    await page.evaluate(TYPING_PROBE);
    const cdp = await context.newCDPSession(page);
    const editor: number[] = [];
    const area: number[] = [];
    const units = typingScript();
    for (const [i, unit] of units.entries()) {
      // interleaved: a unit in the story's body, the same unit in the textarea, so both see the same load
      for (const target of i % 2 === 0 ? (['editor', 'area'] as const) : (['area', 'editor'] as const)) {
        await setProbe(page, false);
        if (target === 'editor') {
          await body.focus();
          await page.keyboard.press('Control+End');
        } else {
          await page.evaluate(`(() => {
            const a = document.getElementById('bench-baseline');
            a.focus();
            a.setSelectionRange(a.value.length, a.value.length);
          })()`);
        }
        await nextFrames(page);
        const from = (await samples(page)).length;
        await setProbe(page, true);
        for (const key of unit) await send(page, cdp, key);
        (target === 'editor' ? editor : area).push(...(await samples(page)).slice(from));
      }
    }
    await setProbe(page, false);
    const typed = await body.textContent();
    if (!typed?.endsWith(units.at(-1)?.map((k) => (k.kind === 'text' ? k.text : k.chinese)).join('') ?? '')) throw new Error('the body does not end with the text typed');
    const p95 = percentile(editor, 95);
    const baseline = percentile(area, 95);
    if (long) {
      metrics['typing.long_p95_ms'] = ms(p95);
      metrics['typing.long_textarea_p95_ms'] = ms(baseline);
      metrics['typing.long_median_ms'] = ms(median(editor));
    } else {
      metrics['typing.p95_ms'] = ms(p95);
      metrics['typing.textarea_p95_ms'] = ms(baseline);
      metrics['typing.ratio'] = ratio(p95 / baseline);
      metrics['typing.median_ms'] = ms(median(editor));
      metrics['typing.textarea_median_ms'] = ms(median(area));
    }
  } finally {
    await context.close();
    await host.stop();
    rmSync(library, { recursive: true, force: true });
  }
}

const launch = () => chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...UNTHROTTLED] });

/** Typing in the 20,000- and the 100,000-character body (a reporter pastes long documents into notes and bodies). */
async function bothTypings(browser: Browser, metrics: Metrics): Promise<void> {
  await typingMetrics(browser, metrics, 20_000);
  await typingMetrics(browser, metrics, 100_000, true);
}

/** `npm run bench -- typing`: the typing figures alone, typing.* as in the whole run. */
export async function typingOnlyMetrics(metrics: Metrics): Promise<void> {
  const browser = await launch();
  try {
    await bothTypings(browser, metrics);
  } finally {
    await browser.close();
  }
}

export async function browserMetrics(metrics: Metrics): Promise<void> {
  const browser = await launch();
  try {
    await loadMetrics(browser, metrics);
    await bothTypings(browser, metrics);
    await importReviewMetrics(browser, metrics);
    await memoryMetrics(browser, metrics);
  } finally {
    await browser.close();
  }
}
