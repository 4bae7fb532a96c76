import { SYSTEM_ACTOR } from '@app/common/actor';
import { EntityManager } from 'typeorm';
import { changesRotationFacts, RotationFactsChange, RotationFactsEvents } from './rotation-facts.events';

const manager = {} as EntityManager;
const change = (traineeIds: number[]): RotationFactsChange => ({ traineeIds, cause: { action: 'TRAINEE_UPDATED', actor: SYSTEM_ACTOR } });

describe('changesRotationFacts', () => {
  const before = { rotationEndDate: '2024-06-30', processAssessmentPassed: true };

  it('SC-5 a new rotation end or process-assessment result is a change of rotation facts', () => {
    expect(changesRotationFacts(before, { rotationEndDate: '2024-12-20' })).toBe(true);
    expect(changesRotationFacts(before, { processAssessmentPassed: false })).toBe(true);
  });

  it('SC-5 the same values, or nothing about rotation, are no change', () => {
    expect(changesRotationFacts(before, { rotationEndDate: '2024-06-30', processAssessmentPassed: true })).toBe(false);
    expect(changesRotationFacts(before, {})).toBe(false);
  });
});

describe('RotationFactsEvents', () => {
  it('SC-5 every listener hears a change, in the order they subscribed, with the writer\'s transaction', async () => {
    const events = new RotationFactsEvents();
    const heard: string[] = [];
    events.subscribe(async (given, { traineeIds }) => {
      expect(given).toBe(manager);
      heard.push(`first ${traineeIds.join(',')}`);
    });
    events.subscribe(async (_given, { traineeIds }) => {
      heard.push(`second ${traineeIds.join(',')}`);
    });
    await events.changed(manager, change([3, 5]));
    expect(heard).toEqual(['first 3,5', 'second 3,5']);
  });

  it('SC-5 a change of nobody reaches no listener', async () => {
    const events = new RotationFactsEvents();
    const listener = jest.fn(async () => undefined);
    events.subscribe(listener);
    await events.changed(manager, change([]));
    expect(listener).not.toHaveBeenCalled();
  });

  it('SC-5 a failing listener fails the change, so the writer\'s transaction rolls back', async () => {
    const events = new RotationFactsEvents();
    events.subscribe(async () => {
      throw new Error('listener failed');
    });
    await expect(events.changed(manager, change([1]))).rejects.toThrow('listener failed');
  });
});
