// A file the browser host made (base64 bytes: a page's text, a page's .zip with its photos) handed to the browser as a download.
export function downloadBase64(base64: string, fileName: string, container: HTMLElement, type = 'text/plain'): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.className = 'offscreen';
  container.appendChild(link);
  link.click();
  link.remove();
  // the download has started by then; the bytes are let go a little later
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
