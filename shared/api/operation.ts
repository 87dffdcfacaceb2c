import type { z } from 'zod';
import type { Access } from './access';

/**
 * One operation of the contract, declared once: its runtime input schema, who may use it and what
 * it reads or changes, and a compile-time result type.
 */
export interface Operation<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  /** Never read at run time: it carries the result type for the compiler. */
  output: Output;
}

export function operation<Output>() {
  return <Input extends z.ZodType>(input: Input, access: Access): Operation<Input, Output> => ({
    input,
    access,
    output: undefined as Output,
  });
}

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void ? I : never;

/**
 * The work areas' operations (or handlers) as one object. Spreading would let a later area's
 * operation silently replace an earlier one of the same name; this refuses it at start-up.
 */
export function combineAreas<const Parts extends object[]>(...parts: Parts): Intersection<Parts[number]> {
  const combined: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, entry] of Object.entries(part)) {
      if (Object.hasOwn(combined, name)) throw new Error(`Operation ${name} is declared twice`);
      combined[name] = entry;
    }
  }
  return combined as Intersection<Parts[number]>;
}
