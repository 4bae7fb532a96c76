import { isValidLocalDate, LocalDate } from '@app/common/time';
import { isValidSiteCode } from './ticket-number.rules';

/**
 * TK-4 seating for the skills assessment: a pure, deterministic assignment of centre-approved
 * candidates to (slot, room, seat).
 *
 * Order of everything, so that the same input always gives the same output whatever the order of the
 * input arrays:
 * - candidates by (baseId, traineeId, signupId);
 * - slots by (date, startsAt, site code, slot id); rooms by id; seats lowest free number first.
 *   Ids compare with digit runs as numbers ("R2" before "R10"), code-unit order breaking ties.
 *
 * Issued seats never move: a valid existing assignment is kept as it is, even if the candidate's
 * preferred site changed since (re-seating would silently invalidate a printed ticket). An existing
 * seat that no longer exists (slot or room removed, seat number beyond a reduced capacity, seat claimed
 * twice) is reported as EXISTING_SEAT_INVALID and that candidate is not re-seated here: the centre
 * decides, and the next run seats them once the stale seat is cleared.
 *
 * Malformed configuration (duplicate ids or site codes, unknown site, bad date/time, capacity that is
 * not a non-negative integer, duplicate candidates) throws RangeError: it is a bug upstream, not a
 * candidate's outcome.
 */

/** A station group / room in one slot. */
export interface SeatingRoom {
  id: string;
  name: string;
  capacity: number;
}

export interface SeatingSlot {
  id: string;
  siteId: string;
  date: LocalDate;
  /** 'HH:mm', Beijing time. */
  startsAt: string;
  /** 'HH:mm', after startsAt; '24:00' allowed. */
  endsAt: string;
  rooms: SeatingRoom[];
}

export interface SeatingSite {
  id: string;
  name: string;
  address: string;
  /** 2 capital letters or digits, used in ticket numbers (TK-3). */
  code: string;
}

export interface SeatingCandidate {
  signupId: number;
  traineeId: number;
  baseId: number;
  cityId: number;
  name: string;
  preferredSiteId?: string | null;
}

export interface SeatAssignment {
  signupId: number;
  slotId: string;
  roomId: string;
  /** 1-based within the room. */
  seat: number;
}

export interface SeatingInput {
  sites: SeatingSite[];
  slots: SeatingSlot[];
  candidates: SeatingCandidate[];
  /** Seats already issued: never moved. */
  existing: SeatAssignment[];
}

export type UnseatedReason = 'NO_CAPACITY' | 'NO_SLOT_AT_PREFERRED_SITE' | 'EXISTING_SEAT_INVALID';

export interface UnseatedCandidate {
  signupId: number;
  reason: UnseatedReason;
  detail: string;
}

export interface SlotRoomLoad {
  slotId: string;
  roomId: string;
  capacity: number;
  used: number;
}

export interface SeatingResult {
  /** Existing seats kept (slot, room, seat order), then the new ones (same order). */
  assignments: SeatAssignment[];
  newlySeated: SeatAssignment[];
  /** In candidate order (baseId, traineeId, signupId). */
  unseated: UnseatedCandidate[];
  /** Every room of every slot, slot order then room order; counts only valid seats. */
  load: SlotRoomLoad[];
}

interface RoomState {
  room: SeatingRoom;
  taken: Set<number>;
}

