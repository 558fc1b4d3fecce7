// What e2e specs of the import review read: the drafts written to the library, a story's card and a line of it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readStoryFile, type Story } from '../../shared/index';
import { isStoryFile } from '../../shared/fileNames';

/** The story files in the library, oldest first (as the importer wrote them). */
export function storiesOnDisk(library: string): Story[] {
  return readdirSync(library)
    .filter((f) => isStoryFile(f))
    .map((f) => {
      const r = readStoryFile(readFileSync(path.join(library, f), 'utf8'));
      if (!r.ok) throw new Error(r.error);
      return r.value;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The review's card of the nth story found (its region is named "Story 1", "稿件1" …). */
export const card = (app: Page, n: number, name = 'Story '): Locator => app.getByRole('region', { name: `${name}${n}`, exact: true });

/** A line of a story card by its label (Kicker, Headline …). */
export const row = (story: Locator, label: string): Locator =>
  story.locator('li', { has: story.page().locator('.ir-label').getByText(label, { exact: true }) });
