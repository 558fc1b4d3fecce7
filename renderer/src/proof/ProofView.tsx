// A proof of a story or a bulletin, set like a newspaper column, to print or save as PDF.
import type { BulletinDeskApi } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { ProofTarget } from '../shell/workspace';

export interface ProofViewProps {
  api: BulletinDeskApi;
  target: ProofTarget;
  houseStyle: HouseStyle;
  /** Waits until the open story's edits are on disk (false: they could not be saved). */
  flush(): Promise<boolean>;
  onClose(): void;
}

export function ProofView(_props: ProofViewProps) {
  return <main className="editor" />;
}
