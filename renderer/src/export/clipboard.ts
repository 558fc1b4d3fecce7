// Putting text on the clipboard: the async Clipboard API, else a hidden textarea and execCommand('copy') (Electron denies the permission).
export async function copyText(text: string, container: HTMLElement): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // refused (no permission, no focus): the old way below
  }
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'offscreen';
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // inside the (modal) dialog: content outside it is inert and cannot be selected
  container.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } finally {
    area.remove();
    previous?.focus();
  }
  if (!copied) throw new Error('the clipboard refused the text');
}
