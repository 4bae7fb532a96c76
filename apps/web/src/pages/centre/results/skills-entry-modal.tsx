import { useMutation, useQuery } from '@tanstack/react-query';
import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { RequiredSelect } from '../../../components/scoring-required-select';
import { SkillsFields, skillsInitialValues, stationsOf, type SkillsFormValues } from './score-fields';

type SessionView = Schemas['SessionView'];
type JudgedAttemptView = Schemas['JudgedAttemptView'];

/** A result already entered (not yet published): entering again replaces it, guarded by its version. */
export interface SkillsEntryTarget {
  traineeId: number;
  name: string;
  version: number;
  stationScores: Partial<Record<string, number | null>> | null;
  failedCriticalItems: string[] | null;
}

type Values = SkillsFormValues & { traineeId?: number };

/**
 * SC-2: the centre enters one candidate's four station scores by hand (an absence too), judged by the
 * session's skills rule. Without a target it first finds an approved SKILLS candidate by name.
 */
export function SkillsEntryModal({ session, target, onClose, onDone }: { session: SessionView; target: SkillsEntryTarget | null; onClose: () => void; onDone: (view: JudgedAttemptView) => void }) {
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const candidates = useQuery({
    queryKey: ['skills-candidates', session.id, search],
    queryFn: () => call(api.GET('/signups', { params: { query: { sessionId: session.id, status: 'APPROVED', subject: 'SKILLS', name: search || undefined, pageSize: 20 } } })),
    enabled: target === null,
  });
  const enter = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.PUT('/sessions/{sessionId}/skills-scores/{traineeId}', {
          params: { path: { sessionId: session.id, traineeId: target?.traineeId ?? values.traineeId! } },
          body: { stations: stationsOf(values), failedCriticalItems: values.failedCriticalItems ?? [], expectedVersion: target?.version },
        }),
      ),
    onSuccess: onDone,
  });

  return (
    <Modal
      open
      title={target ? `修改技能成绩：${target.name}` : '录入技能成绩'}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ loading: enter.isPending }}
      onOk={() => void form.validateFields().then((values) => enter.mutate(values), () => undefined)}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">按本批次的技能考核合格标准判定（总分、各考站最低分、关键项）。公布前可以再次录入或重新导入覆盖；公布后只能更正。</Typography.Paragraph>
      <ScoringErrorAlert error={enter.error ?? candidates.error} />
      <Form form={form} layout="vertical" initialValues={skillsInitialValues(target?.stationScores, target?.failedCriticalItems)}>
        {!target && (
          <Form.Item name="traineeId" label="考生（本批次审核通过报考技能考核）" htmlFor="skills-candidate" rules={[{ required: true, message: '请选择考生' }]}>
            <RequiredSelect
              id="skills-candidate"
              showSearch
              filterOption={false}
              onSearch={setSearch}
              loading={candidates.isFetching}
              placeholder="输入姓名查找"
              notFoundContent={candidates.isFetching ? '正在查找…' : '没有找到'}
              options={(candidates.data?.items ?? []).map((row) => ({ value: row.traineeId, label: `${row.name}（${row.idNumberMasked}，${row.baseName}）` }))}
            />
          </Form.Item>
        )}
        <SkillsFields rule={session.skillsPassRule} form={form} />
      </Form>
    </Modal>
  );
}
