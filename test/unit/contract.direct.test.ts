// The contract suite against the desk itself, through `dispatch` (the validation both transports use).
import { ApiError, dispatch, type BulletinDeskApi } from '../../shared/api';
import { openDesk } from '../../electron/services/desk';
import { contractSuite } from './contract/suite';

contractSuite('direct dispatch', async (libraryFolder, userDataFolder) => {
  const desk = await openDesk({ libraryFolder, userDataFolder, host: 'browser', version: 'test' });
  const api: BulletinDeskApi = {
    async call(name, input) {
      // a structured clone, as any transport would make, so no object is shared with the service
      const result = await dispatch(desk.service, name, structuredClone(input));
      if (!result.ok) throw new ApiError(result.error);
      return structuredClone(result.value) as never;
    },
    on(name, listener) {
      return desk.subscribe((n, payload) => {
        if ((n as string) === name) listener(structuredClone(payload) as never);
      });
    },
  };
  return { api, close: () => desk.close() };
});
