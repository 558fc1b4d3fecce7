// Unknown keys kept as data whatever their names: `__proto__`, which zod leaves out of a loose object, put back as an own key.
import type { z } from 'zod';

/** Whether `key` is the object's own property (never one it inherits, such as `constructor`). */
export function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** Sets `key` as an own data property, even `__proto__` (plain assignment of `__proto__` sets the prototype). */
function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The zod definition of a schema (zod 4 keeps it on `_zod.def`). */
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * zod never copies an undeclared `__proto__` into a parsed object (assigning it would replace the object's
 * prototype), so a story's unknown `__proto__` key would vanish on its way from JSON to the file. This puts it
 * back, as an own data property, wherever `schema` keeps unknown keys (a loose object); objects that strip
 * unknown keys stay as zod made them. `parsed` is zod's fresh output for `raw`; it is changed in place.
 */
export function keepProtoKeys<T>(schema: z.ZodType, raw: unknown, parsed: T): T {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isRecord(raw) || !isRecord(parsed)) break;
      for (const [key, inner] of Object.entries(def.shape ?? {})) {
        if (hasOwn(raw, key) && hasOwn(parsed, key)) keepProtoKeys(inner, raw[key], parsed[key]);
      }
      const loose = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
      if (loose && hasOwn(raw, '__proto__') && !hasOwn(parsed, '__proto__')) defineOwn(parsed, '__proto__', raw.__proto__);
      break;
    }
    case 'array':
      if (Array.isArray(raw) && Array.isArray(parsed) && def.element)
        raw.forEach((item, i) => keepProtoKeys(def.element!, item, parsed[i]));
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
      if (def.innerType && raw !== undefined && raw !== null) keepProtoKeys(def.innerType, raw, parsed);
      break;
  }
  return parsed;
}
