import {
  assignSeats,
  SeatAssignment,
  SeatingCandidate,
  SeatingInput,
  SeatingResult,
  SeatingSite,
  SeatingSlot,
} from './seating.rules';

// ---------- fixtures ----------

const FZ: SeatingSite = { id: 'site-fz', name: '福州考点', address: '福州市鼓楼区', code: 'FZ' };
const XM: SeatingSite = { id: 'site-xm', name: '厦门考点', address: '厦门市思明区', code: 'XM' };
const QZ: SeatingSite = { id: 'site-qz', name: '泉州考点', address: '泉州市丰泽区', code: 'QZ' };

function slot(id: string, site: SeatingSite, date: string, startsAt: string, rooms: Array<[string, number]>, endsAt = '12:00'): SeatingSlot {
  return {
    id,
    siteId: site.id,
    date,
    startsAt,
    endsAt: endsAt > startsAt ? endsAt : '24:00',
    rooms: rooms.map(([roomId, capacity]) => ({ id: roomId, name: `第${roomId}考站组`, capacity })),
  };
}

function candidate(signupId: number, baseId: number, traineeId = signupId, preferredSiteId: string | null = null): SeatingCandidate {
  return { signupId, traineeId, baseId, cityId: 350100, name: `考生${signupId}`, preferredSiteId };
}

function seat(signupId: number, slotId: string, roomId: string, seatNumber: number): SeatAssignment {
  return { signupId, slotId, roomId, seat: seatNumber };
}

function input(partial: Partial<SeatingInput>): SeatingInput {
  return { sites: [FZ, XM, QZ], slots: [], candidates: [], existing: [], ...partial };
}

const where = (result: SeatingResult, signupId: number): SeatAssignment | undefined =>
  result.assignments.find((assignment) => assignment.signupId === signupId);

const slotOf = (result: SeatingResult, signupId: number): string | undefined => where(result, signupId)?.slotId;

