import { Space, Typography } from 'antd';
import type { Schemas } from '../../../api/client';
import { criticalItemLabel, formatScore, OUTCOME_LABEL, OUTCOME_TONE, STATION_LABEL, STATIONS, type Subject } from '../../../components/scoring-labels';
import { ToneTag } from '../../../components/scoring-tag';

type ResultState = Schemas['ResultState'];

/** The station scores of a skills result on one line: 病例分析 70 · 病历书写 缺考 · … */
export function StationLine({ stations, failedCriticalItems }: { stations: Partial<Record<string, number | null>> | null | undefined; failedCriticalItems?: string[] | null }) {
  if (!stations) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
      {STATIONS.map((station) => `${STATION_LABEL[station]} ${stations[station] === null || stations[station] === undefined ? '缺考' : formatScore(stations[station])}`).join(' · ')}
      {failedCriticalItems && failedCriticalItems.length > 0 && <> · 关键项不合格：{failedCriticalItems.map(criticalItemLabel).join('、')}</>}
    </Typography.Text>
  );
}

/** A result as a row of a score file would write it (or as it stands): score, outcome, and the stations of a skills result. */
export function ResultStateText({ state, subject }: { state: ResultState; subject: Subject }) {
  return (
    <div>
      <Space size={4} wrap>
        {state.outcome !== 'ABSENT' && <span>{subject === 'SKILLS' ? `总分 ${formatScore(state.score)}` : formatScore(state.score)}</span>}
        <ToneTag tone={OUTCOME_TONE[state.outcome]} style={{ marginInlineEnd: 0 }}>
          {OUTCOME_LABEL[state.outcome]}
        </ToneTag>
      </Space>
      {subject === 'SKILLS' && state.outcome !== 'ABSENT' && <StationLine stations={state.stationScores} failedCriticalItems={state.failedCriticalItems} />}
    </div>
  );
}
