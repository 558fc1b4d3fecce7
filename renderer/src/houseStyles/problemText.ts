// What is wrong with an edited house style, in the reporter's words: which setting, and what to do.
import type { Translate } from '../i18n/index';
import { fieldSpec } from './styleFields';
import type { DraftProblem } from './styleDraft';

export function problemText(problem: DraftProblem, t: Translate): string {
  const spec = fieldSpec(problem.field);
  const field = spec ? t(spec.label) : problem.field;
  switch (problem.code) {
    case 'number':
      if (spec?.kind === 'number' && spec.max !== undefined) return t('houseStyles.invalid.range', { field, min: spec.min, max: spec.max });
      return t('houseStyles.invalid.atLeast', { field, min: spec?.kind === 'number' ? spec.min : 0 });
    case 'roleWritten':
      return t('houseStyles.invalid.roleWritten', { row: problem.row });
    case 'rolePrinted':
      return t('houseStyles.invalid.rolePrinted', { row: problem.row });
    case 'roleTwice':
      return t('houseStyles.invalid.roleTwice', { row: problem.row, role: problem.role });
    case 'wordWrong':
      return t('houseStyles.invalid.wordWrong', { row: problem.row });
    case 'wordRight':
      return t('houseStyles.invalid.wordRight', { row: problem.row });
    case 'wordSame':
      return t('houseStyles.invalid.wordSame', { row: problem.row, word: problem.word });
    case 'wordTwice':
      return t('houseStyles.invalid.wordTwice', { field, row: problem.row, word: problem.word });
    case 'neverUseWord':
      return t('houseStyles.invalid.neverUseWord', { row: problem.row });
    case 'other':
      return t('houseStyles.invalid.other', { field, reason: problem.reason });
  }
}
