// The contract's calls for photos on a story (spread into shared/api.ts's calls): store, add, caption, move, remove, read.
import { z } from 'zod';
import { idSchema, photoPlaceSchema, photoSchema, photoSourceSchema, revisionSchema, storyWithRevisionSchema } from './apiSchemas';
import { PHOTO_FORMATS } from './photo';

export const PHOTO_CALLS = {
  /**
   * Checks a photo (the image service: JPEG, PNG or WebP, whole) and copies it, unmodified, into the library's photo
   * store; the story is not touched: the editor puts the answered photo on its story and saves it as it saves text.
   * The credit is suggested from `id`'s byline when given. A photo refused is an error naming the file and why.
   */
  'photo.store': {
    input: z.object({ source: photoSourceSchema, id: idSchema.optional() }).strict(),
    output: z.object({ photo: photoSchema }),
  },
  /** Stores a photo (like `photo.store`) and saves the story with it after its other photos, on `baseRevision`. */
  'photo.add': {
    input: z
      .object({
        id: idSchema,
        baseRevision: revisionSchema,
        source: photoSourceSchema,
        caption: photoSchema.shape.caption.optional(),
        credit: photoSchema.shape.credit.optional(),
      })
      .strict(),
    output: storyWithRevisionSchema.extend({ photo: photoSchema }),
  },
  /** A photo's caption and/or credit changed; the story is saved on `baseRevision`. */
  'photo.update': {
    input: z
      .object({
        id: idSchema,
        baseRevision: revisionSchema,
        photo: photoPlaceSchema,
        caption: photoSchema.shape.caption.optional(),
        credit: photoSchema.shape.credit.optional(),
      })
      .strict(),
    output: storyWithRevisionSchema,
  },
  /** A photo moved to another place among the story's photos (`to`, from 0); the story is saved on `baseRevision`. */
  'photo.move': {
    input: z.object({ id: idSchema, baseRevision: revisionSchema, photo: photoPlaceSchema, to: z.number().int().min(0).max(99) }).strict(),
    output: storyWithRevisionSchema,
  },
  /** A photo taken off the story, which is saved on `baseRevision`; its file stays in the library (history and the trash refer to it). */
  'photo.remove': {
    input: z.object({ id: idSchema, baseRevision: revisionSchema, photo: photoPlaceSchema }).strict(),
    output: storyWithRevisionSchema,
  },
  /**
   * A photo's bytes as stored (checked against their hash) and their format, or its thumbnail (a JPEG, upright), or
   * its copy for the proof's print (`print`: a JPEG, upright, long edge at most PRINT_EDGE). The host also serves `/photos/<file>`.
   */
  'photo.read': {
    input: z.object({ file: photoSchema.shape.file, size: z.enum(['original', 'thumbnail', 'print']).default('original') }).strict(),
    output: z.object({ base64: z.string(), format: z.enum(PHOTO_FORMATS) }),
  },
} as const;
