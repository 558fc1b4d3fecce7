// The usual forms of a dateline offered beside the dateline field: 本报讯, 本报5月8日讯, 本报<地名>5月8日电 …
export interface DatelineForm {
  /** The text put in the field. */
  value: string;
  /** As the menu shows it, with the place to type marked. */
  label: string;
  /** Where the cursor goes in `value` (where the place name is typed); the end when absent. */
  caret?: number;
}

/**
 * The forms for today's date. `houseLabel` is the house style's generic label (a story's 本报讯 is exported
 * with it); `place` marks where a place name goes, in the interface language.
 */
export function datelineForms(houseLabel: string, today: Date, place: string): DatelineForm[] {
  const date = `${today.getMonth() + 1}月${today.getDate()}日`;
  const forms: DatelineForm[] = [
    { value: '本报讯', label: '本报讯' },
    { value: `本报${date}讯`, label: `本报${date}讯` },
    { value: `本报${date}电`, label: `本报${place}${date}电`, caret: 2 },
    { value: '本报电', label: `本报${place}电`, caret: 2 },
    { value: `新华社${date}电`, label: `新华社${place}${date}电`, caret: 3 },
  ];
  const label = houseLabel.trim();
  if (label !== '' && !forms.some((f) => f.value === label)) forms.splice(1, 0, { value: label, label });
  return forms;
}
