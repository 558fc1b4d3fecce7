// "Send page…" and "Send story…": the page (or the open story) with its photos into the outbox for a destination (the default chosen), asking for the mail password when the desk needs it.
import { useEffect, useId, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Destination } from '../../../shared/destinations';
import { CopyGateNotice } from '../export/CopyGateNotice';
import { hasFindings, type CopyTally } from '../export/copyGate';
import { styleLabel } from '../houseStyles/styleChoices';
import { useT } from '../i18n/index';
import { failureOf, failureText } from '../shell/errors';
import { ModalDialog } from '../shell/ModalDialog';

interface Props {
  api: BulletinDeskApi;
  open: boolean;
  onClose(): void;
  title: string;
  /** What is sent: a bulletin's page, or one story under a house style. */
  target: SendTarget;
  styleName: string;
  /** Sends the open story's pending edits first (the page is read from the files). */
  flush: (() => Promise<boolean>) | undefined;
  onOpenOutbox(): void;
  onOpenSettings(): void;
  /** The copy check's findings on the page: asked about before the page is sent. */
  copyTally: CopyTally;
  onReview(): void;
}

type SendTarget = { kind: 'page'; bulletinId: string } | { kind: 'story'; storyId: string };

type Outcome = { text: string; problem: boolean; queued?: boolean };
type Asked = { user: string; host: string; destination: string };

export function SendDialog(props: Props) {
  const { api, open, onClose, title, target, styleName, flush, onOpenOutbox, onOpenSettings, copyTally, onReview } = props;
  const t = useT();
  const ids = useId();
  const [destinations, setDestinations] = useState<Destination[] | undefined>(undefined);
  const [chosen, setChosen] = useState('');
  const [asked, setAsked] = useState<Asked | undefined>(undefined);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [gatePassed, setGatePassed] = useState(false);
  const story = target.kind === 'story';
  const failedKey = story ? 'outbox.failedStory' : 'outbox.failed';
  const untitled = story ? t('proof.untitled') : t('bulletin.untitled');

  // the destinations as they are now (Settings may have changed them since)
  useEffect(() => {
    if (!open) return;
    let live = true;
    api.call('destinations.get', {}).then(
      (kept) => {
        if (!live) return;
        setDestinations(kept.destinations);
        setChosen(kept.default ?? kept.destinations[0]?.name ?? '');
      },
      (e: unknown) => live && setOutcome({ text: t(failedKey, { reason: failureText(e, t) }), problem: true }),
    );
    return () => {
      live = false;
    };
  }, [api, open, t, failedKey]);

  const opened = () => {
    setGatePassed(false);
    setOutcome(undefined);
    setAsked(undefined);
    setPassword('');
  };

  const send = async () => {
    if (busy || !chosen) return;
    if (asked && password === '') return setOutcome({ text: t('destinations.problem.password'), problem: true });
    setBusy(true);
    setOutcome({ text: t(story ? 'outbox.sendingStory' : 'outbox.sending'), problem: false });
    try {
      if (asked) {
        await api.call('destinations.password', { name: asked.destination, password });
        setPassword('');
        setAsked(undefined);
      }
      if (flush) await flush();
      if (target.kind === 'page') await api.call('outbox.sendPage', { bulletin: target.bulletinId, destination: chosen });
      else await api.call('outbox.sendStory', { story: target.storyId, destination: chosen, houseStyle: styleName });
      setOutcome({
        text: t('outbox.queued', { title: title || untitled, destination: chosen }),
        problem: false,
        queued: true,
      });
    } catch (e) {
      const failure = failureOf(e);
      if (failure.reason === 'smtpPasswordNeeded' && failure.params) {
        const p = failure.params;
        setAsked({ user: String(p.user ?? ''), host: String(p.host ?? ''), destination: String(p.destination ?? chosen) });
        setOutcome({ text: failureText(e, t), problem: false });
      } else setOutcome({ text: t(failedKey, { reason: failureText(e, t) }), problem: true });
    } finally {
      setBusy(false);
    }
  };

  const none = destinations !== undefined && destinations.length === 0;
  const gated = !none && !gatePassed && !outcome?.queued && hasFindings(copyTally);
  return (
    <ModalDialog
      open={open}
      title={t(story ? 'outbox.sendStoryTitle' : 'outbox.sendTitle')}
      className="export-dialog send-dialog"
      cancelLabel={t('outbox.close')}
      secondary={
        gated
          ? { label: t('gate.review'), closes: true, onClick: onReview }
          : none
            ? { label: t('outbox.openSettings'), closes: true, onClick: onOpenSettings }
            : outcome?.queued
              ? { label: t('outbox.openOutbox'), closes: true, onClick: onOpenOutbox }
              : undefined
      }
      primary={
        gated
          ? { label: t('gate.sendAnyway'), onClick: () => setGatePassed(true) }
          : none || outcome?.queued
            ? undefined
            : { label: t('outbox.sendButton'), disabled: busy || !destinations, onClick: () => void send() }
      }
      onOpen={opened}
      onClose={onClose}
    >
      <p>{t(story ? 'outbox.sendStoryWhat' : 'outbox.sendWhat', { title: title || untitled, style: styleLabel(styleName, t) })}</p>
      {gated ? (
        <CopyGateNotice tally={copyTally} question="send" />
      ) : none ? (
        <p>{t('outbox.noDestinations')}</p>
      ) : (
        destinations && (
          <div className="export-fields">
            <label htmlFor={`${ids}-to`}>{t('outbox.sendTo')}</label>
            <select id={`${ids}-to`} value={chosen} disabled={outcome?.queued} onChange={(e) => setChosen(e.target.value)}>
              {destinations.map((d) => (
                <option key={d.name} value={d.name}>
                  {d.name}
                </option>
              ))}
            </select>
            {asked && (
              <>
                <label htmlFor={`${ids}-password`}>{t('destinations.passwordFor', { user: asked.user, host: asked.host })}</label>
                <input
                  id={`${ids}-password`}
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  // eslint-disable-next-line jsx-a11y/no-autofocus -- the one thing the reporter is asked for now
                  autoFocus
                  onChange={(e) => setPassword(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      void send();
                    }
                  }}
                />
              </>
            )}
          </div>
        )
      )}
      <p className={outcome?.problem ? 'export-outcome problem' : 'export-outcome'} aria-live="polite">
        {outcome?.text ?? ''}
      </p>
    </ModalDialog>
  );
}