interface SlotState {
  slot: SeatingSlot;
  site: SeatingSite;
  rooms: RoomState[];
  /** Bases with someone seated here, so late approvals can join their base-mates. */
  bases: Set<number>;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Digit runs compare as numbers so 'R2' < 'R10'; code-unit order breaks ties ('R01' vs 'R1') so the order is total. */
function compareIds(a: string, b: string): number {
  const partsA = a.match(/\d+|\D+/g) ?? [];
  const partsB = b.match(/\d+|\D+/g) ?? [];
  for (let index = 0; index < Math.min(partsA.length, partsB.length); index += 1) {
    const left = partsA[index];
    const right = partsB[index];
    const bothDigits = /^\d/.test(left) && /^\d/.test(right);
    let order: number;
    if (bothDigits) {
      // Compare as numbers without Number(): ids may hold digit runs longer than 2^53.
      const leftDigits = left.replace(/^0+(?=\d)/, '');
      const rightDigits = right.replace(/^0+(?=\d)/, '');
      order = leftDigits.length - rightDigits.length || compareCodeUnits(leftDigits, rightDigits);
    } else {
      order = compareCodeUnits(left, right);
    }
    if (order !== 0) return Math.sign(order);
  }
  return Math.sign(partsA.length - partsB.length) || compareCodeUnits(a, b);
}

function compareCandidates(a: SeatingCandidate, b: SeatingCandidate): number {
  return a.baseId - b.baseId || a.traineeId - b.traineeId || a.signupId - b.signupId;
}

function isMinutes(value: string, allowEndOfDay: boolean): boolean {
  return typeof value === 'string' && (HH_MM.test(value) || (allowEndOfDay && value === '24:00'));
}

function indexSites(sites: SeatingSite[]): Map<string, SeatingSite> {
  const byId = new Map<string, SeatingSite>();
  const codes = new Set<string>();
  for (const site of sites) {
    if (byId.has(site.id)) throw new RangeError(`Duplicate site id: ${site.id}`);
    if (typeof site.code !== 'string' || !isValidSiteCode(site.code)) {
      throw new RangeError(`Site ${site.id} code must be 2 capital letters or digits, got ${JSON.stringify(site.code)}`);
    }
    // Ticket numbers carry the code, so two sites sharing one would collide (TK-3).
    if (codes.has(site.code)) throw new RangeError(`Duplicate site code: ${site.code}`);
    byId.set(site.id, site);
    codes.add(site.code);
  }
  return byId;
}

function buildSlots(slots: SeatingSlot[], sites: Map<string, SeatingSite>): SlotState[] {
  const seen = new Set<string>();
  const states: SlotState[] = [];
  for (const slot of slots) {
    if (seen.has(slot.id)) throw new RangeError(`Duplicate slot id: ${slot.id}`);
    seen.add(slot.id);
    const site = sites.get(slot.siteId);
    if (!site) throw new RangeError(`Slot ${slot.id} belongs to an unknown site: ${slot.siteId}`);
    if (!isValidLocalDate(slot.date)) throw new RangeError(`Slot ${slot.id} date is not a calendar date: ${slot.date}`);
    if (!isMinutes(slot.startsAt, false) || !isMinutes(slot.endsAt, true) || slot.startsAt >= slot.endsAt) {
      throw new RangeError(`Slot ${slot.id} times must be HH:mm with start before end, got ${slot.startsAt}–${slot.endsAt}`);
    }
    const roomIds = new Set<string>();
    for (const room of slot.rooms) {
      if (roomIds.has(room.id)) throw new RangeError(`Duplicate room id ${room.id} in slot ${slot.id}`);
      roomIds.add(room.id);
      if (!Number.isSafeInteger(room.capacity) || room.capacity < 0) {
        throw new RangeError(`Room ${room.id} in slot ${slot.id} capacity must be a non-negative integer, got ${String(room.capacity)}`);
      }
    }
    const rooms = [...slot.rooms]
      .sort((a, b) => compareIds(a.id, b.id))
      .map((room) => ({ room: { ...room }, taken: new Set<number>() }));
    states.push({ slot: { ...slot, rooms: rooms.map((state) => state.room) }, site, rooms, bases: new Set<number>() });
  }
  return states.sort(
    (a, b) =>
      compareCodeUnits(a.slot.date, b.slot.date) ||
      compareCodeUnits(a.slot.startsAt, b.slot.startsAt) ||
      compareCodeUnits(a.site.code, b.site.code) ||
      compareIds(a.slot.id, b.slot.id),
  );
}

function orderCandidates(candidates: SeatingCandidate[]): SeatingCandidate[] {
  const seen = new Set<number>();
  for (const candidate of candidates) {
    for (const key of ['signupId', 'traineeId', 'baseId'] as const) {
      if (!Number.isSafeInteger(candidate[key])) {
        throw new RangeError(`Candidate ${String(candidate.signupId)} ${key} must be an integer, got ${String(candidate[key])}`);
      }
    }
    if (seen.has(candidate.signupId)) throw new RangeError(`Duplicate candidate signupId: ${candidate.signupId}`);
    seen.add(candidate.signupId);
  }
  return [...candidates].sort(compareCandidates);
}

function freeSeats(state: SlotState): number {
  return state.rooms.reduce((sum, room) => sum + room.room.capacity - room.taken.size, 0);
}

function totalSeats(states: SlotState[]): number {
  return states.reduce((sum, state) => sum + state.rooms.reduce((rooms, room) => rooms + room.room.capacity, 0), 0);
}

/** Lowest free seat of the first room (by id) that has one; the caller has checked freeSeats > 0. */
function takeSeat(state: SlotState, candidate: SeatingCandidate): SeatAssignment {
  for (const room of state.rooms) {
    for (let seat = 1; seat <= room.room.capacity; seat += 1) {
      if (!room.taken.has(seat)) {
        room.taken.add(seat);
        state.bases.add(candidate.baseId);
        return { signupId: candidate.signupId, slotId: state.slot.id, roomId: room.room.id, seat };
      }
    }
  }
  throw new Error(`Slot ${state.slot.id} has no free seat`); // unreachable: callers check freeSeats first
}

function seatKey(slotId: string, roomId: string, seat: number): string {
  return `${slotId}\u0000${roomId}\u0000${String(seat)}`;
}

interface ExistingOutcome {
  kept: SeatAssignment[];
  /** signupId → why its issued seat(s) could not be honoured. */
  invalid: Map<number, string[]>;
}

/**
 * Honour issued seats: drop those of signups no longer among the candidates (their seat becomes free),
 * report those that no longer exist, and keep the rest exactly as they are.
 */
function keepExisting(existing: SeatAssignment[], candidates: Map<number, SeatingCandidate>, slots: SlotState[]): ExistingOutcome {
  const slotOrder = new Map(slots.map((state, index) => [state.slot.id, index]));
  const invalid = new Map<number, string[]>();
  const report = (signupId: number, problem: string): void => {
    const problems = invalid.get(signupId);
    if (problems) problems.push(problem);
    else invalid.set(signupId, [problem]);
  };

  const claims: Array<{ assignment: SeatAssignment; slotIndex: number; roomIndex: number }> = [];
  for (const assignment of existing) {
    if (!candidates.has(assignment.signupId)) continue; // withdrawn / no longer approved: seat freed
    const { slotId, roomId, seat } = assignment;
    const slotIndex = slotOrder.get(slotId);
    if (slotIndex === undefined) {
      report(assignment.signupId, `slot ${slotId} no longer exists`);
      continue;
    }
    const roomIndex = slots[slotIndex].rooms.findIndex((room) => room.room.id === roomId);
    if (roomIndex < 0) {
      report(assignment.signupId, `room ${roomId} no longer exists in slot ${slotId}`);
      continue;
    }
    const capacity = slots[slotIndex].rooms[roomIndex].room.capacity;
    if (!Number.isInteger(seat) || seat < 1) {
      report(assignment.signupId, `seat ${String(seat)} in room ${roomId} of slot ${slotId} is not a seat number`);
      continue;
    }
    if (seat > capacity) {
      report(assignment.signupId, `seat ${seat} in room ${roomId} of slot ${slotId} is beyond its capacity of ${capacity}`);
      continue;
    }
    claims.push({ assignment, slotIndex, roomIndex });
  }

  // Seat order, then signupId: when two signups claim one seat, the lower signupId keeps it.
  claims.sort(
    (a, b) =>
      a.slotIndex - b.slotIndex ||
      a.roomIndex - b.roomIndex ||
      a.assignment.seat - b.assignment.seat ||
      a.assignment.signupId - b.assignment.signupId,
  );
  const kept: SeatAssignment[] = [];
  const seated = new Set<number>();
  const holder = new Map<string, number>();
  for (const { assignment, slotIndex, roomIndex } of claims) {
    const { signupId, slotId, roomId, seat } = assignment;
    if (seated.has(signupId)) continue; // a second seat for the same signup: keep the first, free the rest
    const key = seatKey(slotId, roomId, seat);
    const owner = holder.get(key);
    if (owner !== undefined) {
      report(signupId, `seat ${seat} in room ${roomId} of slot ${slotId} is already held by signup ${owner}`);
      continue;
    }
    holder.set(key, signupId);
    seated.add(signupId);
    slots[slotIndex].rooms[roomIndex].taken.add(seat);
    const candidate = candidates.get(signupId);
    if (candidate) slots[slotIndex].bases.add(candidate.baseId);
    kept.push({ signupId, slotId, roomId, seat });
  }
  for (const signupId of seated) invalid.delete(signupId); // one valid seat is enough
  for (const problems of invalid.values()) problems.sort(compareCodeUnits); // input order must not show
  return { kept, invalid };
}

/**
 * Seat one group (one base, one site constraint) together: the first slot that takes the whole rest
 * of the group, trying slots that already hold this base first; when none can, fill the first slot
 * with room and try again with what is left. Returns those left without a seat.
 */
function placeGroup(members: SeatingCandidate[], eligible: SlotState[], placed: SeatAssignment[]): SeatingCandidate[] {
  let rest = members;
  const baseId = members[0].baseId;
  while (rest.length > 0) {
    const open = eligible.filter((state) => freeSeats(state) > 0);
    if (open.length === 0) break;
    const ordered = [...open.filter((state) => state.bases.has(baseId)), ...open.filter((state) => !state.bases.has(baseId))];
    const target = ordered.find((state) => freeSeats(state) >= rest.length) ?? ordered[0];
    const count = Math.min(freeSeats(target), rest.length);
    for (const candidate of rest.slice(0, count)) placed.push(takeSeat(target, candidate));
    rest = rest.slice(count);
  }
  return rest;
}

function groupByKey(candidates: SeatingCandidate[], keyOf: (candidate: SeatingCandidate) => string): SeatingCandidate[][] {
  const groups = new Map<string, SeatingCandidate[]>();
  for (const candidate of candidates) {
    const key = keyOf(candidate);
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  return [...groups.values()]; // insertion order = order of each group's first member
}

function siteLabel(site: SeatingSite): string {
  return `${site.name} (${site.code})`;
}

function compareAssignments(slotOrder: Map<string, number>, slots: SlotState[]) {
  const roomOrder = (slotId: string, roomId: string): number =>
    slots[slotOrder.get(slotId) ?? 0].rooms.findIndex((room) => room.room.id === roomId);
  return (a: SeatAssignment, b: SeatAssignment): number =>
    (slotOrder.get(a.slotId) ?? 0) - (slotOrder.get(b.slotId) ?? 0) ||
    roomOrder(a.slotId, a.roomId) - roomOrder(b.slotId, b.roomId) ||
    a.seat - b.seat;
}

/**
 * TK-4. Candidates with a preferred site are seated first (they can use only that site's seats, the
 * others can use any), so nobody is left out who could have been seated. Within each phase, groups
 * are seated in candidate order, one base at a time, keeping a base in one slot where capacity allows.
 */
export function assignSeats(input: SeatingInput): SeatingResult {
  const sites = indexSites(input.sites);
  const slots = buildSlots(input.slots, sites);
  const candidates = orderCandidates(input.candidates);
  const bySignup = new Map(candidates.map((candidate) => [candidate.signupId, candidate]));

  const { kept, invalid } = keepExisting(input.existing, bySignup, slots);
  const seatedAlready = new Set(kept.map((assignment) => assignment.signupId));
  const toSeat = candidates.filter((candidate) => !seatedAlready.has(candidate.signupId) && !invalid.has(candidate.signupId));

  const outcome = new Map<number, UnseatedCandidate>();
  for (const [signupId, problems] of invalid) {
    outcome.set(signupId, {
      signupId,
      reason: 'EXISTING_SEAT_INVALID',
      detail: `已发座位失效 / issued seat no longer valid: ${problems.join('; ')}`,
    });
  }

  const placed: SeatAssignment[] = [];
  const constrained = toSeat.filter((candidate) => candidate.preferredSiteId !== undefined && candidate.preferredSiteId !== null);
  for (const group of groupByKey(constrained, (candidate) => `${candidate.baseId}\u0000${String(candidate.preferredSiteId)}`)) {
    const siteId = String(group[0].preferredSiteId);
    const site = sites.get(siteId);
    const atSite = slots.filter((state) => state.slot.siteId === siteId);
    if (!site || atSite.length === 0) {
      const detail = site
        ? `考点 ${siteLabel(site)} 未安排场次 / no slot is scheduled at ${siteLabel(site)}`
        : `所选考点 ${siteId} 不存在 / preferred site ${siteId} is not defined`;
      for (const candidate of group) outcome.set(candidate.signupId, { signupId: candidate.signupId, reason: 'NO_SLOT_AT_PREFERRED_SITE', detail });
      continue;
    }
    for (const candidate of placeGroup(group, atSite, placed)) {
      // placeGroup stops only when every slot at the site is full, and seats are never given back.
      const seats = totalSeats(atSite);
      outcome.set(candidate.signupId, {
        signupId: candidate.signupId,
        reason: 'NO_CAPACITY',
        detail: `考点 ${siteLabel(site)} 的 ${atSite.length} 个场次共 ${seats} 个座位已满 / no free seat at ${siteLabel(site)}: all ${seats} seats in ${atSite.length} slot(s) are taken`,
      });
    }
  }

  const unconstrained = toSeat.filter((candidate) => candidate.preferredSiteId === undefined || candidate.preferredSiteId === null);
  for (const group of groupByKey(unconstrained, (candidate) => String(candidate.baseId))) {
    for (const candidate of placeGroup(group, slots, placed)) {
      const seats = totalSeats(slots);
      outcome.set(candidate.signupId, {
        signupId: candidate.signupId,
        reason: 'NO_CAPACITY',
        detail: `全部 ${slots.length} 个场次共 ${seats} 个座位已满 / no free seat: all ${seats} seats in ${slots.length} slot(s) are taken`,
      });
    }
  }

  const slotOrder = new Map(slots.map((state, index) => [state.slot.id, index]));
  const bySeat = compareAssignments(slotOrder, slots);
  const keptSorted = [...kept].sort(bySeat);
  const newlySeated = [...placed].sort(bySeat);
  const unseated = candidates.flatMap((candidate) => {
    const entry = outcome.get(candidate.signupId);
    return entry ? [entry] : [];
  });
  const load = slots.flatMap((state) =>
    state.rooms.map((room) => ({ slotId: state.slot.id, roomId: room.room.id, capacity: room.room.capacity, used: room.taken.size })),
  );

  return {
    assignments: [...keptSorted, ...newlySeated.map((assignment) => ({ ...assignment }))],
    newlySeated,
    unseated,
    load,
  };
}
