import type { z } from 'zod';

/** One operation of the contract: a runtime input schema and a compile-time result type. */
export interface Operation<Input extends z.ZodType, Output> {
  input: Input;
  /** Never read at run time: it carries the result type for the compiler. */
  output: Output;
}

export function operation<Output>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Output> => ({
    input,
    output: undefined as Output,
  });
}
