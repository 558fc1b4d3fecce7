// Simulated Pinyin input through Chromium's DevTools protocol: the composition as an IME sends it, then the commit.
import type { CDPSession, Page } from '@playwright/test';

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * Types `pinyin` letter by letter as a composition (what the reporter sees underlined while choosing), then
 * commits `chinese`, as a Pinyin IME does.
 */
export async function composePinyin(page: Page, pinyin: string, chinese: string): Promise<void> {
  const session = await cdp(page);
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i);
    await session.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await session.send('Input.insertText', { text: chinese });
}
