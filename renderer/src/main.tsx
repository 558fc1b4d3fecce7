// The renderer's entry: the browser host's bridge first (a no-op under Electron's preload), the app's shortcuts, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installHttpBridge } from './bridge/installHttpBridge';
import { App } from './App';
import { installCommands } from './shell/commands';
import './app.css';

installHttpBridge();
// listening from the first moment: a Ctrl+N pressed while the library loads is not lost
installCommands(window.bulletinDesk);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
