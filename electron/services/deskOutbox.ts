// The desk's sending to the desk: the library's destinations in preferences, their passwords, and the outbox of the library.
import type { BulletinDeskService, EventPayload, Preferences } from '../../shared/api';
import type { OUTBOX_CALLS, OutboxItemView } from '../../shared/apiOutboxCalls';
import { fillSubject, pageSubjectFields, storySubjectFields, type Destination, type EmailDestination } from '../../shared/destinations';
import type { HouseStyle } from '../../shared/houseStyle';
import type { Story } from '../../shared/story';
import { EncodingError } from './encoding';
import { CannotExportError, exportFileName } from './exporting';
import { ioError, refusal } from './library/faults';
import type { Library } from './library/library';
import { Outbox } from './outbox';
import type { OutboxItem } from './outbox/outboxItems';
import { thisHost } from './outbox/outboxItems';
import { accountOf, DestinationPasswords, type Secrets } from './outbox/passwords';
import { packageFiles, packageZip, type PackageFile } from './photoPackage';

type OutboxCalls = Pick<BulletinDeskService, keyof typeof OUTBOX_CALLS>;

export interface OutboxDeskParts {
  library: Library;
  /** The library's folder: its destinations are kept in preferences under it. */
  folder: string;
  preferences: { get(): Preferences; set(change: Partial<Preferences>): Promise<Preferences> };
  /** Where preferences live: passwords.json (encrypted passwords) is kept beside them. */
  userDataFolder: string;
  secrets?: Secrets | undefined;
  styleNamed(name?: string): HouseStyle;
  snapshotExported(stories: Story[]): Promise<void>;
  emit(name: 'outbox.changed', payload: EventPayload<'outbox.changed'>): void;
  /** Marks a bulletin's stories filed (the desk's bulletin.markFiled), for a page sent under a style that says so. */
  markFiled(bulletin: string): Promise<unknown>;
  /** Retries start at about a minute (tests: shorter). */
  firstRetryMs?: number | undefined;
}

