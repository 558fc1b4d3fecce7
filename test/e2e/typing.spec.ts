// Typing at the end of a long body: the counts, the preview and the file on disk follow every character, Pinyin included.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countStory } from '../../shared/count';
import { newStory, readStoryFile, serializeStory, type Story } from '../../shared/index';
import { expect, test } from './fixtures';
import { composePinyin } from './ime';
import { isStoryFile } from '../../shared/fileNames';

const SENTENCE = '县粮食局召开夏粮收购工作推进会，要求各收购网点开辟绿色通道，确保颗粒归仓。';

test('typing at the end of a long body updates the counts, the preview and the file', async ({ app, host }) => {
  const body: Story['body'] = Array.from({ length: 12 }, (_, i) => ({
    type: i === 5 ? 'subheading' : 'paragraph',
    text: i === 5 ? '开辟绿色通道' : SENTENCE.repeat(6),
  }));
  const story = newStory({ headline: '长稿里打字', body }, { id: 'e2e-typing-long' });
  writeFileSync(path.join(host.library, 'long-e2e-typing-long.story.json'), serializeStory(story));
  await app.getByText(story.headline).first().click();
  const field = app.getByRole('textbox', { name: 'Body', exact: true });
  await expect(field).toContainText('开辟绿色通道');
  await app.getByRole('button', { name: 'Preview' }).click();
  const preview = app.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('开辟绿色通道');

  await field.click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type('记者现场 grain 66.3%');
  await composePinyin(app, 'nongmin', '农民');
  const last = SENTENCE.repeat(6) + '记者现场 grain 66.3%农民';
  const typed: Story = { ...story, body: [...body.slice(0, -1), { type: 'paragraph', text: last }] };
  const counts = countStory(typed);

  await expect(preview).toContainText('确保颗粒归仓。记者现场 grain 66.3%农民');
  await expect(app.locator('[data-field="body"] .field-count')).toHaveText(`${counts.fields.body} characters`);
  await expect(app.getByText(`Story: ${counts.story} characters`)).toBeVisible();
  const onDisk = () => {
    const file = readdirSync(host.library).find((f) => isStoryFile(f)) as string;
    const saved = readStoryFile(readFileSync(path.join(host.library, file), 'utf8'));
    return saved.ok ? saved.value.body : saved.error;
  };
  await expect.poll(onDisk, { timeout: 10_000 }).toEqual(typed.body);
});
