// `bulletin send FILE… --to ADDR --smtp URL` or `--folder DIR`: the page (and its photos) delivered now; exit 0 sent, 1 refused, 2 bad input.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EMAIL_ADDRESS, fillSubject, type EmailDestination } from '../../../shared/destinations';
import { ENCODINGS, LINE_ENDINGS, type HouseStyle } from '../../../shared/houseStyle';
import { CannotExportError, exportFileName } from '../../services/exporting';
import { PhotoStore } from '../../services/library/photoStore';
import { buildMessage, deliverToFolder, sendMessage } from '../../services/outbox';
import { packageFiles, type PackageFile, packageZip } from '../../services/photoPackage';
import { choice, flag, readArgs } from '../args';
import { contentError, usageError, type CliIo } from '../io';
import { collectStories, resolveStyle } from '../inputs';
import { shown } from './pageCommon';

/** smtp[s]://USER@HOST:PORT as a destination (TLS for smtps, STARTTLS when asked, else only a relay on this computer). */
function smtpDestination(url: string, args: ReturnType<typeof readArgs>, to: string[], ca: string | undefined): EmailDestination {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`--smtp ${url}: expected smtp://USER@HOST:PORT or smtps://USER@HOST:PORT`);
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw usageError(`--smtp ${url}: expected smtp:// or smtps://`);
  if (parsed.password) throw usageError('--smtp: leave the password out of the address; give it in BULLETIN_SMTP_PASSWORD');
  const tls = parsed.protocol === 'smtps:';
  const starttls = args.flags.has('starttls');
  if (tls && starttls) throw usageError('--starttls is for smtp://; smtps:// is TLS from the first byte');
  const user = decodeURIComponent(parsed.username);
  const from = flag(args, 'from') ?? (user.includes('@') ? user : undefined);
  if (!from || !EMAIL_ADDRESS.test(from)) throw usageError('--from ADDR is needed (the user name is not an address)');
  return {
    kind: 'email',
    name: parsed.hostname,
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : tls ? 465 : starttls ? 587 : 25,
    security: tls ? 'tls' : starttls ? 'starttls' : 'none',
    user,
    from,
    to,
    subject: flag(args, 'subject') ?? '{page}',
    attachPage: true,
    photos: args.flags.has('zip') ? 'zip' : 'files',
    textInBody: true,
    ...(ca ? { certificate: ca } : {}),
  };
}

export async function sendCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['to', 'smtp', 'from', 'subject', 'encoding', 'eol', 'style', 'folder', 'ca'], ['starttls', 'zip']);
  if (args.positional.length === 0) throw usageError('bulletin send needs one or more story files, a bulletin file or a folder');
  const folder = flag(args, 'folder');
  const smtp = flag(args, 'smtp');
  if (!folder === !smtp) throw usageError('give either --smtp URL with --to ADDR, or --folder DIR');
  const base = await resolveStyle(flag(args, 'style'), io.cwd);
  const style: HouseStyle = {
    ...base,
    encoding: choice(args, 'encoding', ENCODINGS) ?? base.encoding,
    lineEnding: choice(args, 'eol', LINE_ENDINGS) ?? base.lineEnding,
  };
  const items = await collectStories(args.positional, io.cwd);
  const stories = items.map((i) => i.story);
  const fileOf = new Map(items.map((i) => [i.story.id, i.path]));
  const libraryOf = new Map(items.flatMap((i) => i.story.photos.map((p) => [p.file, path.dirname(i.path)] as const)));
  const pageName = exportFileName(stories).replace(/\.txt$/, '');
  let files: PackageFile[];
  try {
    files = await packageFiles({
      stories,
      style,
      pageName,
      where: (s) => shown(io.cwd, fileOf.get(s.id) ?? ''),
      readPhoto: (file) =>
        new PhotoStore(libraryOf.get(file) as string).read(file).catch((e: unknown) => {
          throw usageError(`photo ${file} cannot be used (${(e as Error).message}); nothing was sent`);
        }),
    });
  } catch (e) {
    if (e instanceof CannotExportError) throw contentError(`${e.message}\nNothing was sent.`);
    throw e;
  }
  const page = files[0] as PackageFile;
  const photos = files.slice(1);
  if (folder) {
    try {
      const given = await deliverToFolder(
        path.resolve(io.cwd, folder),
        args.flags.has('zip') && photos.length > 0 ? [page, { name: `${pageName}.zip`, bytes: packageZip(photos) }] : files,
      );
      io.stderr(`delivered to ${folder}: ${given.join(', ')}\n`);
      return 0;
    } catch (e) {
      throw usageError(`${folder} cannot be written (${(e as Error).message}); nothing was delivered`);
    }
  }
  const to = (flag(args, 'to') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (to.length === 0 || to.some((a) => !EMAIL_ADDRESS.test(a)))
    throw usageError('--to ADDR[,ADDR] is needed: the desk’s e-mail addresses');
  const caFile = flag(args, 'ca');
  const ca = caFile
    ? await readFile(path.resolve(io.cwd, caFile), 'utf8').catch(() => {
        throw usageError(`--ca ${caFile} cannot be read`);
      })
    : undefined;
  const destination = smtpDestination(smtp as string, args, to, ca);
  const attachments =
    destination.photos === 'zip' && photos.length > 0 ? [page, { name: `${pageName}.zip`, bytes: packageZip(photos) }] : files;
  const message = await buildMessage({
    destination,
    subject: fillSubject(destination.subject, { page: pageName }),
    body: page.text ?? '',
    attachments: attachments.map((a) => ({ name: a.name, bytes: a.bytes })),
  });
  const outcome = await sendMessage(destination, message, process.env.BULLETIN_SMTP_PASSWORD);
  if (outcome.kind === 'sent') {
    io.stderr(`sent to ${to.join(', ')} (${message.messageId}): ${outcome.response}\n`);
    return 0;
  }
  if (outcome.kind === 'refused' && outcome.reason === 'smtpNotLoopback')
    throw usageError(`${outcome.message}; use smtps:// or --starttls`);
  throw contentError(`${outcome.message}\nNothing was sent.`);
}