export interface OutboxDesk {
  calls: OutboxCalls;
  /** Picks up what waits in the library's outbox (sent once more after a crash, with the same Message-ID). */
  start(): Promise<void>;
  /** Items queued or being sent: quitting says so. */
  unsent(): number;
  /** Stops retrying; waits a little for a send under way. */
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** An item as the window shows it: no certificate, no user name, nothing of the server but its name. */
function itemView(item: OutboxItem): OutboxItemView {
  const d = item.destination;
  return {
    id: item.id,
    title: item.title,
    createdAt: item.createdAt,
    destination: d.kind === 'email' ? { kind: 'email', name: d.name, to: d.to } : { kind: 'folder', name: d.name, path: d.path },
    ...(item.subject !== undefined ? { subject: item.subject } : {}),
    ...(item.messageId !== undefined ? { messageId: item.messageId } : {}),
    state: item.state,
    attempts: item.attempts,
    ...(item.nextAt !== undefined ? { nextAt: item.nextAt } : {}),
    ...(item.lastError !== undefined ? { lastError: item.lastError } : {}),
    ...(item.sentAt !== undefined ? { sentAt: item.sentAt } : {}),
    ...(item.response !== undefined ? { response: item.response } : {}),
    ...(item.host !== thisHost() ? { elsewhere: true } : {}),
  };
}

/** The page text's MIME type in the house encoding. */
function pageContentType(style: HouseStyle): string {
  return style.encoding === 'gb18030' ? 'text/plain; charset=GB18030' : 'text/plain; charset=utf-8';
}

export function outboxDesk(parts: OutboxDeskParts): OutboxDesk {
  const { library, folder } = parts;
  const passwords = new DestinationPasswords(parts.userDataFolder, parts.secrets);
  const states = new Map<string, OutboxItem['state']>();
  const outbox = new Outbox(library.folder, {
    passwordFor: (destination) => passwords.get(accountOf(destination)),
    report: (item) => {
      const before = states.get(item.id);
      states.set(item.id, item.state);
      if (item.state === 'sent' && before !== 'sent' && item.fileBulletin) void parts.markFiled(item.fileBulletin).catch(() => undefined); // a bulletin gone since: nothing to mark
      parts.emit('outbox.changed', { item: itemView(item) });
    },
    ...(parts.firstRetryMs !== undefined ? { firstRetryMs: parts.firstRetryMs } : {}),
  });

  const kept = () => parts.preferences.get().destinations[folder] ?? { destinations: [] };

  /** The destination by name, or the default (the first when none is named the default). */
  const destinationNamed = (name?: string): Destination => {
    const { destinations, default: fallback } = kept();
    if (destinations.length === 0) throw refusal('refused', 'noDestination', 'no destination is set up: add one in Settings, Destinations');
    const wanted = name ?? fallback;
    const found = wanted === undefined ? destinations[0] : destinations.find((d) => d.name === wanted);
    if (!found) throw refusal('refused', 'destinationUnknown', `there is no destination named “${wanted}”`, { destination: wanted ?? '' });
    return found;
  };

  /** Names unique, the default one of them, plain SMTP only to this computer. */
  const check = (destinations: Destination[], fallback: string | undefined) => {
    const seen = new Set<string>();
    for (const d of destinations) {
      if (seen.has(d.name))
        throw refusal('invalid', 'destinationNameTaken', `two destinations are named “${d.name}”`, { destination: d.name });
      seen.add(d.name);
      if (d.kind === 'email' && d.security === 'none' && !LOOPBACK.has(d.host))
        throw refusal('invalid', 'smtpNotLoopback', `${d.host} is not this computer: choose TLS or STARTTLS`, { host: d.host });
    }
    if (fallback !== undefined && !seen.has(fallback))
      throw refusal('invalid', 'destinationDefaultUnknown', `the default “${fallback}” is not one of the destinations`, {
        destination: fallback,
      });
  };

  const passwordsKept = async (destinations: Destination[]): Promise<string[]> => {
    const names: string[] = [];
    for (const d of destinations) if (d.kind === 'email' && d.user && (await passwords.has(accountOf(d)))) names.push(d.name);
    return names;
  };

  /** The page's files (text in the house style, photos, captions.txt); the export's refusals worded by reason. */
  const filesOf = async (stories: Story[], style: HouseStyle, pageName: string): Promise<PackageFile[]> => {
    try {
      return await packageFiles({ stories, style, pageName, readPhoto: (file) => library.photos.read(file) });
    } catch (e) {
      if (e instanceof CannotExportError || e instanceof EncodingError)
        throw refusal('refused', e.reason, `${e.message}; nothing was sent`, e.params);
      throw e;
    }
  };

  const queueEmail = async (
    destination: EmailDestination,
    title: string,
    subject: string,
    files: PackageFile[],
    style: HouseStyle,
    fileBulletin: string | undefined,
  ) => {
    const [page, ...photos] = files as [PackageFile, ...PackageFile[]];
    const pageFile = { name: page.name, bytes: page.bytes, contentType: pageContentType(style) };
    const withPhotos =
      destination.photos === 'none' || photos.length === 0
        ? []
        : destination.photos === 'zip'
          ? [{ name: `${page.name.replace(/\.txt$/, '')}.zip`, bytes: packageZip(photos), contentType: 'application/zip' }]
          : photos.map((p) => ({ name: p.name, bytes: p.bytes }));
    return outbox.queueEmail(
      title,
      {
        destination,
        subject,
        body: destination.textInBody ? (page.text ?? '') : '',
        attachments: [...(destination.attachPage ? [pageFile] : []), ...withPhotos],
      },
      fileBulletin,
    );
  };

  /** The destination named (or the default), refused while an e-mail one still needs its password. */
  const destinationReady = async (name: string | undefined): Promise<Destination> => {
    const destination = destinationNamed(name);
    if (destination.kind === 'email' && destination.user && !(await passwords.has(accountOf(destination))))
      throw refusal('refused', 'smtpPasswordNeeded', `the password of ${destination.user} at ${destination.host} is needed to send`, {
        destination: destination.name,
        user: destination.user,
        host: destination.host,
      });
    return destination;
  };

  /** The stories' files into the outbox for the destination: a mail with its subject filled, or files for a drop folder. */
  const queue = async (
    destination: Destination,
    what: {
      stories: Story[];
      style: HouseStyle;
      name: string;
      title: string;
      subject: Parameters<typeof fillSubject>[1];
      fileBulletin: string | undefined;
    },
  ): Promise<{ item: OutboxItemView }> => {
    const files = await filesOf(what.stories, what.style, what.name);
    let item: OutboxItem;
    try {
      item =
        destination.kind === 'email'
          ? await queueEmail(destination, what.title, fillSubject(destination.subject, what.subject), files, what.style, what.fileBulletin)
          : await outbox.queueFolder(what.title, destination, files, what.fileBulletin);
    } catch (e) {
      throw ioError(e, 'the outbox');
    }
    states.set(item.id, item.state);
    await parts.snapshotExported(what.stories);
    return { item: itemView(item) };
  };

  const calls: OutboxCalls = {
    'destinations.get': async () => {
      const { destinations, default: fallback } = kept();
      return {
        destinations,
        ...(fallback !== undefined ? { default: fallback } : {}),
        passwordsKept: await passwordsKept(destinations),
        passwordStore: passwords.store,
      };
    },
    'destinations.save': async ({ destinations, default: fallback }) => {
      check(destinations, fallback);
      const all = parts.preferences.get().destinations;
      const mine = { destinations, ...(fallback !== undefined ? { default: fallback } : {}) };
      await parts.preferences.set({ destinations: { ...all, [folder]: mine } });
      return mine;
    },
    'destinations.password': async ({ name, password }) => {
      const destination = destinationNamed(name);
      if (destination.kind !== 'email' || destination.name !== name)
        throw refusal('refused', 'destinationUnknown', `there is no e-mail destination named “${name}”`, { destination: name });
      try {
        await passwords.set(accountOf(destination), password);
      } catch (e) {
        // the error names the file, never the password
        throw ioError(e, 'the passwords file');
      }
      // what waited for it goes now
      await outbox.kick();
      return { kept: passwords.store };
    },
    'outbox.list': async () => {
      const items = await outbox.list();
      for (const i of items) states.set(i.id, i.state);
      return { items: items.map(itemView) };
    },
    'outbox.sendPage': async ({ bulletin, destination: name }) => {
      const destination = await destinationReady(name);
      const page = (await library.readBulletin(bulletin)).bulletin;
      const stories = await Promise.all(page.stories.map(async (id) => (await library.read(id)).story));
      const style = parts.styleNamed(page.houseStyle);
      const pageName = exportFileName(stories, page).replace(/\.txt$/, '');
      return queue(destination, {
        stories,
        style,
        name: pageName,
        title: page.title || pageName,
        subject: pageSubjectFields(page.title, page.date, parts.preferences.get().reporter.name),
        // the house style may have a sent page filed: the item remembers its bulletin until the desk has it
        fileBulletin: style.fileWhenSent ? bulletin : undefined,
      });
    },
    'outbox.sendStory': async ({ story: id, destination: name, houseStyle }) => {
      const destination = await destinationReady(name);
      const story = (await library.read(id)).story;
      const storyName = exportFileName([story]).replace(/\.txt$/, '');
      return queue(destination, {
        stories: [story],
        style: parts.styleNamed(houseStyle),
        name: storyName,
        title: story.headline.trim() || storyName,
        subject: storySubjectFields(story.headline, new Date(), parts.preferences.get().reporter.name),
        fileBulletin: undefined,
      });
    },
    'outbox.retry': async ({ id, fromHere }) => {
      const item = await outbox.retry(id, { fromHere: fromHere === true }).catch((e: unknown) => {
        throw gone(e, id);
      });
      return { item: itemView(item) };
    },
    'outbox.kick': async () => {
      await outbox.kick().catch((e: unknown) => {
        throw ioError(e, 'the outbox');
      });
      return {};
    },
    'outbox.remove': async ({ id }) => {
      await outbox.remove(id).catch((e: unknown) => {
        throw gone(e, id);
      });
      states.delete(id);
      return {};
    },
  };

  return {
    calls,
    start: async () => {
      for (const i of await outbox.list()) states.set(i.id, i.state);
      await outbox.start();
    },
    unsent: () => [...states.values()].filter((s) => s === 'queued' || s === 'sending').length,
    stop: async () => {
      outbox.stop();
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([outbox.settle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000)))]);
      clearTimeout(timer);
    },
  };
}

/** An item no longer in the outbox (removed in another window) is said so; other failures are the disk's. */
function gone(e: unknown, id: string): Error {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT')
    return refusal('not-found', 'outboxItemGone', `the outbox has no item ${id} any more`);
  return ioError(e, 'the outbox');
}
