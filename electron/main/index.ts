// The Electron main process's entry point: everything happens in lifecycle.ts.
import { app } from 'electron';
import { userDataFolder } from '../services/preferences';
import { runBulletinDesk } from './lifecycle';

// the same preferences (and window state) as `bulletin serve`, set before anything reads the path
app.setPath('userData', userDataFolder());
runBulletinDesk();
