// The window's size and place, remembered in a small JSON file in the user data folder and checked against the screens on load.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where to open the window: no x/y means centred by the system. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 820 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of a window must lie on a screen, and its title bar inside it, for the place to be kept. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;
const TITLE_BAR = 40;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Turns what was read from the file (anything) into a placement that fits the screens there are now: a size
 * within bounds, a place kept only when the window would be reachable on a screen (else centred), and the
 * window pulled fully onto that screen.
 */
export function validateWindowState(raw: unknown, workAreas: readonly Rect[]): WindowPlacement {
  const saved = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const areas = workAreas.filter(
    (a) => isNumber(a.x) && isNumber(a.y) && isNumber(a.width) && isNumber(a.height) && a.width > 0 && a.height > 0,
  );
  const largest = areas.reduce((w, a) => ({ width: Math.max(w.width, a.width), height: Math.max(w.height, a.height) }), {
    width: 0,
    height: 0,
  });
  const maxSize = areas.length > 0 ? largest : { width: 10_000, height: 10_000 };
  const size = (key: 'width' | 'height'): number => {
    const value = saved[key];
    const wanted = isNumber(value) ? Math.round(value) : Math.min(DEFAULT_SIZE[key], maxSize[key]);
    return clamp(wanted, MIN_SIZE[key], maxSize[key]);
  };
  const placement: WindowPlacement = { width: size('width'), height: size('height'), maximized: saved.maximized === true };
  if (!isNumber(saved.x) || !isNumber(saved.y)) return placement;

  const wanted: Rect = { x: Math.round(saved.x), y: Math.round(saved.y), width: placement.width, height: placement.height };
  let best: { area: Rect; visible: number } | null = null;
  for (const area of areas) {
    const o = overlap(wanted, area);
    const titleBarOnIt = wanted.y >= area.y && wanted.y <= area.y + area.height - TITLE_BAR;
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && titleBarOnIt && (!best || o.width * o.height > best.visible)) {
      best = { area, visible: o.width * o.height };
    }
  }
  if (!best) return placement;
  const { area } = best;
  const width = Math.min(placement.width, area.width);
  const height = Math.min(placement.height, area.height);
  return {
    ...placement,
    width,
    height,
    x: clamp(wanted.x, area.x, area.x + area.width - width),
    y: clamp(wanted.y, area.y, area.y + area.height - height),
  };
}

/** What is written: the normal (not maximized) bounds and whether the window was maximized. */
export function windowStateToSave(normalBounds: Rect, maximized: boolean): Required<WindowPlacement> {
  const { x, y, width, height } = normalBounds;
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized };
}

export const WINDOW_STATE_FILE = 'window-state.json';

/** Reads the remembered placement; a missing, unreadable or nonsensical file gives the default placement. */
export async function readWindowState(userDataFolder: string, workAreas: readonly Rect[]): Promise<WindowPlacement> {
  let raw: unknown = null;
  try {
    const text = await fs.readFile(path.join(userDataFolder, WINDOW_STATE_FILE), 'utf8');
    if (text.length <= 4096) raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  return validateWindowState(raw, workAreas);
}

/** Writes the placement through a temporary file and a rename, so a crash never leaves half a file. */
export async function writeWindowState(userDataFolder: string, state: Required<WindowPlacement>): Promise<void> {
  const file = path.join(userDataFolder, WINDOW_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await fs.mkdir(userDataFolder, { recursive: true });
  await fs.writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await fs.rename(temp, file);
}
