import { referenceRound } from '../testing/reference-rounds';
import { demoRound } from './demo-round';
import { roundFromStored, storedRound } from './round-storage';

describe('round storage: a round survives the JSON column unchanged', () => {
  it.each(['fujian-2025', 'fujian-2023', 'chongqing-2025', 'xiaogan-2023'] as const)('%s', (name) => {
    const round = referenceRound(name);
    const back = roundFromStored(JSON.parse(JSON.stringify(storedRound(round))));
    expect(back).toEqual(round);
    expect(back.signupWindow.opensAt).toBeInstanceOf(Date);
  });

  it('a demo round, whose every window is dated, including base assessments', () => {
    const round = demoRound('2026-12-04', referenceRound('chongqing-2025'));
    const back = roundFromStored(storedRound(round));
    expect(back).toEqual(round);
    expect(back.ranking.kind === 'BASE_ASSESSMENT' && back.ranking.rounds[0].assessment?.opensAt).toBeInstanceOf(Date);
  });

  it('reads the column whether the driver returns text or parsed JSON', () => {
    const round = referenceRound('xiaogan-2023');
    expect(roundFromStored(JSON.stringify(storedRound(round)))).toEqual(round);
  });
});
