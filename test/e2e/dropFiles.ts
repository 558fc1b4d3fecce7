// Files dropped on an element as a file manager drops them: the page's own DataTransfer holding real files, then dragenter, dragover, drop.
import type { Locator, Page } from '@playwright/test';

export async function dropFiles(
  page: Page,
  target: Locator,
  files: ReadonlyArray<{ name: string; type: string; bytes: Buffer }>,
): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') }));
  const transfer = await page.evaluateHandle((given) => {
    // the page's own DataTransfer and File (this file is type-checked without the DOM's types)
    const w = globalThis as unknown as {
      DataTransfer: new () => { items: { add(f: unknown): void } };
      File: new (parts: Uint8Array[], name: string, o: { type: string }) => unknown;
      atob(text: string): string;
    };
    const dt = new w.DataTransfer();
    for (const f of given) dt.items.add(new w.File([Uint8Array.from(w.atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return dt;
  }, payload);
  for (const event of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(event, { dataTransfer: transfer });
}
