// The house styles kept as plain data (for the renderer's first script, without zod) are exactly what the schema makes of them.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOUSE_STYLES, DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../shared/houseStyle';

describe('the built-in house styles as plain data', () => {
  it('equal the schema’s reading of each, with every default filled in', () => {
    expect(DEFAULT_HOUSE_STYLE).toEqual(houseStyleSchema.parse({ name: 'default' }));
    expect(Object.keys(DEFAULT_HOUSE_STYLE).sort()).toEqual(Object.keys(houseStyleSchema.shape).sort());
    for (const style of BUILT_IN_HOUSE_STYLES) expect(houseStyleSchema.parse(style)).toEqual(style);
    expect(BUILT_IN_HOUSE_STYLES.map((s) => s.name)).toEqual(['default', 'byline-in-dateline', 'byline-at-end', 'legacy-typesetter']);
  });
});
