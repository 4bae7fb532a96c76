/**
 * Collects the calls made within one event-loop turn into one batch, as DataLoader does, and runs at most
 * `maxInFlight` batches at a time: calls arriving while those run wait and leave together in the next
 * batch (group commit). Under a burst the batches grow with the load instead of one small batch per
 * event-loop turn, so the database sees far fewer statements; each database command costs the shared CPU
 * more than the rows in it. `run` returns one result per input, in order: a value, or an Error for that input alone.
 */
export class GroupBatcher<In, Out> {
  private pending: Array<{ input: In; resolve: (value: Out) => void; reject: (error: unknown) => void }> = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: (inputs: In[]) => Promise<Array<Out | Error>>,
    private readonly maxInFlight = 1,
    private readonly maxBatchSize = 100,
  ) {}

  submit(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      this.schedule();
    });
  }

  /** Waits one event-loop turn, so the calls made in it go together. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.maxInFlight && this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatchSize);
      this.inFlight += 1;
      void this.run(batch.map((entry) => entry.input))
        .then(
          (results) => {
            batch.forEach((entry, index) => {
              const result = results[index];
              if (index >= results.length) entry.reject(new Error('batch returned too few results'));
              else if (result instanceof Error) entry.reject(result);
              else entry.resolve(result);
            });
          },
          (error: unknown) => batch.forEach((entry) => entry.reject(error)),
        )
        .finally(() => {
          this.inFlight -= 1;
          this.schedule();
        });
    }
  }
}
