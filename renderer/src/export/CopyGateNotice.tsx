// The copy-check gate's words in a dialog: how many errors and warnings the stories carry, and the question Review / … anyway answers.
import { useLanguage, useT } from '../i18n/index';
import { gateSummary, type CopyTally } from './copyGate';

interface Props {
  tally: CopyTally;
  /** One story (the open one) rather than a page. */
  single?: boolean;
  question: 'export' | 'file' | 'send';
}

export function CopyGateNotice({ tally, single = false, question }: Props) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="copy-gate">
      <p className={tally.errors > 0 ? 'copy-gate-summary problem' : 'copy-gate-summary'}>{gateSummary(tally, t, language, single)}</p>
      <p>{t(`gate.question.${question}`)}</p>
    </div>
  );
}
