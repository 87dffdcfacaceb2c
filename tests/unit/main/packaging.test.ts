import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** electron-builder's configuration: the `build` section of package.json. */
const packageJson = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  build: { asar?: boolean; electronFuses?: Record<string, unknown> };
};

describe('the packaged app', () => {
  it('has its Electron fuses set: no running as Node, encrypted cookies, only its own checked archive', () => {
    expect(packageJson.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Loading only from the archive needs the archive.
    expect(packageJson.build.asar).not.toBe(false);
  });

  it('has a configuration that the installed electron-builder accepts', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(packageJson.build, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...packageJson.build, electronFuses: { runAsNod: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/electronFuses/);
  });
});
