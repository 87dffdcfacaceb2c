import type { z } from 'zod';

/**
 * Zod's messages for whatever a schema does not word itself, in plain Dutch for the user: what to
 * fill in, never the JavaScript types zod compared ("verwacht string, ontving undefined") and never
 * what was typed, which may be long or private.
 */
export const dutchFieldError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld is verplicht.';
      return typeMessage(issue.expected === 'number' && wholeNumber(issue.inst) ? 'int' : issue.expected);
    case 'invalid_value':
      return issue.values.length === 1 ? 'Deze waarde is hier niet toegestaan.' : 'Kies een van de mogelijkheden.';
    case 'too_big':
      return tooBig(issue.origin, issue.maximum, issue.inclusive ?? true);
    case 'too_small':
      return tooSmall(issue.origin, issue.minimum, issue.inclusive ?? true);
    case 'invalid_format':
      return formatMessage(issue.format);
    case 'not_multiple_of':
      return `Vul een veelvoud van ${String(issue.divisor)} in.`;
    case 'unrecognized_keys':
      return 'Hier staat een veld dat de app niet kent; laat het weg.';
    case 'invalid_key':
      return 'Hier staat een onderdeel dat de app niet kent.';
    case 'invalid_element':
      return 'Een van de gekozen waarden is niet geldig.';
    case 'invalid_union':
      return 'Kies een van de mogelijkheden.';
    default:
      return 'Deze waarde is niet geldig.';
  }
};

/** `z.number().int()` reports a wrong type as `number`; its checks say it wants a whole one. */
function wholeNumber(schema: unknown): boolean {
  const checks = (schema as { _zod?: { def?: { checks?: { _zod: { def: { format?: string } } }[] } } } | undefined)
    ?._zod?.def?.checks;
  return (checks ?? []).some((check) => (check._zod.def.format ?? '').includes('int'));
}

function typeMessage(expected: string): string {
  switch (expected) {
    case 'int':
    case 'bigint':
      return 'Vul een geheel getal in.';
    case 'number':
    case 'nan':
      return 'Vul een getal in.';
    case 'string':
      return 'Vul hier tekst in.';
    case 'boolean':
      return 'Kies ja of nee.';
    case 'array':
    case 'set':
      return 'Kies een of meer mogelijkheden uit de lijst.';
    case 'date':
      return 'Vul een datum in.';
    case 'literal':
    case 'enum':
      return 'Kies een van de mogelijkheden.';
    case 'null':
    case 'undefined':
    case 'void':
    case 'never':
      return 'Dit veld hoort leeg te blijven.';
    default:
      return 'Dit onderdeel ontbreekt of is niet goed ingevuld.';
  }
}

function tooBig(origin: string, maximum: number | bigint, inclusive: boolean): string {
  const max = Number(maximum);
  switch (origin) {
    case 'string':
      return `Dit veld mag hoogstens ${inclusive ? max : max - 1} tekens hebben.`;
    case 'array':
    case 'set':
      return `Kies hoogstens ${inclusive ? max : max - 1}.`;
    case 'date':
      return 'Deze datum ligt te ver in de toekomst.';
    default:
      return inclusive
        ? `Vul een getal van hoogstens ${dutch(max)} in.`
        : `Vul een getal kleiner dan ${dutch(max)} in.`;
  }
}

function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean): string {
  const min = Number(minimum);
  switch (origin) {
    case 'string':
      return min <= 1 && inclusive
        ? 'Dit veld is verplicht.'
        : `Dit veld moet minstens ${inclusive ? min : min + 1} tekens hebben.`;
    case 'array':
    case 'set':
      return min <= 1 && inclusive ? 'Kies er minstens één.' : `Kies er minstens ${inclusive ? min : min + 1}.`;
    case 'date':
      return 'Deze datum ligt te ver in het verleden.';
    default:
      if (min === 0 && !inclusive) return 'Vul een getal groter dan 0 in.';
      return inclusive ? `Vul een getal van minstens ${dutch(min)} in.` : `Vul een getal groter dan ${dutch(min)} in.`;
  }
}

function formatMessage(format: string): string {
  switch (format) {
    case 'email':
      return 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.';
    case 'date':
      return 'Vul een datum in zoals 2026-01-31.';
    case 'datetime':
      return 'Vul een datum en tijd in.';
    case 'time':
      return 'Vul een tijd in zoals 14:30.';
    case 'url':
      return 'Vul een geldig webadres in, bijvoorbeeld https://www.voorbeeld.nl.';
    case 'base64':
    case 'base64url':
      return 'Dit bestand is niet goed doorgekomen; kies het opnieuw.';
    default:
      return 'Deze waarde heeft niet de juiste vorm.';
  }
}

function dutch(value: number): string {
  return value.toLocaleString('nl-NL');
}
