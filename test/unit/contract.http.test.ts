// The contract suite over the loopback host: a Node client (fetch + SSE reader), then the browser bridge itself.
import { startHost } from '../../electron/host/server';
import type { BulletinDeskApi } from '../../shared/api';
import { contractSuite } from './contract/suite';
import { installBrowserShim, loadHttpBridge } from './helpers/hostBrowserShim';
import { connectHttpClient } from './helpers/hostClient';
import { openTestDesk } from './helpers/hostHarness';

contractSuite('http', async (libraryFolder, userDataFolder) => {
  const desk = await openTestDesk(libraryFolder, userDataFolder);
  const host = await startHost({ desk, buildFolder: null });
  const client = await connectHttpClient(host.origin, host.token);
  return {
    api: client.api,
    async close() {
      client.close();
      await host.close();
      await desk.close();
    },
  };
});

const { installHttpBridge } = await loadHttpBridge();

contractSuite('http through the browser bridge', async (libraryFolder, userDataFolder) => {
  const desk = await openTestDesk(libraryFolder, userDataFolder);
  const host = await startHost({ desk, buildFolder: null });
  const browser = installBrowserShim(host.origin, `/#token=${host.token}`);
  installHttpBridge();
  return {
    api: browser.window.bulletinDesk as BulletinDeskApi,
    async close() {
      browser.restore();
      await host.close();
      await desk.close();
    },
  };
});