// ---------- a small seeded PRNG (mulberry32), so "random" inputs are the same on every run ----------

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const intBelow = (random: () => number, bound: number): number => Math.floor(random() * bound);

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = intBelow(random, index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

function shuffledInput(source: SeatingInput, random: () => number): SeatingInput {
  return {
    sites: shuffled(source.sites, random),
    slots: shuffled(source.slots, random).map((each) => ({ ...each, rooms: shuffled(each.rooms, random) })),
    candidates: shuffled(source.candidates, random),
    existing: shuffled(source.existing, random),
  };
}

function randomInput(random: () => number): SeatingInput {
  const sites = [FZ, XM, QZ].slice(0, 1 + intBelow(random, 3));
  const dates = ['2024-05-11', '2024-05-12'];
  const times = ['08:00', '10:00', '14:00'];
  const slots: SeatingSlot[] = Array.from({ length: intBelow(random, 6) }, (_unused, index) => {
    const rooms: Array<[string, number]> = Array.from({ length: intBelow(random, 4) }, (_room, roomIndex) => [`R${roomIndex + 1}`, intBelow(random, 7)]);
    const at = sites[intBelow(random, sites.length)];
    return slot(`S${index + 1}`, at, dates[intBelow(random, dates.length)], times[intBelow(random, times.length)], rooms, '18:00');
  });
  const preferable = [...sites.map((each) => each.id), 'site-gone'];
  const candidates: SeatingCandidate[] = Array.from({ length: intBelow(random, 41) }, (_unused, index) =>
    candidate(index + 1, 1 + intBelow(random, 5), 1000 + intBelow(random, 100) * 100 + index, random() < 0.2 ? preferable[intBelow(random, preferable.length)] : null),
  );
  // Issued seats, some stale: unknown slots/rooms, seats beyond capacity, two claims on one seat, withdrawn signups.
  const slotIds = [...slots.map((each) => each.id), 'S-gone'];
  const existing: SeatAssignment[] = Array.from({ length: intBelow(random, 25) }, () =>
    seat(1 + intBelow(random, 50), slotIds[intBelow(random, slotIds.length)], `R${1 + intBelow(random, 4)}`, intBelow(random, 8)),
  );
  return { sites, slots, candidates, existing };
}

// ---------- invariants every result must satisfy ----------

function expectInvariants(given: SeatingInput, result: SeatingResult): void {
  const candidates = new Map(given.candidates.map((each) => [each.signupId, each]));
  const slots = new Map(given.slots.map((each) => [each.id, each]));
  const capacityOf = (slotId: string, roomId: string): number | undefined => slots.get(slotId)?.rooms.find((room) => room.id === roomId)?.capacity;

  // Capacity never exceeded; seats are real seat numbers, each given once.
  const perRoom = new Map<string, number[]>();
  for (const assignment of result.assignments) {
    const capacity = capacityOf(assignment.slotId, assignment.roomId);
    expect(capacity).toBeDefined();
    expect(Number.isInteger(assignment.seat)).toBe(true);
    expect(assignment.seat).toBeGreaterThanOrEqual(1);
    expect(assignment.seat).toBeLessThanOrEqual(capacity ?? 0);
    const key = `${assignment.slotId}/${assignment.roomId}`;
    perRoom.set(key, [...(perRoom.get(key) ?? []), assignment.seat]);
  }
  for (const [key, seats] of perRoom) {
    expect(new Set(seats).size).toBe(seats.length);
    const [slotId, roomId] = key.split('/');
    expect(seats.length).toBeLessThanOrEqual(capacityOf(slotId, roomId) ?? 0);
  }

  // The load report matches the assignments and lists every room of every slot.
  expect(result.load).toHaveLength(given.slots.reduce((sum, each) => sum + each.rooms.length, 0));
  for (const row of result.load) {
    expect(row.capacity).toBe(capacityOf(row.slotId, row.roomId));
    expect(row.used).toBe(perRoom.get(`${row.slotId}/${row.roomId}`)?.length ?? 0);
    expect(row.used).toBeLessThanOrEqual(row.capacity);
  }

  // Nobody seated twice; every candidate is either seated or reported, exactly once; nobody else appears.
  const seatedIds = result.assignments.map((assignment) => assignment.signupId);
  expect(new Set(seatedIds).size).toBe(seatedIds.length);
  const unseatedIds = result.unseated.map((entry) => entry.signupId);
  expect(new Set(unseatedIds).size).toBe(unseatedIds.length);
  expect([...seatedIds, ...unseatedIds].sort((a, b) => a - b)).toEqual([...candidates.keys()].sort((a, b) => a - b));

  // Kept seats come first and are exactly issued seats; new seats follow, and only new seats are in newlySeated.
  const keptCount = result.assignments.length - result.newlySeated.length;
  expect(result.assignments.slice(keptCount)).toEqual(result.newlySeated);
  const issued = new Set(given.existing.map((each) => JSON.stringify([each.signupId, each.slotId, each.roomId, each.seat])));
  for (const kept of result.assignments.slice(0, keptCount)) {
    expect(issued.has(JSON.stringify([kept.signupId, kept.slotId, kept.roomId, kept.seat]))).toBe(true);
  }
  const hadSeat = new Set(given.existing.map((each) => each.signupId));
  for (const fresh of result.newlySeated) {
    expect(hadSeat.has(fresh.signupId)).toBe(false); // an issued seat is kept or reported, never silently replaced
    const preferred = candidates.get(fresh.signupId)?.preferredSiteId;
    if (preferred) expect(slots.get(fresh.slotId)?.siteId).toBe(preferred);
  }

  // Every report is true.
  const usedAt = (predicate: (each: SeatingSlot) => boolean): { used: number; capacity: number } =>
    result.load
      .filter((row) => predicate(slots.get(row.slotId) as SeatingSlot))
      .reduce((sum, row) => ({ used: sum.used + row.used, capacity: sum.capacity + row.capacity }), { used: 0, capacity: 0 });
  for (const entry of result.unseated) {
    const who = candidates.get(entry.signupId) as SeatingCandidate;
    expect(entry.detail.length).toBeGreaterThan(0);
    switch (entry.reason) {
      case 'EXISTING_SEAT_INVALID':
        expect(hadSeat.has(entry.signupId)).toBe(true);
        break;
      case 'NO_SLOT_AT_PREFERRED_SITE':
        expect(who.preferredSiteId).toBeTruthy();
        expect(given.slots.some((each) => each.siteId === who.preferredSiteId)).toBe(false);
        break;
      case 'NO_CAPACITY': {
        const full = usedAt((each) => !who.preferredSiteId || each.siteId === who.preferredSiteId);
        expect(full.used).toBe(full.capacity); // only when every seat they could have had is taken
        break;
      }
    }
  }
}

// ---------- tests ----------

describe('assignSeats: order', () => {
  it('TK-4 slots fill by (date, startsAt, site code, slot id), ids in natural order', () => {
    const slots = [
      slot('S9', FZ, '2024-05-12', '08:00', [['A', 1]]),
      slot('S5', FZ, '2024-05-11', '14:00', [['A', 1]], '18:00'),
      slot('S3', XM, '2024-05-11', '08:00', [['A', 1]]),
      slot('S10', FZ, '2024-05-11', '08:00', [['A', 1]]),
      slot('S2', FZ, '2024-05-11', '08:00', [['A', 1]]),
    ];
    const result = assignSeats(input({ slots, candidates: [1, 2, 3, 4, 5].map((id) => candidate(id, 7)) }));
    expect(result.assignments.map((each) => [each.signupId, each.slotId])).toEqual([
      [1, 'S2'],
      [2, 'S10'],
      [3, 'S3'],
      [4, 'S5'],
      [5, 'S9'],
    ]);
    expect(result.load.map((row) => row.slotId)).toEqual(['S2', 'S10', 'S3', 'S5', 'S9']);
  });

  it('TK-4 rooms fill by id (R2 before R10), seats lowest number first', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['R10', 2], ['R2', 2], ['R1', 1]])];
    const result = assignSeats(input({ slots, candidates: [1, 2, 3, 4, 5].map((id) => candidate(id, 1)) }));
    expect(result.assignments.map((each) => [each.signupId, each.roomId, each.seat])).toEqual([
      [1, 'R1', 1],
      [2, 'R2', 1],
      [3, 'R2', 2],
      [4, 'R10', 1],
      [5, 'R10', 2],
    ]);
  });

  it('TK-4 candidates are taken by (baseId, traineeId), not by signupId or input order', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 4]])];
    const candidates = [candidate(1, 2, 10), candidate(2, 1, 30), candidate(3, 1, 20), candidate(4, 2, 5)];
    const result = assignSeats(input({ slots, candidates }));
    expect(result.assignments.map((each) => [each.signupId, each.seat])).toEqual([
      [3, 1],
      [2, 2],
      [4, 3],
      [1, 4],
    ]);
  });

  it('TK-4 a freed seat is filled before a higher one: the lowest free number first', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 4]])];
    const result = assignSeats(
      input({ slots, candidates: [1, 2, 3].map((id) => candidate(id, 1)), existing: [seat(2, 'S1', 'A', 2)] }),
    );
    expect(result.newlySeated).toEqual([seat(1, 'S1', 'A', 1), seat(3, 'S1', 'A', 3)]);
  });
});

