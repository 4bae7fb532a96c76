import { GroupBatcher } from './group-batcher';

describe('GroupBatcher', () => {
  it('runs the calls of one event-loop turn as one batch, results in order', async () => {
    const batches: number[][] = [];
    const batcher = new GroupBatcher<number, number>(async (inputs) => {
      batches.push(inputs);
      return inputs.map((n) => n * 10);
    });
    await expect(Promise.all([1, 2, 3].map((n) => batcher.submit(n)))).resolves.toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('holds calls made while a batch runs and sends them together in the next batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const batcher = new GroupBatcher<number, number>(async (inputs) => {
      batches.push(inputs);
      if (batches.length === 1) await gate;
      return inputs;
    }, 1);
    const first = batcher.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    release();
    await expect(Promise.all([first, ...later])).resolves.toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('splits at the maximum batch size', async () => {
    const sizes: number[] = [];
    const batcher = new GroupBatcher<number, number>(
      async (inputs) => {
        sizes.push(inputs.length);
        return inputs;
      },
      1,
      4,
    );
    await expect(Promise.all(Array.from({ length: 10 }, (_, i) => batcher.submit(i)))).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('rejects only the inputs whose result is an Error, or that got no result', async () => {
    const batcher = new GroupBatcher<number, number>(async (inputs) => inputs.slice(0, 2).map((n) => (n === 2 ? new Error('two') : n)));
    const settled = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect((settled[1] as PromiseRejectedResult).reason).toEqual(new Error('two'));
  });

  it('rejects the whole batch when the run fails, and keeps serving later calls', async () => {
    let fail = true;
    const batcher = new GroupBatcher<number, number>(async (inputs) => {
      if (fail) throw new Error('database down');
      return inputs;
    });
    const settled = await Promise.allSettled([1, 2].map((n) => batcher.submit(n)));
    expect(settled.every((s) => s.status === 'rejected' && (s.reason as Error).message === 'database down')).toBe(true);
    fail = false;
    await expect(batcher.submit(3)).resolves.toBe(3);
  });
});
