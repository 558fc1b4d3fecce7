// How long the browser may keep each of the loopback host's pages: the build's content-named files for good, index.html never.
import { describe, expect, it } from 'vitest';
import { cacheControlOf } from '../../electron/host/staticFiles';

const JS = 'text/javascript; charset=utf-8';

describe('the loopback host’s caching', () => {
  it('keeps the files the build named after their content, and never index.html', () => {
    expect(cacheControlOf(['index.html'], 'text/html; charset=utf-8')).toBe('no-store');
    expect(cacheControlOf(['assets', 'mountApp-8gRnJOfL.js'], JS)).toBe('public, max-age=31536000, immutable');
    expect(cacheControlOf(['assets', 'style-CpRPEG3m.css'], 'text/css; charset=utf-8')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlOf(['assets', 'houseStyle_x-Do3K_p-z.js'], JS)).toBe('public, max-age=31536000, immutable');
  });

  it('asks again for anything else', () => {
    expect(cacheControlOf(['assets', 'app.js'], JS)).toBe('no-cache');
    expect(cacheControlOf(['mountApp-8gRnJOfL.js'], JS)).toBe('no-cache');
    expect(cacheControlOf(['assets', 'deeper', 'mountApp-8gRnJOfL.js'], JS)).toBe('no-cache');
    expect(cacheControlOf(['assets', 'logo-8gRnJOfL.png'], 'image/png')).toBe('no-cache');
    expect(cacheControlOf(['assets', 'mountApp-8gRnJOf.js'], JS)).toBe('no-cache');
  });
});