describe('assignSeats: determinism', () => {
  const slots = [
    slot('S1', FZ, '2024-05-11', '08:00', [['A', 3], ['B', 2]]),
    slot('S2', XM, '2024-05-11', '08:00', [['A', 4]]),
    slot('S3', FZ, '2024-05-11', '14:00', [['A', 3]], '18:00'),
    slot('S4', QZ, '2024-05-12', '08:00', [['A', 2], ['B', 2]]),
  ];
  const candidates = [
    ...[1, 2, 3, 4].map((id) => candidate(id, 1, 100 + id)),
    ...[5, 6, 7].map((id) => candidate(id, 2, 200 + id)),
    ...[8, 9].map((id) => candidate(id, 3, 300 + id, XM.id)),
    ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((id) => candidate(id, 4 + (id % 3), 400 + id)),
  ];
  const base = input({ slots, candidates, existing: [seat(6, 'S3', 'A', 2), seat(99, 'S1', 'A', 1)] });

  it('TK-4 same input → identical output, also with every input array (and every slot\'s rooms) shuffled', () => {
    const reference = assignSeats(base);
    const random = prng(20240511);
    for (let round = 0; round < 50; round += 1) {
      expect(assignSeats(shuffledInput(base, random))).toEqual(reference);
    }
    expectInvariants(base, reference);
  });

  it('TK-4 the input is not modified and the output does not alias it', () => {
    const copy = structuredClone(base);
    const result = assignSeats(base);
    expect(base).toEqual(copy);
    result.assignments.forEach((each) => (each.seat = 999));
    result.newlySeated.forEach((each) => (each.seat = 999));
    expect(base).toEqual(copy);
  });
});

