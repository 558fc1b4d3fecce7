// "Save as PDF…" of a proof: the asking window's print layout made into an A4 PDF by Electron and written where the reporter chose.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError, type CallInput, type CallOutput } from '../../shared/api';
import { ioError } from '../services/library/faults';

/** The options this app gives Electron's `webContents.printToPDF` (a subset of Electron's PrintToPDFOptions). */
export interface ProofPdfOptions {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: boolean;
  /** The proof's own `@page` rule (A4 portrait, its margins) decides the page. */
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
  generateTaggedPDF: boolean;
}

export const PROOF_PDF_OPTIONS: ProofPdfOptions = {
  pageSize: 'A4',
  landscape: false,
  printBackground: false,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
};

/** The page that asked (Electron's WebContents, as far as printing it goes). */
export interface PrintablePage {
  printToPDF(options: ProofPdfOptions): Promise<Uint8Array>;
}

export interface ProofPdfDeps {
  /** Asks where to save (a save dialog that confirms before replacing a file); null when the reporter cancels. */
  choosePath(suggestedName: string): Promise<string | null>;
  /** Writes the bytes whole or not at all (the library's replaceFile). */
  write(target: string, bytes: Uint8Array): Promise<void>;
}

/** Characters no file system takes in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** A file name for the proof: no folders, no characters a file system refuses, ending in .pdf. */
export function proofFileName(wanted: string): string {
  const base = path.basename(wanted.replace(/\\/g, '/')).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const stem = base
    .replace(/\.pdf$/i, '')
    .slice(0, 120)
    .trim();
  return `${stem === '' ? 'proof' : stem}.pdf`;
}

/** Asks where, prints the page that asked to PDF and writes it; nothing is written when the reporter cancels or printing fails. */
export async function saveProofPdf(
  page: PrintablePage | undefined,
  input: CallInput<'proof.savePdf'>,
  deps: ProofPdfDeps,
): Promise<CallOutput<'proof.savePdf'>> {
  if (!page)
    throw new ApiError({
      code: 'refused',
      message: 'the window that asked for the PDF is gone; open the proof again',
      reason: 'proofWindowGone',
    });
  const chosen = await deps.choosePath(proofFileName(input.fileName));
  if (!chosen) return { cancelled: true };
  const target = /\.pdf$/i.test(chosen) ? chosen : `${chosen}.pdf`;
  // the dialog asked before replacing the name as typed; with .pdf added it is another file, which is never replaced unasked
  if (
    target !== chosen &&
    (await fs.stat(target).then(
      () => true,
      () => false,
    ))
  ) {
    throw new ApiError({
      code: 'refused',
      message: `${path.basename(target)} is there already and was not replaced: save again with another name, or type the name with .pdf to be asked about replacing it`,
      reason: 'proofPdfExists',
      params: { file: path.basename(target) },
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await page.printToPDF(PROOF_PDF_OPTIONS);
  } catch (e) {
    throw new ApiError({
      code: 'io',
      message: `the proof could not be made into a PDF (${(e as Error)?.message ?? String(e)}); try Print… instead`,
      reason: 'proofPdfFailed',
    });
  }
  try {
    await deps.write(target, bytes);
  } catch (e) {
    throw ioError(e, target);
  }
  return { path: target, cancelled: false };
}
