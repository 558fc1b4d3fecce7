// The bench's bare page (load.bare_ms): mounts React and one Lexical editor and nothing else; Ctrl+N focuses the editor.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

/** Ctrl+N focuses the editor, as the app's Ctrl+N opens a new story with its first field focused. */
function FocusOnCtrlN() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.ctrlKey || e.key.toLowerCase() !== 'n') return;
      e.preventDefault();
      editor.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
  return null;
}

function Bare() {
  return (
    <LexicalComposer initialConfig={{ namespace: 'bare', onError: (e: Error) => console.error(e) }}>
      {/* the same readiness the app's load is measured by: a button with this text drawn */}
      <button type="button">New bulletin</button>
      <RichTextPlugin contentEditable={<ContentEditable aria-label="Body" />} ErrorBoundary={LexicalErrorBoundary} />
      <HistoryPlugin />
      <FocusOnCtrlN />
    </LexicalComposer>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root');
createRoot(root).render(<Bare />);