describe('assignSeats: capacity', () => {
  it('TK-4 capacity is never exceeded; those left over are reported NO_CAPACITY with a detail', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 2], ['B', 1]])];
    const candidates = [candidate(1, 1), candidate(2, 1), candidate(3, 1), candidate(4, 2), candidate(5, 2)];
    const result = assignSeats(input({ slots, candidates }));
    expect(result.assignments.map((each) => each.signupId)).toEqual([1, 2, 3]);
    expect(result.load).toEqual([
      { slotId: 'S1', roomId: 'A', capacity: 2, used: 2 },
      { slotId: 'S1', roomId: 'B', capacity: 1, used: 1 },
    ]);
    expect(result.unseated).toEqual([
      { signupId: 4, reason: 'NO_CAPACITY', detail: expect.stringContaining('all 3 seats in 1 slot(s) are taken') },
      { signupId: 5, reason: 'NO_CAPACITY', detail: expect.stringContaining('座位已满') },
    ]);
  });

  it('TK-4 no slots at all: everybody NO_CAPACITY, nothing seated', () => {
    const result = assignSeats(input({ candidates: [candidate(1, 1), candidate(2, 1)] }));
    expect(result.assignments).toEqual([]);
    expect(result.load).toEqual([]);
    expect(result.unseated.map((each) => [each.signupId, each.reason])).toEqual([
      [1, 'NO_CAPACITY'],
      [2, 'NO_CAPACITY'],
    ]);
    expect(result.unseated[0].detail).toContain('all 0 seats in 0 slot(s)');
  });

  it('TK-4 rooms of capacity 0 and slots without rooms take nobody', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 0]]), slot('S2', FZ, '2024-05-11', '10:00', []), slot('S3', FZ, '2024-05-11', '11:00', [['A', 1]])];
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1), candidate(2, 1)] }));
    expect(result.assignments).toEqual([seat(1, 'S3', 'A', 1)]);
    expect(result.unseated.map((each) => each.signupId)).toEqual([2]);
  });

  it('TK-4 nothing to seat: empty result with the load of every room', () => {
    const result = assignSeats(input({ slots: [slot('S1', FZ, '2024-05-11', '08:00', [['A', 3]])] }));
    expect(result).toEqual({ assignments: [], newlySeated: [], unseated: [], load: [{ slotId: 'S1', roomId: 'A', capacity: 3, used: 0 }] });
  });

  it('TK-4 property: over 400 seeded random inputs capacity is never exceeded, nobody is seated twice, every report is true, order does not matter', () => {
    const random = prng(0x7c4);
    let seatedTotal = 0;
    let reasons = new Set<string>();
    for (let round = 0; round < 400; round += 1) {
      const given = randomInput(random);
      const result = assignSeats(given);
      expectInvariants(given, result);
      expect(assignSeats(shuffledInput(given, random))).toEqual(result);
      seatedTotal += result.assignments.length;
      reasons = new Set([...reasons, ...result.unseated.map((each) => each.reason)]);
    }
    // The generator really exercised the interesting cases.
    expect(seatedTotal).toBeGreaterThan(1000);
    expect([...reasons].sort()).toEqual(['EXISTING_SEAT_INVALID', 'NO_CAPACITY', 'NO_SLOT_AT_PREFERRED_SITE']);
  });

  it('TK-4 property: re-running with the issued seats and late approvals keeps every issued seat and only appends', () => {
    const random = prng(42);
    for (let round = 0; round < 300; round += 1) {
      const first = randomInput(random);
      const firstResult = assignSeats(first);
      const late = Array.from({ length: intBelow(random, 10) }, (_unused, index) =>
        candidate(1000 + index, 1 + intBelow(random, 6), intBelow(random, 5000), random() < 0.2 ? FZ.id : null),
      );
      const second: SeatingInput = { ...first, candidates: [...first.candidates, ...late], existing: firstResult.assignments };
      const secondResult = assignSeats(second);
      expectInvariants(second, secondResult);
      // Kept seats lead, in seat order (slot, room, seat) as the load lists them.
      const position = (each: SeatAssignment): number =>
        secondResult.load.findIndex((row) => row.slotId === each.slotId && row.roomId === each.roomId) * 1000 + each.seat;
      expect(secondResult.assignments.slice(0, firstResult.assignments.length)).toEqual([...firstResult.assignments].sort((a, b) => position(a) - position(b)));
      for (const issued of firstResult.assignments) expect(where(secondResult, issued.signupId)).toEqual(issued);
      const mayBeNew = new Set([...late.map((each) => each.signupId), ...firstResult.unseated.map((each) => each.signupId)]);
      for (const fresh of secondResult.newlySeated) expect(mayBeNew.has(fresh.signupId)).toBe(true);
    }
  });
});

