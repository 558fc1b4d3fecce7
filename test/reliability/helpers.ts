// Shared by the reliability specs: fields by accessible name, story files on disk, and pauses.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readStoryFile, type Story } from '../../shared/index';
import { isStoryFile } from '../../shared/fileNames';

export const field = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function storyFiles(library: string): string[] {
  return readdirSync(library)
    .filter((f) => isStoryFile(f))
    .sort();
}

/** Reads a story file; throws, naming the file, when it is not a whole story. */
export function readWhole(library: string, file: string): Story {
  const text = readFileSync(path.join(library, file), 'utf8');
  const r = readStoryFile(text);
  if (!r.ok) throw new Error(`${file} is broken (${r.error}): ${text.slice(0, 120)}`);
  return r.value;
}

/** The body's text as the editor shows it: paragraphs one per line. */
export const bodyText = (story: Story): string => story.body.map((b) => b.text).join('\n');
