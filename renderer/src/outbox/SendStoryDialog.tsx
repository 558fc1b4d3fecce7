// "Send story…": the open story, under the default house style, into the outbox (the send dialog, its copy check asked about first).
import { useMemo } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Finding } from '../../../shared/copyDesk';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { ExportTarget } from '../export/ExportDialog';
import { NO_FINDINGS, tallyCopy } from '../export/copyGate';
import { SendDialog } from './SendDialog';

interface Props {
  api: BulletinDeskApi;
  open: boolean;
  onClose(): void;
  /** The open story (none: nothing to send, the dialog stays closed). */
  target: ExportTarget | undefined;
  style: HouseStyle;
  flush(): Promise<boolean>;
  onReview(storyId: string, finding: Finding): void;
  onOpenOutbox(): void;
  onOpenSettings(): void;
}

export function SendStoryDialog({ api, open, onClose, target, style, flush, onReview, onOpenOutbox, onOpenSettings }: Props) {
  // the story as the form holds it when the dialog opens is what the copy check asks about
  const tally = useMemo(() => (open && target ? tallyCopy([target.story], style) : NO_FINDINGS), [open, target, style]);
  if (!target) return null;
  return (
    <SendDialog
      api={api}
      open={open}
      onClose={onClose}
      title={target.headline}
      target={{ kind: 'story', storyId: target.id }}
      styleName={style.name}
      flush={flush}
      onOpenOutbox={onOpenOutbox}
      onOpenSettings={onOpenSettings}
      copyTally={tally}
      onReview={() => tally.first && onReview(target.id, tally.first.finding)}
    />
  );
}