describe('assignSeats: stable re-runs', () => {
  const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 3]]), slot('S2', FZ, '2024-05-11', '14:00', [['A', 3]], '18:00')];
  const first = [candidate(1, 1, 10), candidate(2, 1, 20), candidate(3, 2, 30), candidate(4, 2, 40)];

  it('TK-4 late approvals: existing seats unchanged, new ones appended, even when the late ones sort first', () => {
    const run1 = assignSeats(input({ slots, candidates: first }));
    const late = [candidate(5, 1, 1), candidate(6, 0, 1)]; // would come first in a fresh run
    const run2 = assignSeats(input({ slots, candidates: [...first, ...late], existing: run1.assignments }));
    expect(run2.assignments.slice(0, run1.assignments.length)).toEqual(run1.assignments);
    expect(run2.newlySeated.map((each) => each.signupId).sort()).toEqual([5, 6]);
    expect(run2.assignments).toEqual([...run1.assignments, ...run2.newlySeated]);
    expect(run2.unseated).toEqual([]);
  });

  it('TK-4 re-running with the issued seats and no change is a no-op', () => {
    const run1 = assignSeats(input({ slots, candidates: first }));
    const run2 = assignSeats(input({ slots, candidates: first, existing: run1.assignments }));
    expect(run2).toEqual({ ...run1, newlySeated: [] });
  });

  it('TK-4 a withdrawn candidate frees a seat that a late one takes; nobody else moves', () => {
    const full = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 3]])];
    const run1 = assignSeats(input({ slots: full, candidates: [candidate(1, 1), candidate(2, 1), candidate(3, 1), candidate(4, 1)] }));
    expect(run1.assignments).toEqual([seat(1, 'S1', 'A', 1), seat(2, 'S1', 'A', 2), seat(3, 'S1', 'A', 3)]);
    expect(run1.unseated.map((each) => [each.signupId, each.reason])).toEqual([[4, 'NO_CAPACITY']]);

    // Signup 2 withdraws; signup 4 is still waiting and signup 5 is approved late.
    const run2 = assignSeats(
      input({ slots: full, candidates: [candidate(1, 1), candidate(3, 1), candidate(4, 1), candidate(5, 1)], existing: run1.assignments }),
    );
    expect(run2.assignments).toEqual([seat(1, 'S1', 'A', 1), seat(3, 'S1', 'A', 3), seat(4, 'S1', 'A', 2)]);
    expect(run2.newlySeated).toEqual([seat(4, 'S1', 'A', 2)]);
    expect(run2.unseated.map((each) => [each.signupId, each.reason])).toEqual([[5, 'NO_CAPACITY']]);
    expect(run2.load).toEqual([{ slotId: 'S1', roomId: 'A', capacity: 3, used: 3 }]);
  });

  it('TK-4 seats freed by withdrawals are not used to move existing seats up', () => {
    const roomy = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 5]])];
    const existing = [seat(1, 'S1', 'A', 1), seat(2, 'S1', 'A', 2), seat(3, 'S1', 'A', 3), seat(4, 'S1', 'A', 4)];
    const result = assignSeats(input({ slots: roomy, candidates: [candidate(3, 1), candidate(4, 1)], existing }));
    expect(result.assignments).toEqual([seat(3, 'S1', 'A', 3), seat(4, 'S1', 'A', 4)]);
    expect(result.newlySeated).toEqual([]);
  });

  it('TK-4 an issued seat is kept even if the candidate\'s preferred site changed since', () => {
    const two = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 2]]), slot('S2', XM, '2024-05-11', '08:00', [['A', 2]])];
    const result = assignSeats(input({ slots: two, candidates: [candidate(1, 1, 1, XM.id)], existing: [seat(1, 'S1', 'A', 2)] }));
    expect(result.assignments).toEqual([seat(1, 'S1', 'A', 2)]);
    expect(result.newlySeated).toEqual([]);
  });
});

