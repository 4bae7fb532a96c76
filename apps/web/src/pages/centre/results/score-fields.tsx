import { Checkbox, Form, InputNumber, Select, Space, type FormInstance } from 'antd';
import type { Schemas } from '../../../api/client';
import { criticalItemLabel, STATION_LABEL, STATIONS, type Station } from '../../../components/scoring-labels';

type SkillsPassRule = Schemas['SkillsPassRule'];
type TheoryPassRule = Schemas['TheoryPassRule'];

/** The four stations as a form holds them: a score or "absent" each, and the critical items failed. */
export interface SkillsFormValues {
  stations: Record<Station, number | null>;
  absent: Record<Station, boolean>;
  failedCriticalItems: string[];
}

export interface TheoryFormValues {
  score: number | null;
  scoreAbsent: boolean;
}

/** The body's stations: null for a station the candidate was absent from. */
export function stationsOf(values: SkillsFormValues): Schemas['StationsDto'] {
  return Object.fromEntries(STATIONS.map((station) => [station, values.absent?.[station] ? null : (values.stations?.[station] ?? null)])) as Schemas['StationsDto'];
}

/** A form's starting values from a stored result (or empty). */
export function skillsInitialValues(stations: Partial<Record<string, number | null>> | null | undefined, failedCriticalItems: string[] | null | undefined): SkillsFormValues {
  return {
    stations: Object.fromEntries(STATIONS.map((s) => [s, stations?.[s] ?? null])) as Record<Station, number | null>,
    absent: Object.fromEntries(STATIONS.map((s) => [s, stations ? stations[s] === null : false])) as Record<Station, boolean>,
    failedCriticalItems: failedCriticalItems ?? [],
  };
}

function StationField({ station, rule, form }: { station: Station; rule: SkillsPassRule | null; form: FormInstance }) {
  const absent = Form.useWatch(['absent', station], form) as boolean | undefined;
  const max = rule?.stationMaximums[station];
  const min = rule?.stationMinimums[station];
  const id = `station-${station}`;
  return (
    <Form.Item
      label={`${STATION_LABEL[station]}${max !== undefined ? `（满分 ${max}${min !== undefined ? `，不低于 ${min}` : ''}）` : ''}`}
      htmlFor={id}
      required
      style={{ marginBottom: 12 }}
    >
      <Space wrap>
        <Form.Item
          noStyle
          name={['stations', station]}
          dependencies={[['absent', station]]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) => {
                if (getFieldValue(['absent', station])) return Promise.resolve();
                if (value === null || value === undefined) return Promise.reject(new Error(`请填写${STATION_LABEL[station]}成绩，或勾选缺考`));
                if (value < 0 || (max !== undefined && value > max)) return Promise.reject(new Error(`${STATION_LABEL[station]}成绩应在 0–${max} 之间`));
                return Promise.resolve();
              },
            }),
          ]}
        >
          {/* No min/max on the input: it would silently change an out-of-range entry; the rule says so instead. */}
          <InputNumber id={id} step={1} disabled={absent === true} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item noStyle name={['absent', station]} valuePropName="checked">
          <Checkbox>缺考</Checkbox>
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

/** The four station scores and the critical items of the session's skills rule. */
export function SkillsFields({ rule, form }: { rule: SkillsPassRule | null; form: FormInstance }) {
  return (
    <>
      {STATIONS.map((station) => (
        <StationField key={station} station={station} rule={rule} form={form} />
      ))}
      <Form.Item label="关键项不合格" name="failedCriticalItems" htmlFor="failed-critical-items" extra="任何一项不合格，技能考核即不合格；没有则留空。">
        <Select
          id="failed-critical-items"
          mode="multiple"
          allowClear
          placeholder="无"
          options={(rule?.criticalItems ?? []).map((item) => ({ value: item, label: criticalItemLabel(item) }))}
        />
      </Form.Item>
    </>
  );
}

/** A theory standard score, or absent. */
export function TheoryFields({ rule, form }: { rule: TheoryPassRule | null; form: FormInstance }) {
  const absent = Form.useWatch('scoreAbsent', form) as boolean | undefined;
  return (
    <Form.Item label={`标准分${rule ? `（满分 ${rule.maxScore}，${rule.passLine} 分及以上合格）` : ''}`} htmlFor="theory-score" required>
      <Space wrap>
        <Form.Item
          noStyle
          name="score"
          dependencies={['scoreAbsent']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) => {
                if (getFieldValue('scoreAbsent')) return Promise.resolve();
                if (value === null || value === undefined) return Promise.reject(new Error('请填写标准分，或勾选缺考'));
                if (value < 0 || (rule && value > rule.maxScore)) return Promise.reject(new Error(`标准分应在 0–${rule?.maxScore} 之间`));
                return Promise.resolve();
              },
            }),
          ]}
        >
          <InputNumber id="theory-score" step={1} disabled={absent === true} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item noStyle name="scoreAbsent" valuePropName="checked">
          <Checkbox>缺考</Checkbox>
        </Form.Item>
      </Space>
    </Form.Item>
  );
}
