// What the copy desk remembers of one check for the next: each text's own findings, kept while the text is unchanged.

/** Gives what `compute` makes of a text of one kind, remembered from the check before when that text was the same. */
export interface TextMemo {
  of<T>(kind: string, text: string, compute: (text: string) => T): T;
}

/** No memory: every text is checked (a one-off check of a story or a page). */
export const NO_MEMO: TextMemo = { of: (_kind, text, compute) => compute(text) };

/**
 * A memory of two generations: what the check running now reads is kept for the next one, everything else is
 * dropped when it ends (`endCheck`). A text is known by its kind and its whole content, never by its place, so a
 * block moved, split, merged or removed needs nothing forgotten by hand. What it gives back is shared: never
 * changed by the caller.
 */
export function createTextMemo(): TextMemo & { endCheck(): void; clear(): void } {
  let before = new Map<string, Map<string, unknown>>();
  let now = new Map<string, Map<string, unknown>>();
  return {
    of<T>(kind: string, text: string, compute: (text: string) => T): T {
      let mine = now.get(kind);
      if (mine === undefined) now.set(kind, (mine = new Map()));
      if (mine.has(text)) return mine.get(text) as T;
      const old = before.get(kind);
      const value = old?.has(text) ? (old.get(text) as T) : compute(text);
      mine.set(text, value);
      return value;
    },
    endCheck() {
      before = now;
      now = new Map();
    },
    clear() {
      before = new Map();
      now = new Map();
    },
  };
}