describe('assignSeats: base grouping', () => {
  it('TK-4 a base goes whole into the first slot that can take it rather than being split', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 3]]), slot('S2', FZ, '2024-05-11', '14:00', [['A', 5]], '18:00')];
    const candidates = [
      candidate(1, 1),
      candidate(2, 1),
      ...[3, 4, 5, 6].map((id) => candidate(id, 2)),
      candidate(7, 3),
      candidate(8, 3),
    ];
    const result = assignSeats(input({ slots, candidates }));
    expect([1, 2].map((id) => slotOf(result, id))).toEqual(['S1', 'S1']);
    expect([3, 4, 5, 6].map((id) => slotOf(result, id))).toEqual(['S2', 'S2', 'S2', 'S2']); // not 1 in S1 + 3 in S2
    // Base 3 no longer fits anywhere whole: it fills the remaining seats in slot order.
    expect([7, 8].map((id) => slotOf(result, id))).toEqual(['S1', 'S2']);
    expect(result.unseated).toEqual([]);
  });

  it('TK-4 a base larger than any slot spills in slot order and everyone is still seated', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 2]]), slot('S2', FZ, '2024-05-11', '10:00', [['A', 2]]), slot('S3', FZ, '2024-05-11', '14:00', [['A', 2]], '18:00')];
    const result = assignSeats(input({ slots, candidates: [1, 2, 3, 4, 5].map((id) => candidate(id, 1)) }));
    expect([1, 2, 3, 4, 5].map((id) => slotOf(result, id))).toEqual(['S1', 'S1', 'S2', 'S2', 'S3']);
  });

  it('TK-4 a late candidate joins the slot where their base already sits, if it has room', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 4]]), slot('S2', FZ, '2024-05-11', '14:00', [['A', 4]], '18:00')];
    const first = [candidate(1, 1), candidate(2, 1), candidate(3, 2), candidate(4, 2), candidate(5, 2)];
    const run1 = assignSeats(input({ slots, candidates: first }));
    expect(first.map((each) => slotOf(run1, each.signupId))).toEqual(['S1', 'S1', 'S2', 'S2', 'S2']);
    const run2 = assignSeats(input({ slots, candidates: [...first, candidate(6, 2), candidate(7, 1)], existing: run1.assignments }));
    expect(slotOf(run2, 6)).toBe('S2'); // S1 comes first and has room, but base 2 sits in S2
    expect(slotOf(run2, 7)).toBe('S1');
  });

  it('TK-4 a late group that no longer fits beside its base goes whole into another slot', () => {
    const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 4]]), slot('S2', FZ, '2024-05-11', '14:00', [['A', 4]], '18:00')];
    const existing = [seat(1, 'S2', 'A', 1), seat(2, 'S2', 'A', 2), seat(3, 'S2', 'A', 3)];
    const candidates = [1, 2, 3, 4, 5].map((id) => candidate(id, 2));
    const result = assignSeats(input({ slots, candidates, existing }));
    expect(result.newlySeated).toEqual([seat(4, 'S1', 'A', 1), seat(5, 'S1', 'A', 2)]);
  });
});

describe('assignSeats: preferred site', () => {
  const slots = [
    slot('S-FZ', FZ, '2024-05-11', '08:00', [['A', 2]]),
    slot('S-XM', XM, '2024-05-12', '08:00', [['A', 1]]),
  ];

  it('TK-4 a candidate with a preferred site is seated only there, even when an earlier slot elsewhere has room', () => {
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1, 1, XM.id), candidate(2, 1)] }));
    expect(where(result, 1)).toEqual(seat(1, 'S-XM', 'A', 1));
    expect(slotOf(result, 2)).toBe('S-FZ');
  });

  it('TK-4 preferred site full: NO_CAPACITY naming the site, not a seat elsewhere', () => {
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1, 1, XM.id), candidate(2, 1, 2, XM.id)] }));
    expect(where(result, 1)?.slotId).toBe('S-XM');
    expect(where(result, 2)).toBeUndefined();
    expect(result.unseated).toEqual([{ signupId: 2, reason: 'NO_CAPACITY', detail: expect.stringContaining('厦门考点 (XM)') }]);
    expect(result.unseated[0].detail).toContain('all 1 seats in 1 slot(s)');
  });

  it('TK-4 candidates bound to a site are seated before others take that site\'s seats', () => {
    const xmFirst = [slot('S-XM', XM, '2024-05-10', '08:00', [['A', 1]]), slot('S-FZ', FZ, '2024-05-11', '08:00', [['A', 1]])];
    // Base 1 comes first in candidate order and could take the XM seat; base 2 can only sit at XM.
    const result = assignSeats(input({ slots: xmFirst, candidates: [candidate(1, 1), candidate(2, 2, 2, XM.id)] }));
    expect(slotOf(result, 2)).toBe('S-XM');
    expect(slotOf(result, 1)).toBe('S-FZ');
    expect(result.unseated).toEqual([]);
  });

  it('TK-4 a site with no slot: NO_SLOT_AT_PREFERRED_SITE', () => {
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1, 1, QZ.id)] }));
    expect(result.unseated).toEqual([{ signupId: 1, reason: 'NO_SLOT_AT_PREFERRED_SITE', detail: expect.stringContaining('泉州考点 (QZ)') }]);
  });

  it('TK-4 an unknown preferred site: NO_SLOT_AT_PREFERRED_SITE saying it is not defined', () => {
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1, 1, 'site-gone')] }));
    expect(result.unseated).toEqual([{ signupId: 1, reason: 'NO_SLOT_AT_PREFERRED_SITE', detail: expect.stringContaining('site-gone is not defined') }]);
  });

  it('TK-4 preferredSiteId null or absent means any site', () => {
    const { preferredSiteId: _dropped, ...noPreference } = candidate(2, 1);
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1, 1, null), noPreference] }));
    expect([slotOf(result, 1), slotOf(result, 2)]).toEqual(['S-FZ', 'S-FZ']);
  });
});

