// The reporter's own house styles while the editor is open: a working copy, saved to the preferences (edits debounced).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinDeskApi, Preferences } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';
import { samePlainData } from '../../../shared/sameStory';
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { checkDraft, type StyleDraft } from './styleDraft';

/** How long the form waits after an edit before saving it. */
const SAVE_DELAY_MS = 300;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

type Change = Partial<Pick<Preferences, 'houseStyles' | 'defaultHouseStyle'>>;

export interface StyleStore {
  own: HouseStyle[];
  defaultName: string;
  /** Edits in progress by style name (kept while invalid, so that nothing typed is lost). */
  drafts: ReadonlyMap<string, StyleDraft>;
  save: SaveState;
  /** An edit of a style's settings: shown at once, saved after a pause when valid. */
  edit(name: string, draft: StyleDraft): void;
  /** A change of the list (new, duplicate, rename, delete, default): saved at once. Answers whether it was saved. */
  change(own: HouseStyle[], defaultName: string, drafts?: ReadonlyMap<string, StyleDraft>): Promise<boolean>;
  /** Sends what waits to be saved now (Close, Save again). */
  flush(): Promise<boolean>;
}

export function useStyleStore(api: BulletinDeskApi, preferences: Preferences): StyleStore {
  const t = useT();
  const [own, setOwn] = useState<HouseStyle[]>(preferences.houseStyles);
  const [defaultName, setDefaultName] = useState(preferences.defaultHouseStyle);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, StyleDraft>>(new Map());
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef({ own, defaultName });
  /** Local changes not yet confirmed on disk: counted, so that an older save's answer does not clear a newer change. */
  const version = useRef(0);
  const savedVersion = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const live = useRef(true);

  const send = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const v = version.current;
    const change: Change = { houseStyles: latest.current.own, defaultHouseStyle: latest.current.defaultName };
    if (live.current) setSave({ kind: 'saving' });
    const done = queue.current.then(async () => {
      try {
        await api.call('preferences.set', change);
        savedVersion.current = Math.max(savedVersion.current, v);
        if (live.current && version.current === v) setSave({ kind: 'saved' });
        return true;
      } catch (e) {
        if (live.current) setSave({ kind: 'failed', reason: failureText(e, t) });
        return false;
      }
    });
    queue.current = done;
    return done;
  }, [api, t]);

  const changed = (nextOwn: HouseStyle[], nextDefault: string) => {
    version.current++;
    latest.current = { own: nextOwn, defaultName: nextDefault };
    setOwn(nextOwn);
    setDefaultName(nextDefault);
  };

  const edit = useCallback(
    (name: string, draft: StyleDraft) => {
      setDrafts((d) => new Map(d).set(name, draft));
      const checked = checkDraft(draft);
      // an invalid edit waits on screen; an earlier valid one still goes out
      if (!checked.ok) return;
      const nextOwn = latest.current.own.map((s) => (s.name === name ? checked.style : s));
      changed(nextOwn, latest.current.defaultName);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), SAVE_DELAY_MS);
    },
    [send],
  );

  const change = useCallback(
    (nextOwn: HouseStyle[], nextDefault: string, nextDrafts?: ReadonlyMap<string, StyleDraft>) => {
      if (nextDrafts) setDrafts(nextDrafts);
      changed(nextOwn, nextDefault);
      return send();
    },
    [send],
  );

  const flush = useCallback(() => (version.current > savedVersion.current ? send() : queue.current.then(() => true)), [send]);

  // news from the preferences (this window's saves, another window, the file edited by hand): taken when nothing waits
  useEffect(() => {
    if (version.current > savedVersion.current) return;
    latest.current = { own: preferences.houseStyles, defaultName: preferences.defaultHouseStyle };
    setOwn(preferences.houseStyles);
    setDefaultName(preferences.defaultHouseStyle);
    setDrafts((d) => {
      const kept = new Map<string, StyleDraft>();
      for (const [name, draft] of d) {
        const checked = checkDraft(draft);
        const style = preferences.houseStyles.find((s) => s.name === name);
        // an invalid edit stays; a valid one stays only while it says what the preferences say
        if (!checked.ok || (style && samePlainData(checked.style, style))) kept.set(name, draft);
      }
      return kept;
    });
  }, [preferences]);

  // leaving the editor sends what waits
  useEffect(() => {
    live.current = true;
    // counters, not elements: their values when the editor is left are the ones wanted
    const versions = { edited: version, saved: savedVersion };
    return () => {
      live.current = false;
      if (versions.edited.current > versions.saved.current) void send();
    };
  }, [send]);

  return { own, defaultName, drafts, save, edit, change, flush };
}
