import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The official SI-UBL 2.0 / UBL 2.1 validation, beside the project (see its README). */
export const VALIDATE = path.resolve(__dirname, '../../../shared/einvoice/validate');
export const OFFICIAL_TESTSET = path.resolve(__dirname, '../../../shared/einvoice/testset/SI-UBL-2.0');

export interface Validation {
  /** One line a file: `PASS|FAIL file kind xsd-errors=N fatal=N warnings=N`, then its failed rules. */
  output: string;
  status: number | null;
}

/** Validates the files in one Java process, as the README advises. */
export function validateOfficially(files: string[]): Validation {
  if (!fs.existsSync(VALIDATE)) throw new Error(`The official validation is missing at ${VALIDATE}`);
  const run = spawnSync('bash', [VALIDATE, ...files], { encoding: 'utf8' });
  return { output: `${run.stdout}${run.stderr}`, status: run.status };
}

/**
 * Everything short of a clean pass, from the validation's output: a status line that is not a pass
 * with no schema errors, no fatal rule and no warning, and each rule a file broke. The validation
 * lets warnings pass; receivers show them to the municipality, so for us they count.
 */
export function shortcomings(output: string): string[] {
  return output
    .split('\n')
    .filter((line) =>
      /^(PASS|FAIL) /.test(line) ? !/^PASS .* xsd-errors=0 fatal=0 warnings=0$/.test(line) : /^\s+\S/.test(line),
    );
}
