// Whether two plain values (a story's fields, its body) hold the same data: a walk that stops at the first difference, no JSON copies.

/**
 * Deep equality of JSON-like data: the same object is equal at once, arrays element by element, objects key by
 * key (a key holding `undefined` counts as absent, as in JSON). `skip` names top-level keys left out.
 */
export function sameValue(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) {
    if (skip?.has(key) || !Object.hasOwn(x, key)) continue;
    if (!sameValue(x[key], y[key])) return false;
  }
  for (const key in y) {
    if (skip?.has(key) || !Object.hasOwn(y, key)) continue;
    if (y[key] !== undefined && !Object.hasOwn(x, key)) return false;
  }
  return true;
}
