// Work the desk does in the background: after a delay, then when the browser is idle (or at the latest `timeoutMs` later).
export function whenIdleAfter(delayMs: number, timeoutMs: number, run: () => void): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(run, { timeout: timeoutMs });
    else run();
  }, delayMs);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
