/** The IPC channel an operation travels on between preload and main. */
export const channelOf = (name: string) => `api:${name}`;

/** The channel on which the main process tells the page what changed (see `window.live`). */
export const LIVE_CHANNEL = 'live:change';
