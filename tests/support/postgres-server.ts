import { execFileSync } from 'node:child_process';

/**
 * Vitest's global setup: the postgres tests need a server. CI starts one in `.ci/run` and passes
 * BG_TEST_PG_URL; otherwise a throw-away server is started here and stopped at the end.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.BG_TEST_PG_URL) return undefined;
  const script = 'scripts/postgres/test-server.sh';
  const exports = execFileSync('bash', [script, 'start'], { encoding: 'utf8' });
  for (const [, name, value] of exports.matchAll(/^export (\w+)='([^']*)'$/gm)) process.env[name] = value;
  const folder = process.env.BG_TEST_PG_DIR!;
  return () => execFileSync('bash', [script, 'stop', folder]);
}