describe('assignSeats: issued seats that are no longer valid', () => {
  const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 2]]), slot('S2', FZ, '2024-05-11', '14:00', [['A', 4]], '18:00')];

  it('TK-4 capacity cut: seats beyond the new capacity are EXISTING_SEAT_INVALID, not counted, not moved', () => {
    // S1/A had 4 seats when these were issued; now it has 2.
    const existing = [1, 2, 3, 4].map((id) => seat(id, 'S1', 'A', id));
    const result = assignSeats(input({ slots, candidates: [1, 2, 3, 4].map((id) => candidate(id, 1)), existing }));
    expect(result.assignments).toEqual([seat(1, 'S1', 'A', 1), seat(2, 'S1', 'A', 2)]);
    expect(result.newlySeated).toEqual([]); // S2 has room, but issued tickets are not silently re-seated
    expect(result.unseated).toEqual([
      { signupId: 3, reason: 'EXISTING_SEAT_INVALID', detail: expect.stringContaining('seat 3 in room A of slot S1 is beyond its capacity of 2') },
      { signupId: 4, reason: 'EXISTING_SEAT_INVALID', detail: expect.stringContaining('seat 4 in room A of slot S1 is beyond its capacity of 2') },
    ]);
    expect(result.load[0]).toEqual({ slotId: 'S1', roomId: 'A', capacity: 2, used: 2 });
  });

  it('TK-4 capacity cut with holes: a seat number beyond the capacity is invalid even if the room is not full', () => {
    const existing = [seat(1, 'S1', 'A', 1), seat(2, 'S1', 'A', 4)];
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1), candidate(2, 1), candidate(3, 1)], existing }));
    expect(result.unseated.map((each) => [each.signupId, each.reason])).toEqual([[2, 'EXISTING_SEAT_INVALID']]);
    expect(result.newlySeated).toEqual([seat(3, 'S1', 'A', 2)]); // the real seat 2 is free
  });

  it.each<[string, SeatAssignment, string]>([
    ['a removed slot', seat(1, 'S-gone', 'A', 1), 'slot S-gone no longer exists'],
    ['a removed room', seat(1, 'S1', 'Z', 1), 'room Z no longer exists in slot S1'],
    ['seat 0', seat(1, 'S1', 'A', 0), 'seat 0 in room A of slot S1 is not a seat number'],
    ['a fractional seat', seat(1, 'S1', 'A', 1.5), 'is not a seat number'],
  ])('TK-4 %s: EXISTING_SEAT_INVALID', (_label, stale, detail) => {
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1)], existing: [stale] }));
    expect(result.assignments).toEqual([]);
    expect(result.unseated).toEqual([{ signupId: 1, reason: 'EXISTING_SEAT_INVALID', detail: expect.stringContaining(detail) }]);
    expect(result.load.every((row) => row.used === 0)).toBe(true);
  });

  it('TK-4 two signups issued one seat: the lower signupId keeps it, the other is EXISTING_SEAT_INVALID', () => {
    const existing = [seat(8, 'S1', 'A', 1), seat(5, 'S1', 'A', 1)];
    const result = assignSeats(input({ slots, candidates: [candidate(8, 1), candidate(5, 1)], existing }));
    expect(result.assignments).toEqual([seat(5, 'S1', 'A', 1)]);
    expect(result.unseated).toEqual([{ signupId: 8, reason: 'EXISTING_SEAT_INVALID', detail: expect.stringContaining('already held by signup 5') }]);
  });

  it('TK-4 issued seats of signups no longer approved are dropped silently and their seats freed', () => {
    const existing = [seat(1, 'S1', 'A', 1), seat(2, 'S1', 'A', 2)];
    const result = assignSeats(input({ slots, candidates: [candidate(2, 1), candidate(3, 1)], existing }));
    expect(result.assignments).toEqual([seat(2, 'S1', 'A', 2), seat(3, 'S1', 'A', 1)]);
    expect(result.unseated).toEqual([]);
  });
});

