// The library's bulletins in the sidebar: open one.
import type { BulletinDeskApi } from '../../../shared/api';

export interface BulletinListProps {
  api: BulletinDeskApi;
  openId: string | undefined;
  onOpen(id: string): void;
}

export function BulletinList(_props: BulletinListProps) {
  return null;
}
