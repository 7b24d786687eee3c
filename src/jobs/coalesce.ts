interface Waiting<In, Out> {
  input: In;
  resolve(output: Out): void;
  reject(error: unknown): void;
}

/**
 * Turns a batch operation into a per-item one that batches by itself: calls made while earlier
 * batches are in flight wait and go together in the next one (at most `maxInFlight` batches at
 * a time, each of at most `maxBatch` items). Idle, a call goes out at once; busy, round trips
 * shrink by the batch size. A failed batch rejects each of its calls with the same error.
 *
 * `run` must return one output per input, in the same order.
 */
export function coalesce<In, Out>(
  run: (inputs: In[]) => Promise<Out[]>,
  opts: { maxInFlight?: number; maxBatch?: number } = {},
): (input: In) => Promise<Out> {
  const maxInFlight = opts.maxInFlight ?? 1;
  const maxBatch = opts.maxBatch ?? 200;
  const waiting: Array<Waiting<In, Out>> = [];
  let inFlight = 0;

  const flush = (): void => {
    while (inFlight < maxInFlight && waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch);
      inFlight += 1;
      run(batch.map((w) => w.input))
        .then(
          (outputs) => {
            for (const [i, w] of batch.entries()) w.resolve(outputs[i] as Out);
          },
          (error: unknown) => {
            for (const w of batch) w.reject(error);
          },
        )
        .finally(() => {
          inFlight -= 1;
          flush();
        });
    }
  };

  return (input) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      flush();
    });
}
