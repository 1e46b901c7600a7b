/** The messages between the save-everything control (./save-all.ts) and the worker (./sw.ts). */

/** A message from the save-everything control (./save-all.ts), which sends a port to answer on. */
export type SaveRequest =
  | { type: 'status'; lang: string }
  | { type: 'save'; lang: string }
  | { type: 'cancel' }
  | { type: 'remove'; lang: string };

/** What the worker answers on the port the control sends with each message. */
export type SaveReply =
  | { type: 'status'; pages: number; files: number; bytes: number; saved: boolean }
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'done'; pages: number }
  | { type: 'cancelled' }
  | { type: 'failed' }
  | { type: 'removed' };
