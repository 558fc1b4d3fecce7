// In-page probes for the browser benchmarks (plain script text, so no bundler helper leaks into the page).

/**
 * The typing probe: the first input event of a keystroke (keydown, composition, beforeinput) starts a sample;
 * it ends when the frame that follows has been rendered (a task posted from requestAnimationFrame runs after
 * that frame's style, layout and paint). `window.__typingProbe.until(n)` resolves once n samples are in.
 */
export const TYPING_PROBE = `(() => {
  let start = null;
  const waiters = [];
  const probe = { enabled: false, samples: [] };
  probe.until = (count) => new Promise((resolve, reject) => {
    if (probe.samples.length >= count) return resolve(probe.samples.length);
    waiters.push({ count, resolve });
    setTimeout(() => reject(new Error('no painted frame after input ' + count)), 5000);
  });
  const onInput = (e) => {
    if (!probe.enabled || start !== null) return;
    start = e.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push(performance.now() - start);
        start = null;
        for (const w of waiters.splice(0)) {
          if (probe.samples.length >= w.count) w.resolve(probe.samples.length);
          else waiters.push(w);
        }
      };
      channel.port2.postMessage(0);
    });
  };
  for (const type of ['keydown', 'compositionstart', 'compositionupdate', 'beforeinput']) document.addEventListener(type, onInput, true);
  window.__typingProbe = probe;
})();`;

/**
 * The load probe, installed before the app's scripts: when the shell is ready (a button with this text drawn),
 * when Ctrl+N was pressed, and when the frame showing an editable focused field (the new story's headline)
 * was rendered; all in ms from navigation start.
 */
export const loadProbe = (readyText: string): string => `(() => {
  const state = {};
  window.__loadProbe = state;
  let seen = false;
  const check = () => {
    if (state.readyAt === undefined && [...document.querySelectorAll('button')].some((b) => (b.textContent || '').includes(${JSON.stringify(readyText)}))) state.readyAt = performance.now();
    const active = document.activeElement;
    if (!seen && state.keyAt !== undefined && active && active.isContentEditable && active.getAttribute('contenteditable') === 'true') {
      seen = true;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { state.editableAt = performance.now(); };
        channel.port2.postMessage(0);
      });
    }
  };
  document.addEventListener('DOMContentLoaded', () => new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true }));
  document.addEventListener('focusin', check, true);
  window.addEventListener('keydown', (e) => {
    if (e.ctrlKey && e.key.toLowerCase() === 'n' && state.keyAt === undefined) state.keyAt = e.timeStamp;
  }, true);
})();`;
