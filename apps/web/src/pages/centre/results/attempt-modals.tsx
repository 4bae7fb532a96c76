import { useMutation } from '@tanstack/react-query';
import { Alert, Descriptions, Form, Input, Modal, Radio, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { formatScore, OUTCOME_LABEL, SUBJECT_LABEL } from '../../../components/scoring-labels';
import { StationLine } from '../scores/result-state';
import { SkillsFields, skillsInitialValues, stationsOf, TheoryFields, type SkillsFormValues, type TheoryFormValues } from './score-fields';

type ResultListRow = Schemas['ResultListRow'];
type SessionView = Schemas['SessionView'];
type JudgedAttemptView = Schemas['JudgedAttemptView'];

function Who({ row }: { row: ResultListRow }) {
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'name', label: '考生', children: `${row.name}（${row.idNumberMasked}）` },
        { key: 'base', label: '培训基地', children: row.baseName },
        {
          key: 'now',
          label: '现有成绩',
          children: (
            <div>
              {row.outcome === 'ABSENT' ? '缺考' : `${row.subject === 'SKILLS' ? '总分 ' : ''}${formatScore(row.score)}，${OUTCOME_LABEL[row.outcome]}`}
              {row.subject === 'SKILLS' && <StationLine stations={row.stationScores} failedCriticalItems={row.failedCriticalItems} />}
            </div>
          ),
        },
      ]}
    />
  );
}

type CorrectionValues = Partial<SkillsFormValues> & Partial<TheoryFormValues> & { reason: string };

/** SC-4: correct a published result with a reason; the API judges it again by the session's rule. */
export function CorrectionModal({ row, session, onClose, onDone }: { row: ResultListRow; session: SessionView; onClose: () => void; onDone: (view: JudgedAttemptView) => void }) {
  const [form] = Form.useForm<CorrectionValues>();
  const correct = useMutation({
    mutationFn: (values: CorrectionValues) =>
      call(
        api.POST('/attempts/{id}/corrections', {
          params: { path: { id: row.attemptId } },
          body:
            row.subject === 'THEORY'
              ? { expectedVersion: row.version, reason: values.reason.trim(), score: values.scoreAbsent ? null : (values.score ?? null) }
              : { expectedVersion: row.version, reason: values.reason.trim(), stations: stationsOf(values as SkillsFormValues), failedCriticalItems: values.failedCriticalItems ?? [] },
        }),
      ),
    onSuccess: onDone,
  });
  const initial: CorrectionValues =
    row.subject === 'THEORY'
      ? { score: row.score, scoreAbsent: row.outcome === 'ABSENT', reason: '' }
      : { ...skillsInitialValues(row.stationScores, row.failedCriticalItems), reason: '' };

  return (
    <Modal
      open
      title={`更正${SUBJECT_LABEL[row.subject]}成绩`}
      okText="保存更正"
      cancelText="取消"
      okButtonProps={{ loading: correct.isPending }}
      onOk={() => void form.validateFields().then((values) => correct.mutate(values), () => undefined)}
      onCancel={onClose}
    >
      <Who row={row} />
      <Typography.Paragraph type="secondary">更正后按本批次的合格标准重新判定，考生立即看到新成绩；原成绩、新成绩和理由记入操作日志。</Typography.Paragraph>
      <ScoringErrorAlert error={correct.error} />
      <Form form={form} layout="vertical" initialValues={initial}>
        {row.subject === 'THEORY' ? <TheoryFields rule={session.theoryPassRule} form={form} /> : <SkillsFields rule={session.skillsPassRule} form={form} />}
        <Form.Item name="reason" label="更正理由（必填，记入操作日志）" rules={[{ required: true, whitespace: true, message: '请填写更正理由' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：阅卷复核发现登分错误" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface VoidValues {
  kind: 'VIOLATION' | 'FALSE_INFORMATION';
  reason: string;
}

/** SC-8 / FA-11: void a result for an exam-rule violation or false sign-up information. */
export function VoidModal({ row, onClose, onDone }: { row: ResultListRow; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<VoidValues>();
  const voidResult = useMutation({
    mutationFn: (values: VoidValues) => call(api.POST('/attempts/{id}/void', { params: { path: { id: row.attemptId } }, body: { kind: values.kind, reason: values.reason.trim() } })),
    onSuccess: onDone,
  });
  return (
    <Modal
      open
      title={`取消${SUBJECT_LABEL[row.subject]}成绩`}
      okText="取消该成绩"
      okButtonProps={{ danger: true, loading: voidResult.isPending }}
      cancelText="返回"
      onOk={() => void form.validateFields().then((values) => voidResult.mutate(values), () => undefined)}
      onCancel={onClose}
    >
      <Who row={row} />
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="取消后该成绩不再有效，不能恢复。"
        description="统计中计为“已取消”，不计入合格或不合格；考生可看到取消的原因。"
      />
      <ScoringErrorAlert error={voidResult.error} />
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label="取消原因类别" rules={[{ required: true, message: '请选择取消原因类别' }]}>
          <Radio.Group
            options={[
              { value: 'VIOLATION', label: '违反考试纪律' },
              { value: 'FALSE_INFORMATION', label: '报名信息不实' },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label="处理决定（必填，考生可见，记入操作日志）" rules={[{ required: true, whitespace: true, message: '请填写处理决定' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：考场携带电子设备，经考点核实，成绩无效" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
