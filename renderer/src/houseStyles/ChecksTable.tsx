// The copy checks of a house style: per check, its own severity (the default), error, warning, or off.
import { CHECK_IDS, DEFAULT_SEVERITY, type CheckId, type CheckSetting } from '../../../shared/copyDesk/types';
import { useT } from '../i18n/index';

interface Props {
  id: string;
  checks: Readonly<Record<string, CheckSetting>>;
  onChange(checks: Record<string, CheckSetting>): void;
}

const SETTINGS: readonly CheckSetting[] = ['error', 'warning', 'off'];

export function ChecksTable({ id, checks, onChange }: Props) {
  const t = useT();
  const set = (check: CheckId, value: string) => {
    const next: Record<string, CheckSetting> = { ...checks };
    if (value === '') delete next[check];
    else next[check] = value as CheckSetting;
    onChange(next);
  };
  return (
    <table className="checks-table">
      <tbody>
        {CHECK_IDS.map((check) => (
          <tr key={check}>
            <th scope="row">
              <label htmlFor={`${id}-${check}`}>{t(`houseStyles.check.${check}`)}</label>
            </th>
            <td>
              <select id={`${id}-${check}`} value={checks[check] ?? ''} onChange={(e) => set(check, e.target.value)}>
                <option value="">
                  {t('houseStyles.checkSetting.default', { severity: t(`houseStyles.checkSetting.${DEFAULT_SEVERITY[check]}`) })}
                </option>
                {SETTINGS.map((s) => (
                  <option key={s} value={s}>
                    {t(`houseStyles.checkSetting.${s}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
