// The contract's calls for sending to the desk (spread into shared/api.ts's calls): destinations, their passwords, the outbox.
import { z } from 'zod';
import { idSchema } from './apiSchemas';
import { destinationSchema, libraryDestinationsSchema } from './destinations';

const ITEM_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
const itemIdSchema = z.string().regex(/^[0-9a-f-]{36}$/, { message: 'expected an outbox item id' });

/** One item of the outbox as the window shows it: what, where to, its state, the server's answer. */
const outboxItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  destination: z.object({
    kind: z.enum(['email', 'folder']),
    name: z.string(),
    to: z.array(z.string()).optional(),
    path: z.string().optional(),
  }),
  subject: z.string().optional(),
  messageId: z.string().optional(),
  state: z.enum(ITEM_STATES),
  attempts: z.number().int(),
  /** queued after a failure that may pass: when it is tried again. */
  nextAt: z.string().optional(),
  /** The last failure: a reason of shared/apiError.ts for the window to word, the server's own words. */
  lastError: z.object({ message: z.string(), reason: z.string().optional(), response: z.string().optional() }).optional(),
  sentAt: z.string().optional(),
  response: z.string().optional(),
  /** Another computer queued it (a synced library): only that one sends it. */
  elsewhere: z.boolean().optional(),
});
export type OutboxItemView = z.infer<typeof outboxItemSchema>;

export const OUTBOX_CALLS = {
  /**
   * The library's destinations, the default's name, the e-mail destinations whose password is kept (never the
   * password itself), and where a password is kept: encrypted by the system (Electron) or in memory for this run.
   */
  'destinations.get': {
    input: z.object({}).strict(),
    output: libraryDestinationsSchema.extend({
      passwordsKept: z.array(z.string()),
      passwordStore: z.enum(['system', 'memory']),
    }),
  },
  /** Saves the library's destinations (names unique; the default one of them). A password is never part of them. */
  'destinations.save': {
    input: z.object({ destinations: z.array(destinationSchema).max(50), default: z.string().max(100).optional() }).strict(),
    output: libraryDestinationsSchema,
  },
  /** The password of an e-mail destination: encrypted by the system (Electron) or kept in memory for this run (`bulletin serve`). */
  'destinations.password': {
    input: z.object({ name: z.string().min(1).max(100), password: z.string().min(1).max(1000) }).strict(),
    output: z.object({ kept: z.enum(['system', 'memory']) }),
  },
  'outbox.list': { input: z.object({}).strict(), output: z.object({ items: z.array(outboxItemSchema) }) },
  /**
   * Puts the page (its text in the house style, its photos, captions.txt) into the outbox for a destination (the
   * default when not named) and sends it. An e-mail destination with a user and no password known is refused
   * (`smtpPasswordNeeded`): the window asks for it, gives it with `destinations.password` and sends again.
   */
  'outbox.sendPage': {
    input: z.object({ bulletin: idSchema, destination: z.string().min(1).max(100).optional() }).strict(),
    output: z.object({ item: outboxItemSchema }),
  },
  /**
   * Puts one story (its text in the house style named, or the default; its photos, captions.txt) into the outbox,
   * as `outbox.sendPage` does a page; the subject's {page} is its headline, {date} today's.
   */
  'outbox.sendStory': {
    input: z
      .object({ story: idSchema, destination: z.string().min(1).max(100).optional(), houseStyle: z.string().max(100).optional() })
      .strict(),
    output: z.object({ item: outboxItemSchema }),
  },
  /**
   * Tries an item again now (a failed one too). `fromHere`: an item another computer of a synced library put in the
   * outbox is sent by this one from now on (that computer may send it too: the desk then gets it twice, with one Message-ID).
   */
  'outbox.retry': {
    input: z.object({ id: itemIdSchema, fromHere: z.boolean().optional() }).strict(),
    output: z.object({ item: outboxItemSchema }),
  },
  /** The network is back (the window heard `online`): every queued item is tried now rather than at its next time. */
  'outbox.kick': { input: z.object({}).strict(), output: z.object({}) },
  /** Takes an item out of the outbox (a sent one, or one the reporter no longer wants sent). */
  'outbox.remove': { input: z.object({ id: itemIdSchema }).strict(), output: z.object({}) },
} as const;

export const OUTBOX_EVENTS = {
  /** An outbox item changed state (queued, sending, sent, failed). */
  'outbox.changed': z.object({ item: outboxItemSchema }),
} as const;
