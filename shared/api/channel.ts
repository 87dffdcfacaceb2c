/** The IPC channel an operation travels on between preload and main. */
export const channelOf = (name: string) => `api:${name}`;
