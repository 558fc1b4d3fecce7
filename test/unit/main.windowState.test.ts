// The remembered window size and place: whatever the file holds, the window opens whole and reachable on a screen there is now.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  readWindowState,
  validateWindowState,
  WINDOW_STATE_FILE,
  windowStateToSave,
  writeWindowState,
  type Rect,
} from '../../electron/main/windowState';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('window state validation', () => {
  it('keeps a place that lies on a screen', () => {
    expect(validateWindowState({ x: 100, y: 80, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(validateWindowState({ x: 1600, y: 100, width: 1200, height: 800, maximized: true }, [laptop, rightMonitor])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('centres a window whose screen is gone (the monitor was unplugged)', () => {
    expect(validateWindowState({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('centres a window whose title bar would be above or below the screen', () => {
    expect(validateWindowState({ x: 100, y: -500, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('x');
    expect(validateWindowState({ x: 100, y: 880, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('y');
  });

  it('pulls a window that hangs over the edge fully onto its screen, and shrinks one larger than it', () => {
    expect(validateWindowState({ x: 1000, y: 300, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 440,
      y: 200,
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(validateWindowState({ x: 0, y: 25, width: 3000, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it('gives the default for anything that is not a remembered state', () => {
    const defaults = { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false };
    for (const raw of [null, undefined, 'big', 42, [], { width: 'wide' }, { width: Number.NaN, height: Infinity }, { maximized: 'yes' }]) {
      expect(validateWindowState(raw, [rightMonitor]), JSON.stringify(raw)).toEqual(defaults);
    }
  });

  it('keeps sizes within the minimum and the largest screen, and rounds them', () => {
    expect(validateWindowState({ width: 10, height: -5 }, [laptop])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
    expect(validateWindowState({ width: 1e9, height: 1e9 }, [laptop, rightMonitor])).toMatchObject({ width: 1920, height: 1080 });
    expect(validateWindowState({ width: 1000.6, height: 700.2 }, [laptop])).toMatchObject({ width: 1001, height: 700 });
    expect(validateWindowState({}, [{ x: 0, y: 0, width: 1024, height: 600 }])).toMatchObject({ width: 1024, height: 600 });
  });

  it('ignores screens that make no sense', () => {
    expect(
      validateWindowState({ x: 10, y: 10, width: 900, height: 600 }, [
        { x: 0, y: 0, width: 0, height: 0 },
        { x: Number.NaN, y: 0, width: 100, height: 100 },
      ]),
    ).toEqual({ width: 900, height: 600, maximized: false });
  });
});

describe('the window state file', () => {
  it('round-trips through the user data folder, and a broken file gives the default', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'window-state-'));
    const saved = windowStateToSave({ x: 120.4, y: 60, width: 1100, height: 760 }, true);
    await writeWindowState(folder, saved);
    expect(JSON.parse(readFileSync(path.join(folder, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 120,
      y: 60,
      width: 1100,
      height: 760,
      maximized: true,
    });
    expect(await readWindowState(folder, [laptop])).toEqual({ x: 120, y: 60, width: 1100, height: 760, maximized: true });
    writeFileSync(path.join(folder, WINDOW_STATE_FILE), '{ "x": 1, ');
    expect(await readWindowState(folder, [laptop])).toEqual({ width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false });
    expect(await readWindowState(path.join(folder, 'missing'), [laptop])).toMatchObject({ maximized: false });
  });
});
