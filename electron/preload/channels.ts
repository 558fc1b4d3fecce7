// The two IPC channels between the preload and the main process: one for calls, one for events.
/** Renderer → main: `invoke(CALL_CHANNEL, name, input)` answers a Result of shared/api.ts. */
export const CALL_CHANNEL = 'bulletin-desk:call';
/** Main → renderer: `send(EVENT_CHANNEL, name, payload)`. */
export const EVENT_CHANNEL = 'bulletin-desk:event';
