// When the network comes back, what waits in the outbox is sent at once instead of at its next retry.
import { useEffect } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';

export function useSendWhenOnline(api: BulletinDeskApi): void {
  useEffect(() => {
    const online = () => void api.call('outbox.kick', {}).catch(() => undefined); // the retry timer still sends it later
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [api]);
}
