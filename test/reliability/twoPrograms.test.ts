// Two `bulletin serve` processes on one library racing 200 times on the same revision: never both acknowledged, every file whole.
import { describe, expect, it } from 'vitest';
import { saveRace } from '../unit/helpers/saveRace';

describe('two programs on one library', () => {
  it('200 rounds of the same save at the same moment lose no acknowledged save', async () => {
    const figures = await saveRace(200);
    console.log(
      `two programs, ${figures.rounds} rounds: ${figures.bothSaved} rounds both acknowledged, ${figures.conflicts} conflicts offered, ${figures.wrongFile} files not the winner's`,
    );
    expect(figures).toMatchObject({ rounds: 200, bothSaved: 0, conflicts: 200, wrongFile: 0 });
    expect(figures.stopped.map((s) => s.code)).toEqual([0, 0]);
  }, 600_000);
});
