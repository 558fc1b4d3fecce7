// A library someone else prepared, as the reporter sees it: links, pipes, huge and damaged files listed with a plain reason, in both languages.
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
  // files named like stories whose content cannot be read: not JSON, made by a newer version, a field it cannot read
  writeFileSync(path.join(library, 'garbage.story.json'), '{ not json');
  writeFileSync(path.join(library, 'newer.story.json'), JSON.stringify({ format: 'bulletin-desk/story', version: 3 }));
  writeFileSync(path.join(library, 'damaged.story.json'), JSON.stringify({ ...newStory({}, { id: 'damaged-1' }), body: 'text' }));
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
    garbage: 'not valid JSON: the file is damaged, or is not a story',
    newer: 'made by a newer Bulletin Desk (format version 3): update Bulletin Desk to open it',
    damaged: 'a Bulletin Desk file with parts that cannot be read',
    stories: 'Stories',
  },
  'zh-CN': {
    heading: '无法读取的文件',
    link: '这是一个链接，不是文件',
    pipe: '这不是文件（管道、套接字或设备）',
    huge: '文件太大，不可能是稿件（100.0 MB，最多 20 MB）',
    garbage: '文件内容格式不对：已经损坏，或者不是稿件',
    newer: '由较新版本的简讯编辑台写成（格式第 3 版）：请更新简讯编辑台后再打开',
    damaged: '是简讯编辑台的文件，但有些内容读不了',
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
      await expect(section.locator('li', { hasText: 'garbage.story.json' })).toContainText(words.garbage);
      await expect(section.locator('li', { hasText: 'newer.story.json' })).toContainText(words.newer);
      await expect(section.locator('li', { hasText: 'damaged.story.json' })).toContainText(words.damaged);
      if (lang === 'zh-CN') {
        // every reason in Chinese: no English word once the file names are taken out
        const reasons = await section.locator('.unreadable-reason').allTextContents();
        expect(reasons).toHaveLength(6);
        for (const reason of reasons) expect(reason.replace(/UTF-8|MB/g, '').match(/[A-Za-z]{2,}/g), reason).toBeNull();
      }
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
