// Draws the app into the page (loaded by main.tsx as a second script, while the desk's first calls are under way).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App';

export function mountApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
