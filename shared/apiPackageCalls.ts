// The contract's calls for "Export page with photos…" (spread into shared/api.ts's calls): what goes with the page, and the package written.
import { z } from 'zod';
import { idSchema } from './apiSchemas';
import { houseStyleSchema } from './houseStyle';

/** The page whose package it is: its bulletin, its stories in page order (the bulletin's when not given), the house style. */
const pageSchema = z
  .object({
    bulletin: idSchema,
    ids: z.array(idSchema).min(1).max(1000).optional(),
    /** The house style by name (the bulletin's when not given). */
    houseStyle: z.string().optional(),
  })
  .strict();

export const PACKAGE_CALLS = {
  /**
   * What "Export page with photos…" will write, before anything is: the package's name (the page export's name
   * without `.txt`), how many photos go with the page, the long edge they are resized to (0: sent as added), and
   * where the browser host writes a folder unless the reporter names another (the user's Downloads folder).
   */
  'export.packagePlan': {
    input: pageSchema,
    output: z.object({ name: z.string(), photos: z.number().int(), longEdge: z.number().int(), folder: z.string() }),
  },
  /**
   * Writes the page with its photos and captions.txt (photoPackage.ts) as a `.zip` or a new folder named after the
   * page. Electron asks where with a save dialog (zip) or a folder chooser (the folder is made inside it); nothing
   * when cancelled. The browser host answers a zip's bytes to download, and writes a folder inside `folder` (a whole
   * path on this computer; the Downloads folder when not given). Never over an existing file or folder (`packageExists`).
   */
  'export.package': {
    input: pageSchema
      .extend({
        as: z.enum(['zip', 'folder']),
        folder: z.string().min(1).max(4096).optional(),
        encoding: houseStyleSchema.shape.encoding.optional(),
        lineEnding: houseStyleSchema.shape.lineEnding.optional(),
      })
      .strict(),
    output: z.object({
      /** The .zip's or the folder's name (二七报-第3版-2026-12-05.zip). */
      name: z.string(),
      /** Where it was written (Electron, or a folder in the browser host). */
      path: z.string().optional(),
      /** The zip's bytes for the browser to download. */
      base64: z.string().optional(),
      photos: z.number().int(),
      cancelled: z.boolean(),
    }),
  },
} as const;
