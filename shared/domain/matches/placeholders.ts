/**
 * The placeholders a document template may use, with what they stand for. A template is plain
 * text: `# ` starts a heading, `- ` a list item, an empty line a new paragraph; a placeholder that
 * stands for a list (the children) on a line of its own becomes a list.
 */
export const PLACEHOLDERS = {
  'stichting.naam': 'Naam van de stichting',
  'gemeente.naam': 'Gemeente van de koppeling',
  'coordinator.naam': 'Naam van de coördinator',
  'coordinator.telefoon': 'Telefoon van de coördinator',
  'coordinator.email': 'E-mail van de coördinator',
  'vraaggezin.naam': 'Naam van het vraaggezin (Familie …)',
  'vraaggezin.adres': 'Adres van het vraaggezin',
  'vraaggezin.ouders': 'Ouders van het vraaggezin',
  'steungezin.naam': 'Naam van het steungezin',
  'steungezin.adres': 'Adres van het steungezin',
  'steungezin.ouders': 'Volwassenen van het steungezin',
  kinderen: 'De kinderen die meedoen (als lijst)',
  'koppeling.steun': 'Wat de steun is',
  'koppeling.frequentie': 'Hoe vaak',
  'koppeling.afspraken': 'De afspraken',
  'koppeling.startdatum': 'Begin van de proefperiode',
  'koppeling.proefperiode_einde': 'Einde van de proefperiode',
  'koppeling.evaluaties': 'Data van de evaluaties',
  'koppeling.einddatum': 'Uiterlijke einddatum van de begeleiding',
  datum: 'Datum waarop het document is gemaakt',
} as const;
type Placeholder = keyof typeof PLACEHOLDERS;

const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PATTERN)].map((match) => match[1]))];
}

/**
 * The names that are not the app's own placeholders. Only the list's own names count: `name in`
 * would also accept what every object inherits (`{{constructor}}`, `{{__proto__}}`, `{{toString}}`).
 */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !isPlaceholder(name));
}

function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** What a placeholder stands for; nothing for a name that is not on the list. */
function valueOf(values: PlaceholderValues, name: string): string | string[] {
  return isPlaceholder(name) && Object.hasOwn(values, name) ? values[name] : '';
}

export type PlaceholderValues = Record<Placeholder, string | string[]>;

export type TemplateBlock =
  { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** The template with its placeholders filled, as headings, paragraphs and lists. */
export function fillTemplate(body: string, values: PlaceholderValues): TemplateBlock[] {
  const blocks: TemplateBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const addItems = (items: string[]) => {
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'list') last.items.push(...items);
    else blocks.push({ kind: 'list', items: [...items] });
  };
  for (const raw of body.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.trim();
    const alone = /^\{\{\s*([^{}]*?)\s*\}\}$/.exec(line);
    if (line === '') flush();
    else if (alone && Array.isArray(valueOf(values, alone[1]))) {
      flush();
      addItems(valueOf(values, alone[1]) as string[]);
    } else if (line.startsWith('# ')) {
      flush();
      blocks.push({ kind: 'heading', text: fill(line.slice(2), values) });
    } else if (line.startsWith('- ')) {
      flush();
      addItems([fill(line.slice(2), values)]);
    } else paragraph.push(fill(line, values));
  }
  flush();
  return blocks;
}

function fill(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (_, name: string) => {
    const value = valueOf(values, name);
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  });
}
