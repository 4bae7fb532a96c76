import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { formatDateTime } from '../../../format/time';
import { describeCheckData } from '../shared/labels';
import { StateTag, type Tone } from '../shared/state-tag';
import { readableExplanation } from '../shared/verdict-text';

type Verdict = Schemas['EligibilityVerdict'];
type Check = Schemas['RuleCheck'];

const OUTCOME: Record<Schemas['CheckOutcome'], { label: string; tone: Tone; mark: string }> = {
  PASS: { label: '符合', tone: 'green', mark: '✓' },
  FAIL: { label: '不符合', tone: 'red', mark: '✗' },
  EXCEPTED: { label: '中心批准例外', tone: 'orange', mark: '!' },
};

/** What the candidate can do about a rule that failed. */
const REMEDY: Record<Schemas['EligibilityRuleId'], ReactNode> = {
  'FA-1': '报名时间以服务器时间为准，精确到秒；漏报、逾期不予补报。',
  'FA-2.rotation': '结束轮转时间由培训基地维护；如记录有误，请联系培训基地更正。',
  'FA-2.phase-theory': '如记录有误，请联系培训基地更正；特殊情况由全科中心审批。',
  'FA-2.process': '如记录有误，请联系培训基地更正；特殊情况由全科中心审批。',
  'FA-3': '须自费重新参加培训后才能再次申请结业考核。',
  'FA-4': '请按“报考科目”中的说明调整所选科目。',
  'FA-5': '每年度每个科目只考一次，不设补考。',
  'FA-6': (
    <>
      请到<Link to="/candidate/profile">个人信息与照片</Link>补全后再提交。
    </>
  ),
};

function CheckItem({ check }: { check: Check }) {
  const outcome = OUTCOME[check.outcome];
  const facts = describeCheckData(check.data);
  return (
    <li
      data-rule={check.rule}
      style={{
        listStyle: 'none',
        border: '1px solid #f0f0f0',
        borderInlineStart: `4px solid ${check.outcome === 'PASS' ? '#52c41a' : check.outcome === 'FAIL' ? '#cf1322' : '#d46b08'}`,
        borderRadius: 6,
        padding: '10px 12px',
        marginBottom: 8,
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
        <span aria-hidden style={{ fontWeight: 700, width: 16 }}>
          {outcome.mark}
        </span>
        <strong>{check.title.zh}</strong>
        <StateTag tone={outcome.tone}>{outcome.label}</StateTag>
        <span style={{ fontSize: 12, color: '#595959' }}>规则 {check.rule}</span>
      </div>
      <div style={{ marginTop: 4 }}>{readableExplanation(check.explanation.zh)}</div>
      {facts.length > 0 && (
        <div style={{ marginTop: 6, fontSize: 13, color: '#434343' }}>
          <div style={{ color: '#595959' }}>依据的数据：</div>
          <dl style={{ margin: 0, display: 'flex', flexWrap: 'wrap', columnGap: 16, rowGap: 2 }}>
            {facts.map((fact) => (
              <div key={fact.key} style={{ display: 'flex', gap: 4 }}>
                <dt>{fact.label}：</dt>
                <dd style={{ margin: 0 }}>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {check.exception && (
        <div style={{ marginTop: 6, color: '#ad4e00' }}>
          全科中心已批准例外（{formatDateTime(check.exception.grantedAt)}）：{check.exception.reason}
        </div>
      )}
      {check.outcome === 'FAIL' && <div style={{ marginTop: 6, color: '#a8071a' }}>怎么办：{REMEDY[check.rule]}</div>}
    </li>
  );
}

/** FA-14: every rule checked, the data it used and its outcome, in plain Chinese. */
export function VerdictList({ verdict, caption }: { verdict: Verdict; caption: string }) {
  const failed = verdict.checks.filter((check) => check.outcome === 'FAIL');
  return (
    <section aria-label="资格判定">
      {verdict.eligible ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} message={`逐条核对 ${verdict.checks.length} 项报名条件：全部符合`} description={caption} />
      ) : (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`有 ${failed.length} 项不符合报名条件：${failed.map((check) => check.title.zh).join('、')}`}
          description={
            <>
              {verdict.retrainingRequired && <p style={{ margin: '0 0 4px' }}>您自结束轮转当年起三年内未通过结业考核，须自费重新参加培训后才能再次报名。</p>}
              {caption}
            </>
          }
        />
      )}
      <ol style={{ padding: 0, margin: 0 }}>
        {verdict.checks.map((check) => (
          <CheckItem key={check.rule} check={check} />
        ))}
      </ol>
    </section>
  );
}
