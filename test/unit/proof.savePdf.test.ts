// "Save as PDF…" in Electron's main process, with stand-ins for the window's webContents and the save dialog.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AppPage, SenderFrame } from '../../electron/main/appPage';
import { APP_PAGE, isAppPageUrl, isTrustedSender } from '../../electron/main/appPage';
import { bindDeskToIpc, type IpcCallEvent } from '../../electron/main/ipcBinding';
import { PROOF_PDF_OPTIONS, proofFileName, saveProofPdf, type PrintablePage, type ProofPdfDeps } from '../../electron/main/proofPdf';
import { CALL_CHANNEL } from '../../electron/preload/channels';
import { replaceFile } from '../../electron/services/library/storage';
import type { BulletinDeskService, Result } from '../../shared/api';

const PDF = new TextEncoder().encode('%PDF-1.7\n% a proof\n%%EOF\n');

/** The window's webContents as far as printing goes: answers a made-up PDF and remembers the options. */
function page(print: () => Promise<Uint8Array> = async () => PDF) {
  const printToPDF = vi.fn(print);
  return { printToPDF } satisfies PrintablePage;
}

function deps(chosen: string | null): ProofPdfDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    choosePath: async (name) => {
      asked.push(name);
      return chosen;
    },
    write: (target, bytes) => replaceFile(target, bytes),
  };
}

const folder = () => mkdtempSync(path.join(tmpdir(), 'proof-pdf-'));

describe('saving a proof as PDF', () => {
  it('asks where, prints the asking page to an A4 PDF without backgrounds, and writes it there', async () => {
    const dir = folder();
    const target = path.join(dir, '校样 三项举措.pdf');
    const window = page();
    const d = deps(target);
    expect(await saveProofPdf(window, { fileName: '校样 三项举措' }, d)).toEqual({ path: target, cancelled: false });
    expect(d.asked).toEqual(['校样 三项举措.pdf']);
    expect(window.printToPDF).toHaveBeenCalledWith(PROOF_PDF_OPTIONS);
    expect(PROOF_PDF_OPTIONS).toMatchObject({ pageSize: 'A4', landscape: false, printBackground: false });
    expect(readFileSync(target)).toEqual(Buffer.from(PDF));
    expect(readdirSync(dir)).toEqual(['校样 三项举措.pdf']);
  });

  it('writes nothing and prints nothing when the reporter cancels the dialog', async () => {
    const window = page();
    expect(await saveProofPdf(window, { fileName: 'Proof x' }, deps(null))).toEqual({ cancelled: true });
    expect(window.printToPDF).not.toHaveBeenCalled();
  });

  it('adds .pdf to a chosen name without it, and replaces a file only as a whole', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'old.pdf'), 'the earlier proof');
    const answer = await saveProofPdf(page(), { fileName: 'x' }, deps(path.join(dir, 'new')));
    expect(answer.path).toBe(path.join(dir, 'new.pdf'));
    expect(readFileSync(path.join(dir, 'new.pdf'))).toEqual(Buffer.from(PDF));
    // the dialog asked about replacing "old.pdf" when that name was typed whole
    const replaced = await saveProofPdf(page(), { fileName: 'x' }, deps(path.join(dir, 'old.pdf')));
    expect(replaced.path).toBe(path.join(dir, 'old.pdf'));
    expect(readFileSync(path.join(dir, 'old.pdf'))).toEqual(Buffer.from(PDF));
    expect(readdirSync(dir).sort()).toEqual(['new.pdf', 'old.pdf']);
  });

  it('never replaces a file unasked: “old” typed while old.pdf is there is refused, and old.pdf kept', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'old.pdf'), 'the earlier proof');
    const window = page();
    await expect(saveProofPdf(window, { fileName: 'x' }, deps(path.join(dir, 'old')))).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('old.pdf is there already'),
    });
    expect(readFileSync(path.join(dir, 'old.pdf'), 'utf8')).toBe('the earlier proof');
    expect(readdirSync(dir)).toEqual(['old.pdf']);
  });

  it('says why when printing fails, and leaves the file that was there alone', async () => {
    const dir = folder();
    const target = path.join(dir, 'kept.pdf');
    writeFileSync(target, 'the earlier proof');
    const failing = page(async () => {
      throw new Error('Printing failed');
    });
    await expect(saveProofPdf(failing, { fileName: 'kept' }, deps(target))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/Printing failed.*Print…/),
    });
    expect(readFileSync(target, 'utf8')).toBe('the earlier proof');
  });

  it('tells a disk fault in words, as an io error', async () => {
    const missing = path.join(folder(), 'no-such-folder', 'p.pdf');
    await expect(saveProofPdf(page(), { fileName: 'p' }, deps(missing))).rejects.toMatchObject({ code: 'io', fault: 'folder-gone' });
  });

  it('suggests a plain file name: no folders, no characters a file system refuses', () => {
    expect(proofFileName('Proof 三项举措护航夏粮收购 确保颗粒归仓')).toBe('Proof 三项举措护航夏粮收购 确保颗粒归仓.pdf');
    expect(proofFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(proofFileName('a:b*c?"d"<e>|f')).toBe('a b c d e f.pdf');
    expect(proofFileName('..')).toBe('proof.pdf');
    expect(proofFileName('already.PDF')).toBe('already.pdf');
  });
});

describe('the IPC binding answers proof.savePdf for the page that called', () => {
  const appPage: AppPage = APP_PAGE;
  const appFrame: SenderFrame = { url: 'app://bulletin-desk/index.html#/proof', parent: null };

  function bind(chosen: string) {
    let handler: ((event: IpcCallEvent, ...args: unknown[]) => Promise<Result>) | undefined;
    const refused = vi.fn(async () => {
      throw new Error('the desk itself has no page to print');
    });
    bindDeskToIpc({
      ipc: { handle: (channel, fn) => channel === CALL_CHANNEL && (handler = fn), removeHandler: () => undefined },
      desk: { service: { 'proof.savePdf': refused } as unknown as BulletinDeskService, subscribe: () => () => undefined },
      isTrustedSender: (frame) => isTrustedSender(frame, appPage),
      isAppPage: (url) => isAppPageUrl(url, appPage),
      receivers: () => [],
      senderCalls: (event) => ({ 'proof.savePdf': (input) => saveProofPdf(event.sender, input, deps(chosen)) }),
    });
    return { invoke: (event: IpcCallEvent, ...args: unknown[]) => (handler as NonNullable<typeof handler>)(event, ...args), refused };
  }

  it('prints the sender’s own page, with the input validated', async () => {
    const target = path.join(folder(), 'p.pdf');
    const { invoke, refused } = bind(target);
    const sender = page();
    expect(await invoke({ senderFrame: appFrame, sender }, 'proof.savePdf', { fileName: 'p' })).toEqual({
      ok: true,
      value: { path: target, cancelled: false },
    });
    expect(sender.printToPDF).toHaveBeenCalledTimes(1);
    expect(refused).not.toHaveBeenCalled();
    const invalid = await invoke({ senderFrame: appFrame, sender }, 'proof.savePdf', { fileName: '' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(sender.printToPDF).toHaveBeenCalledTimes(1);
  });

  it('refuses a foreign page (a file:// copy of the app too) without printing anything', async () => {
    const { invoke } = bind(path.join(folder(), 'p.pdf'));
    const sender = page();
    for (const url of ['https://example.com/', 'file:///opt/Bulletin%20Desk/out/renderer/index.html#/proof']) {
      const answer = await invoke({ senderFrame: { url, parent: null }, sender }, 'proof.savePdf', { fileName: 'p' });
      expect(answer, url).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });
});
