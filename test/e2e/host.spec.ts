// The app through `bulletin serve` in Chromium: it loads, lists the library, and shows changes made elsewhere.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newStory, serializeStory } from '../../shared/index';
import { expect, test } from './fixtures';

test('the app opens from the address bulletin serve prints, and keeps the token out of the address bar', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Bulletin Desk' })).toBeVisible();
  expect(app.url()).not.toContain('token=');
});

test('a story written into the library by another program appears without a restart', async ({ app, host }) => {
  await expect(app.getByRole('heading', { name: 'Bulletin Desk' })).toBeVisible();
  const story = newStory({ kicker: '青苔街道', headline: '举办邻里节' }, { id: 'e2e-outside-1' });
  writeFileSync(path.join(host.library, 'outside.story.json'), serializeStory(story));
  await expect(app.getByText('举办邻里节')).toBeVisible();
});