describe('assignSeats: nobody seated twice', () => {
  const slots = [slot('S1', FZ, '2024-05-11', '08:00', [['A', 3]])];

  it('TK-4 a signup issued two seats keeps the first (seat order) and the other is freed', () => {
    const existing = [seat(1, 'S1', 'A', 3), seat(1, 'S1', 'A', 1)];
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1), candidate(2, 1), candidate(3, 1)], existing }));
    expect(result.assignments).toEqual([seat(1, 'S1', 'A', 1), seat(2, 'S1', 'A', 2), seat(3, 'S1', 'A', 3)]);
  });

  it('TK-4 the same issued seat listed twice counts once', () => {
    const existing = [seat(1, 'S1', 'A', 2), seat(1, 'S1', 'A', 2)];
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1)], existing }));
    expect(result.assignments).toEqual([seat(1, 'S1', 'A', 2)]);
    expect(result.load).toEqual([{ slotId: 'S1', roomId: 'A', capacity: 3, used: 1 }]);
  });

  it('TK-4 one valid issued seat wins over a stale one for the same signup', () => {
    const existing = [seat(1, 'S-gone', 'A', 1), seat(1, 'S1', 'A', 2)];
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1)], existing }));
    expect(result.assignments).toEqual([seat(1, 'S1', 'A', 2)]);
    expect(result.unseated).toEqual([]);
  });

  it('TK-4 a candidate with an issued seat is not seated again', () => {
    const result = assignSeats(input({ slots, candidates: [candidate(1, 1), candidate(2, 1)], existing: [seat(1, 'S1', 'A', 3)] }));
    expect(result.newlySeated).toEqual([seat(2, 'S1', 'A', 1)]);
    expect(result.assignments.filter((each) => each.signupId === 1)).toHaveLength(1);
  });
});

describe('assignSeats: malformed configuration', () => {
  const good = slot('S1', FZ, '2024-05-11', '08:00', [['A', 2]]);

  it.each<[string, Partial<SeatingInput>]>([
    ['duplicate site id', { sites: [FZ, { ...XM, id: FZ.id }] }],
    ['duplicate site code', { sites: [FZ, { ...XM, code: 'FZ' }] }],
    ['lower-case site code', { sites: [{ ...FZ, code: 'fz' }] }],
    ['3-character site code', { sites: [{ ...FZ, code: 'FZX' }] }],
    ['duplicate slot id', { slots: [good, { ...good }] }],
    ['slot at an unknown site', { slots: [{ ...good, siteId: 'site-gone' }] }],
    ['slot date not a calendar date', { slots: [{ ...good, date: '2024-02-30' }] }],
    ['slot start not HH:mm', { slots: [{ ...good, startsAt: '8:00' }] }],
    ['slot end before start', { slots: [{ ...good, startsAt: '14:00', endsAt: '12:00' }] }],
    ['slot end equal to start', { slots: [{ ...good, endsAt: '08:00' }] }],
    ['slot start 24:00', { slots: [{ ...good, startsAt: '24:00', endsAt: '24:00' }] }],
    ['duplicate room id in a slot', { slots: [{ ...good, rooms: [...good.rooms, ...good.rooms] }] }],
    ['negative capacity', { slots: [{ ...good, rooms: [{ id: 'A', name: 'A', capacity: -1 }] }] }],
    ['fractional capacity', { slots: [{ ...good, rooms: [{ id: 'A', name: 'A', capacity: 2.5 }] }] }],
    ['NaN capacity', { slots: [{ ...good, rooms: [{ id: 'A', name: 'A', capacity: Number.NaN }] }] }],
    ['duplicate candidate', { slots: [good], candidates: [candidate(1, 1), candidate(1, 2)] }],
    ['fractional baseId', { slots: [good], candidates: [candidate(1, 1.5)] }],
    ['NaN traineeId', { slots: [good], candidates: [candidate(1, 1, Number.NaN)] }],
  ])('TK-4 %s throws RangeError', (_label, partial) => {
    expect(() => assignSeats(input(partial))).toThrow(RangeError);
  });

  it('TK-4 a slot may end at 24:00', () => {
    const result = assignSeats(input({ slots: [{ ...good, startsAt: '18:00', endsAt: '24:00' }], candidates: [candidate(1, 1)] }));
    expect(result.assignments).toEqual([seat(1, 'S1', 'A', 1)]);
  });
});
