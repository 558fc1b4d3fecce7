// The outbox: each page put in it, queued, sending, sent (time, the server's answer, Message-ID) or failed (why, with Retry and Remove); another computer's item can be sent from this one.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { OutboxItemView } from '../../../shared/apiOutboxCalls';
import { useLanguage, useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { InlineConfirm } from '../shell/InlineConfirm';
import { failureLine, itemTime } from './itemText';
import './outbox.css';

interface Props {
  api: BulletinDeskApi;
  onClose(): void;
}

export function OutboxView({ api, onClose }: Props) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [items, setItems] = useState<OutboxItemView[] | undefined>(undefined);
  const [removing, setRemoving] = useState<string | undefined>(undefined);
  const [takingOver, setTakingOver] = useState<string | undefined>(undefined);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');

  const read = useCallback(async () => {
    try {
      setItems((await api.call('outbox.list', {})).items);
    } catch (e) {
      setProblem(t('outbox.problem', { reason: failureText(e, t) }));
    }
  }, [api, t]);
  useEffect(() => {
    void read();
    // each change of state as it happens (the list is read again for an item it does not hold yet)
    return api.on('outbox.changed', ({ item }) =>
      setItems((now) => {
        if (!now || !now.some((i) => i.id === item.id)) {
          void read();
          return now;
        }
        return now.map((i) => (i.id === item.id ? item : i));
      }),
    );
  }, [api, read]);
  useEffect(() => heading.current?.focus(), []);

  const retry = async (item: OutboxItemView, fromHere = false) => {
    setProblem('');
    setSaid(t('outbox.retrying', { title: item.title }));
    try {
      const { item: tried } = await api.call('outbox.retry', { id: item.id, ...(fromHere ? { fromHere } : {}) });
      setItems((now) => now?.map((i) => (i.id === tried.id ? tried : i)));
    } catch (e) {
      setProblem(t('outbox.problem', { reason: failureText(e, t) }));
    }
  };
  const remove = async (item: OutboxItemView) => {
    setProblem('');
    try {
      await api.call('outbox.remove', { id: item.id });
      setItems((now) => now?.filter((i) => i.id !== item.id));
      setSaid(t('outbox.removed', { title: item.title }));
      heading.current?.focus();
    } catch (e) {
      setProblem(t('outbox.problem', { reason: failureText(e, t) }));
    }
  };

  // newest first: the page just sent is at the top
  const shown = items ? [...items].reverse() : undefined;
  return (
    <main className="editor outbox-view" aria-labelledby={`${ids}-title`}>
      <header className="bar bar-spread">
        <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
          {t('outbox.title')}
        </h2>
        <button type="button" onClick={onClose}>
          {t('outbox.back')}
        </button>
      </header>
      {!shown ? (
        <p className="quiet">{t('outbox.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="quiet">{t('outbox.empty')}</p>
      ) : (
        <ul className="outbox-items" aria-label={t('outbox.items')}>
          {shown.map((item) => {
            const failure = failureLine(item, t, language);
            return (
              <li key={item.id} className={`outbox-item outbox-${item.state}`} aria-labelledby={`${ids}-${item.id}`}>
                <div className="outbox-head">
                  <strong id={`${ids}-${item.id}`}>{item.title}</strong>
                  <span className="outbox-state">{t(`outbox.state.${item.state}`)}</span>
                </div>
                <p className="quiet">
                  {t('outbox.to', { destination: item.destination.name })}
                  {item.subject ? ` · ${item.subject}` : ''}
                </p>
                {item.state === 'sent' ? (
                  <dl className="outbox-sent">
                    <dt>{t('outbox.sentAt', { time: itemTime(item.sentAt ?? item.createdAt, language) })}</dt>
                    {item.response && <dd>{t('outbox.serverSaid', { response: item.response })}</dd>}
                    {item.messageId && <dd className="outbox-id">{t('outbox.messageId', { id: item.messageId })}</dd>}
                  </dl>
                ) : (
                  <p className="quiet">{t('outbox.queuedAt', { time: itemTime(item.createdAt, language) })}</p>
                )}
                {failure && <p className={item.state === 'failed' ? 'problem' : 'quiet'}>{failure}</p>}
                {item.state === 'failed' && item.lastError?.response && (
                  <p className="outbox-server">{t('outbox.serverSaid', { response: item.lastError.response })}</p>
                )}
                {item.elsewhere && <p className="quiet">{t('outbox.elsewhere')}</p>}
                <div className="actions">
                  {!item.elsewhere && (item.state === 'failed' || item.state === 'queued') && (
                    <button type="button" className="small" onClick={() => void retry(item)}>
                      {t('outbox.retry')}
                    </button>
                  )}
                  {item.elsewhere && (item.state === 'failed' || item.state === 'queued') && (
                    <button type="button" className="small" onClick={() => setTakingOver(item.id)}>
                      {t('outbox.sendFromHere')}
                    </button>
                  )}
                  <button type="button" className="small" disabled={item.state === 'sending'} onClick={() => setRemoving(item.id)}>
                    {t('outbox.remove')}
                  </button>
                </div>
                {takingOver === item.id && (
                  <InlineConfirm
                    question={t('outbox.sendFromHereQuestion', { title: item.title })}
                    confirmLabel={t('outbox.sendFromHere')}
                    cancelLabel={t('outbox.keep')}
                    onConfirm={() => {
                      setTakingOver(undefined);
                      void retry(item, true);
                    }}
                    onCancel={() => setTakingOver(undefined)}
                  />
                )}
                {removing === item.id && (
                  <InlineConfirm
                    question={t('outbox.removeQuestion', { title: item.title })}
                    confirmLabel={t('outbox.remove')}
                    cancelLabel={t('outbox.keep')}
                    danger={item.state !== 'sent'}
                    onConfirm={() => {
                      setRemoving(undefined);
                      void remove(item);
                    }}
                    onCancel={() => setRemoving(undefined)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="quiet" role="status">
        {said}
      </p>
      <p className="problem" role="alert">
        {problem}
      </p>
    </main>
  );
}
