// The interface's message catalogs: each key belongs to one area, so no area's words replace another's (as the conflict banner's once did).
import { describe, expect, it } from 'vitest';
import { AREA_CATALOGS } from '../../renderer/src/i18n/catalogs';

describe('the message catalogs', () => {
  it('never define one key in two areas, in either language', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const owner = new Map<string, string>();
      const twice: string[] = [];
      for (const [area, catalog] of Object.entries(AREA_CATALOGS)) {
        for (const key of Object.keys(catalog[language])) {
          const first = owner.get(key);
          if (first) twice.push(`${key} (${first}, ${area})`);
          else owner.set(key, area);
        }
      }
      expect(twice, language).toEqual([]);
    }
  });
});
