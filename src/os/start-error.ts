/**
 * A failure to start that an operator caused and can fix (a missing program, an unreachable
 * server, a data directory in use). Its message says what is wrong and what to do, in one or
 * two lines; `main` prints only that message, never a stack trace.
 */
export class StartError extends Error {
  override readonly name: string = "StartError";
}
