import { List, Typography } from 'antd';
import type { Schemas } from '../../../api/client';
import { formatDateTime } from '../../../format/time';
import { ToneTag, type Tone } from '../sessions/tone-tag';

type Verdict = Schemas['EligibilityVerdict'];

const OUTCOME: Record<Schemas['CheckOutcome'], { label: string; color: Tone }> = {
  PASS: { label: '符合', color: 'green' },
  FAIL: { label: '不符合', color: 'red' },
  EXCEPTED: { label: '例外通过', color: 'orange' },
};

/** An instant the API wrote into an explanation (2026-12-04T00:45:59+08:00), as the portal shows times. */
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
export const readableTimes = (text: string) => text.replace(INSTANT, (instant) => formatDateTime(instant));

/** FA-14: the verdict rule by rule, with the data each rule used in words and any exception granted. */
export function VerdictChecks({ verdict }: { verdict: Verdict | null }) {
  if (!verdict) return <Typography.Paragraph>尚无资格核验结果（报名提交时生成）。</Typography.Paragraph>;
  return (
    <>
      <Typography.Paragraph>
        <ToneTag tone={verdict.eligible ? 'green' : 'red'}>{verdict.eligible ? '资格核验：符合' : '资格核验：不符合'}</ToneTag>
        {verdict.retrainingRequired && <ToneTag tone="red">须重新培训</ToneTag>}
        <span style={{ color: '#595959', fontSize: 12 }}>
          核验于 {formatDateTime(verdict.evaluatedAt)} · 规则版本 {verdict.ruleSetVersion}
        </span>
      </Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={verdict.checks}
        rowKey="rule"
        renderItem={(check) => (
          <List.Item>
            <div>
              <ToneTag tone={OUTCOME[check.outcome].color}>{OUTCOME[check.outcome].label}</ToneTag>
              <strong>{check.title.zh}</strong> <span style={{ color: '#595959', fontSize: 12 }}>{check.rule}</span>
              <div>{readableTimes(check.explanation.zh)}</div>
              {check.exception && (
                <div style={{ color: '#874d00' }}>
                  已批准例外（{formatDateTime(check.exception.grantedAt)}）：{check.exception.reason}
                </div>
              )}
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
