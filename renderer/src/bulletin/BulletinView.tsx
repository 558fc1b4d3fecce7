// A bulletin: its title and date, its stories in page order, the page's preview and count, export and filing.
import type { BulletinDeskApi } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';

export interface BulletinViewProps {
  api: BulletinDeskApi;
  /** No id: the form that makes a new bulletin. */
  id: string | undefined;
  styles: readonly HouseStyle[];
  defaultStyle: HouseStyle;
  onOpenBulletin(id: string): void;
  onOpenStory(id: string): void;
  onProof(id: string): void;
  onClose(): void;
}

export function BulletinView(_props: BulletinViewProps) {
  return <main className="editor" />;
}
