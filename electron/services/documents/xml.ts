import { withoutControlCharacters } from '../../../shared/domain/text';

/** A small XML writer: elements in the order given, text and attributes escaped. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string | null;
}

type Child = XmlElement | null | undefined | false | '';

/** `el('cbc:ID', '2026-0001')`, `el('cac:Party', [...])`, `el('cbc:Amount', '1.00', { currencyID: 'EUR' })`. */
export function el(name: string, content: string | Child[], attributes: Record<string, string> = {}): XmlElement {
  return typeof content === 'string'
    ? { name, attributes, children: [], text: content }
    : { name, attributes, children: content.filter((child): child is XmlElement => Boolean(child)), text: null };
}

export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0)}\n`;
}

function write(node: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join('');
  if (node.text !== null) return `${indent}<${node.name}${attributes}>${escape(node.text)}</${node.name}>`;
  const children = node.children.map((child) => write(child, depth + 1)).join('\n');
  return `${indent}<${node.name}${attributes}>\n${children}\n${indent}</${node.name}>`;
}

/**
 * Control characters XML cannot hold are left out (the fields refuse them, but older records may
 * have one); line breaks and tabs are written as references, so attributes keep them too.
 */
function escape(text: string): string {
  return withoutControlCharacters(text).replace(/[&<>"'\t\n\r]/g, (character) => ENTITIES[character]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
