/** The years a list can be narrowed to: next year and the seven before it, newest first. */
export function yearChoices(thisYear: number): { value: string; label: string }[] {
  return Array.from({ length: 8 }, (_, k) => String(thisYear + 1 - k)).map((year) => ({ value: year, label: year }));
}
