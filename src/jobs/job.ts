import type { z } from "zod";

/**
 * A background job, declared like a command: a name, the schema its data must match (checked by
 * the worker before the handler runs) and a handler. Throw BullMQ's UnrecoverableError for
 * failures a retry cannot fix.
 */
export interface JobDefinition<Schema extends z.ZodType, Deps> {
  name: string;
  dataSchema: Schema;
  handler(data: z.infer<Schema>, deps: Deps): Promise<unknown>;
}
