// `GET /photos/<file>` on the loopback host: a library photo for the page's <img>, behind the token, by its file name only.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHOTO_FOLDER, PhotoStore } from '../../electron/services/library/photoStore';
import { useHostFixture } from './helpers/hostFixture';
import { rawRequest } from './helpers/hostHarness';

const f = useHostFixture();

/** A photo's bytes (text, so the harness's answer compares as it came: the store never looks inside). */
const BYTES = Buffer.from('a photo’s bytes, stored as they came: 田间地头', 'utf8');

const store = () => new PhotoStore(f.library).put(BYTES, 'jpeg');
const get = (rawPath: string, headers: Record<string, string> = {}) => rawRequest(f.port, 'GET', rawPath, headers);

describe('the host’s photos', () => {
  it('serves a stored photo with the token in the query (an <img>) or the header, as an image that never changes', async () => {
    const file = await store();
    for (const answer of [
      await get(`/photos/${file}?token=${f.token}`),
      await get(`/photos/${file}`, { authorization: `Bearer ${f.token}` }),
    ]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toBe(BYTES.toString('utf8'));
      expect(answer.headers['content-type']).toBe('image/jpeg');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    }
    const png = await new PhotoStore(f.library).put(Buffer.from('png bytes'), 'png');
    expect((await get(`/photos/${png}?token=${f.token}`)).headers['content-type']).toBe('image/png');
  });

  it('answers nothing without the right token, and nothing but a photo file’s own name', async () => {
    const file = await store();
    expect((await get(`/photos/${file}`)).status).toBe(401);
    expect((await get(`/photos/${file}?token=wrong`)).status).toBe(401);
    expect((await get(`/photos/${file}?token=${f.token}&token=${f.token}`)).status).toBe(401);
    for (const name of ['../outside.story.json', `..%2F${file}`, `${file.slice(0, -4)}.gif`, file.toUpperCase(), `x/${file}`])
      expect((await get(`/photos/${name}?token=${f.token}`)).status, name).toBe(404);
    expect((await get(`/photos/${'f'.repeat(64)}.jpg?token=${f.token}`)).status).toBe(404);
    expect((await rawRequest(f.port, 'POST', `/photos/${file}?token=${f.token}`)).status).toBe(405);
  });

  it('refuses a photo another program changed, and a thumbnail of a stored file that is no picture (damaged), saying so', async () => {
    const file = await store();
    const thumbnail = await get(`/photos/${file}?size=thumbnail&token=${f.token}`);
    expect(thumbnail.status).toBe(409);
    expect(thumbnail.body).toContain('is damaged and cannot be shown');
    writeFileSync(path.join(f.library, PHOTO_FOLDER, file), 'other bytes');
    const changed = await get(`/photos/${file}?token=${f.token}`);
    expect(changed.status).toBe(422);
    expect(changed.body).toContain('changed by another program');
  });

  it('answers the same bytes through the photo.read call', async () => {
    const file = await store();
    const r = await rawRequest(f.port, 'POST', '/api/call/photo.read', f.auth(), JSON.stringify({ file }));
    expect(r.status).toBe(200);
    const value = (JSON.parse(r.body) as { value: { base64: string; format: string } }).value;
    expect(Buffer.from(value.base64, 'base64').equals(BYTES)).toBe(true);
    expect(value.format).toBe('jpeg');
  });
});
