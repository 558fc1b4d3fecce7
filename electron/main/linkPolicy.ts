// When a link may leave the app: only http(s) links, only to the system browser, only right after the user's click or key press.

/**
 * The link's address when it is a plain web address the system browser may open; null otherwise (the app's own
 * app:// page, file:, javascript:, other schemes and addresses with credentials never leave the app).
 */
export function externalWebUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

/**
 * Remembers the user's last activation (a mouse button released, Enter or Space pressed) in the page. A link
 * may open only within `windowMs` of one, and each activation opens at most one link: a script cannot open
 * pages by itself, nor many pages from one click.
 */
export class UserActivation {
  private last = Number.NEGATIVE_INFINITY;
  constructor(private readonly windowMs = 1000) {}

  note(now: number): void {
    this.last = now;
  }

  /** True (once) when an activation happened within the window before `now`. */
  consume(now: number): boolean {
    const fresh = now >= this.last && now - this.last <= this.windowMs;
    this.last = Number.NEGATIVE_INFINITY;
    return fresh;
  }
}

/** The input events that count as the user's activation of a link. */
export function isActivatingInput(input: { type: string; key?: string; button?: string }): boolean {
  if (input.type === 'mouseUp') return input.button === 'left' || input.button === 'middle';
  if (input.type === 'keyDown' || input.type === 'rawKeyDown') return input.key === 'Enter' || input.key === ' ';
  return false;
}
