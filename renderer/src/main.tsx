// The renderer's entry: the browser host's bridge first (a no-op under Electron's preload), then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installHttpBridge } from './bridge/installHttpBridge';
import { App } from './App';
import './app.css';

installHttpBridge();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
