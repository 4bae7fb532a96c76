/**
 * Collects the calls made within one turn of the event loop and hands them to `run` as one batch, as
 * DataLoader does. Under a burst, many requests then share one database round trip and one commit.
 * `run` returns one result per input, in order: a value, or an Error for that input alone.
 */
export class MicroBatcher<In, Out> {
  private pending: Array<{ input: In; resolve: (value: Out) => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;

  constructor(
    private readonly run: (inputs: In[]) => Promise<Array<Out | Error>>,
    private readonly maxBatchSize = 100,
  ) {}

  submit(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (this.pending.length >= this.maxBatchSize) {
        this.flush();
      } else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending.splice(0, this.maxBatchSize);
    if (this.pending.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (batch.length === 0) return;
    this.run(batch.map((entry) => entry.input)).then(
      (results) => {
        batch.forEach((entry, index) => {
          const result = results[index];
          if (result instanceof Error) entry.reject(result);
          else if (index >= results.length) entry.reject(new Error('batch returned too few results'));
          else entry.resolve(result);
        });
      },
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  }
}
