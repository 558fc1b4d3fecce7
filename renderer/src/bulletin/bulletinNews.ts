// A renderer-side notifier: a bulletin made, saved or filed in this window, so the sidebar's list reads the library again.
type Listener = () => void;

const listeners = new Set<Listener>();

export function onBulletinsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function bulletinsChanged(): void {
  for (const listener of [...listeners]) listener();
}
