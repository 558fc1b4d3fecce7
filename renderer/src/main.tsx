// The renderer's entry, kept small: the browser host's bridge (a no-op under Electron's preload), the app's shortcuts, the desk's first calls, then the app's script.
import { installHttpBridge } from './bridge/installHttpBridge';
import { appMessages } from './i18n/app';
import { installCommands } from './shell/commands';
import { startDesk } from './shell/startup';
import './tokens.css';
import './common.css';
import './app.css';

installHttpBridge();
// listening from the first moment: a Ctrl+N pressed while the library loads is not lost
installCommands(window.bulletinDesk);
// app.info, the preferences and the library listing travel while React and the app's script load and run
startDesk(window.bulletinDesk);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
import('./shell/mountApp').then(
  ({ mountApp }) => mountApp(root),
  (e: unknown) => {
    // the app's script did not load (a damaged install, the host gone): said in place of the app
    const messages = navigator.language.toLowerCase().startsWith('zh') ? appMessages['zh-CN'] : appMessages.en;
    const problem = document.createElement('p');
    problem.className = 'problem';
    problem.textContent = messages['app.failed'].replace('{reason}', e instanceof Error ? e.message : String(e));
    root.replaceChildren(problem);
  },
);
