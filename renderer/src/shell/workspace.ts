// What the desk's main area shows: the open story's form, a bulletin, the import review, the house styles, the settings, a story's history, a proof or a sync conflict.
export type ProofTarget = { kind: 'story'; id: string } | { kind: 'bulletin'; id: string };

export type Workspace =
  | { kind: 'story' }
  /** A bulletin; no id: the form that makes a new one. */
  | { kind: 'bulletin'; id?: string }
  /** Import review; a page dropped on the window or chosen from the menu, or none yet (the view asks for one). */
  | { kind: 'import'; file?: File }
  | { kind: 'houseStyles' }
  /** Byline, language, default house style, library folder. */
  | { kind: 'settings' }
  /** The pages sent and being sent to the desk. */
  | { kind: 'outbox' }
  /** The history of the open story. */
  | { kind: 'history'; id: string }
  | { kind: 'proof'; target: ProofTarget }
  /** A sync tool's conflict copy (its file name) compared with its original, to resolve. */
  | { kind: 'conflict'; file: string };
