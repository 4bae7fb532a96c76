import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('runs the calls of one event-loop turn as one batch, results in order', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(async (inputs) => {
      batches.push(inputs);
      return inputs.map((n) => n * 10);
    });
    const results = await Promise.all([1, 2, 3].map((n) => batcher.submit(n)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('rejects only the inputs whose result is an Error', async () => {
    const batcher = new MicroBatcher<number, number>(async (inputs) => inputs.map((n) => (n === 2 ? new Error('two') : n)));
    const settled = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toEqual(new Error('two'));
  });

  it('rejects the whole batch when the run itself fails', async () => {
    const batcher = new MicroBatcher<number, number>(async () => {
      throw new Error('database down');
    });
    const settled = await Promise.allSettled([1, 2].map((n) => batcher.submit(n)));
    expect(settled.every((s) => s.status === 'rejected' && (s.reason as Error).message === 'database down')).toBe(true);
  });

  it('splits at the maximum batch size', async () => {
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>(async (inputs) => {
      sizes.push(inputs.length);
      return inputs;
    }, 4);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.submit(i)));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('rejects inputs left without a result', async () => {
    const batcher = new MicroBatcher<number, number>(async (inputs) => inputs.slice(1));
    const settled = await Promise.allSettled([1, 2].map((n) => batcher.submit(n)));
    expect(settled[0].status).toBe('fulfilled');
    expect(settled[1].status).toBe('rejected');
  });
});
