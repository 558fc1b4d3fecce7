// A placeholder page until the editor arrives: the app's name and the library's stories, read through window.bulletinDesk.
import { useEffect, useState } from 'react';
import type { CallOutput } from '../../shared/api';

type Listing = CallOutput<'library.list'>;
type State = { kind: 'loading' } | { kind: 'ready'; listing: Listing } | { kind: 'failed'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    const load = () =>
      window.bulletinDesk
        .call('library.list', {})
        .then((listing) => live && setState({ kind: 'ready', listing }))
        .catch((e: unknown) => live && setState({ kind: 'failed', message: (e as { message?: string })?.message ?? String(e) }));
    void load();
    // stories changed by another program appear without a restart
    const offs = (['story.added', 'story.changed', 'story.removed'] as const).map((name) => window.bulletinDesk.on(name, () => void load()));
    return () => {
      live = false;
      for (const off of offs) off();
    };
  }, []);

  return (
    <main className="desk">
      <h1>Bulletin Desk</h1>
      {state.kind === 'loading' && <p className="quiet">…</p>}
      {state.kind === 'failed' && <p className="problem">{state.message}</p>}
      {state.kind === 'ready' && (
        <>
          <p className="quiet">{state.listing.folder}</p>
          {state.listing.stories.length === 0 ? (
            <p className="quiet">No stories yet.</p>
          ) : (
            <ul className="stories">
              {state.listing.stories.map((s) => (
                <li key={s.id}>
                  {s.kicker && <span className="kicker">{s.kicker}</span>}
                  <span className="headline">{s.headline || '(no headline)'}</span>
                  <span className="status">{s.status}</span>
                </li>
              ))}
            </ul>
          )}
          {state.listing.unreadable.length > 0 && (
            <ul className="unreadable">
              {state.listing.unreadable.map((u) => (
                <li key={u.file}>
                  {u.file}: {u.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
