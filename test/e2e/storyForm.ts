// The story form as the e2e specs reach it: a field by its name, and a story written into the library and opened from the list.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { readStoryFile, serializeStory, type Story } from '../../shared/index';

/** A field of the form by its accessible name (Headline, 主题, Body…). */
export const field = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });

/** Writes the story into the library as another program would, opens it from the list; answers its file. */
export async function openStory(page: Page, library: string, story: Story): Promise<string> {
  const file = path.join(library, `${story.id}.story.json`);
  writeFileSync(file, serializeStory(story));
  await page.getByText(story.headline).first().click();
  await expect(field(page, 'Headline').or(field(page, '主题'))).toHaveText(story.headline);
  return file;
}

/** The body's paragraphs as saved in a story file. */
export function savedBody(file: string): string[] {
  const read = readStoryFile(readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(read.error);
  return read.value.body.map((b) => b.text);
}
