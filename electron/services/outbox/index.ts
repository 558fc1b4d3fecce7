// The outbox's public face: queue a page or story for an e-mail address or a drop folder; it is delivered by itself.
export { Outbox } from './outbox';
export { buildMessage, sendMessage } from './mail';
export { deliverToFolder } from './dropFolder';
