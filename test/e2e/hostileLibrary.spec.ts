// A library someone else prepared, as the reporter sees it: links, pipes and huge files listed with a plain reason, in both languages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newStory, serializeStory } from '../../shared/index';
import { expect, startHost, test } from './fixtures';

function hostileLibrary(): string {
  const library = mkdtempSync(path.join(tmpdir(), 'e2e-hostile-'));
  execFileSync('mkfifo', [path.join(library, 'pipe.story.json')]);
  symlinkSync('/etc/passwd', path.join(library, 'passwd.story.json'));
  const big = path.join(library, 'huge.story.json');
  writeFileSync(big, '');
  truncateSync(big, 100 * 1024 * 1024);
  writeFileSync(
    path.join(library, 'ok-12345678.story.json'),
    serializeStory(newStory({ headline: '完好的稿子', body: [{ type: 'paragraph', text: '正文。' }] }, { id: '12345678-ok' })),
  );
  return library;
}

const WORDS = {
  en: {
    heading: 'Unreadable files',
    link: 'a link, not a file',
    pipe: 'not a file (a pipe, socket or device)',
    huge: 'too large to be a story (100.0 MB; at most 20 MB)',
    stories: 'Stories',
  },
  'zh-CN': {
    heading: '无法读取的文件',
    link: '这是一个链接，不是文件',
    pipe: '这不是文件（管道、套接字或设备）',
    huge: '文件太大，不可能是稿件（100.0 MB，最多 20 MB）',
    stories: '稿件',
  },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a link, a pipe and a 100 MB file are listed as unreadable with a plain reason, and the story beside them opens (${lang})`, async ({
    browser,
  }) => {
    const words = WORDS[lang];
    const host = await startHost({ library: hostileLibrary(), lang });
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      const section = page.getByRole('region', { name: words.heading });
      await expect(section.locator('li', { hasText: 'passwd.story.json' })).toContainText(words.link);
      await expect(section.locator('li', { hasText: 'pipe.story.json' })).toContainText(words.pipe);
      await expect(section.locator('li', { hasText: 'huge.story.json' })).toContainText(words.huge);
      // nothing of the linked file is ever shown
      await expect(page.locator('body')).not.toContainText('root:');
      const stories = page.getByRole('listbox', { name: words.stories });
      await expect(stories.getByRole('option')).toHaveCount(1);
      await stories.getByRole('option', { name: /完好的稿子/ }).click();
      await expect(page.getByRole('main')).toContainText('正文。');
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
