import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { FormSelect } from '../sessions/form-select';
import { useBases } from '../sessions/organisations';
import { SessionPicker, useChosenSession } from '../sessions/session-picker';
import { EmptyNote } from '../sessions/tone-tag';
import { PageTitle } from '../sessions/page-title';

type Rule = Schemas['ExceptionDto']['rule'];
type GrantedException = Schemas['EligibilityExceptionView'];

/** The rules the centre may except (FA-14); the API refuses any other (EXCEPTION_RULE_NOT_ALLOWED). */
const RULES: Array<{ value: Rule; label: string; hint: string }> = [
  { value: 'FA-2.rotation', label: '结束轮转时间（FA-2）', hint: '结束轮转年份不在招考范围内，或晚于截止日期' },
  { value: 'FA-2.phase-theory', label: '集中理论培训阶段考试（FA-2）', hint: '阶段考试未合格' },
  { value: 'FA-2.process', label: '培训过程考核（FA-2）', hint: '过程考核未合格' },
  { value: 'FA-3', label: '三年期限（FA-3）', hint: '结束轮转已超过三年，按规定须重新培训' },
];
const RULE_LABEL = Object.fromEntries(RULES.map((r) => [r.value, r.label])) as Record<string, string>;

interface GrantValues {
  traineeId: number;
  rule: Rule;
  reason: string;
}

/** Trainees whose name contains what was typed, for the chooser. */
function useTraineeSearch(name: string) {
  return useQuery({
    queryKey: ['trainee-search', name],
    queryFn: () => call(api.GET('/trainees', { params: { query: { name, pageSize: 20 } } })),
    enabled: name.length > 0,
  });
}

/**
 * FA-14 exceptions: the centre grants a recorded exception for one trainee and one rule, with a reason; the
 * trainee's next verdict shows it. Below, the exceptions already granted in the chosen session.
 */
export default function ExceptionsPage() {
  const chosen = useChosenSession();
  const session = chosen.session;
  const bases = useBases();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<GrantValues>();
  const [search, setSearch] = useState('');
  const trainees = useTraineeSearch(search);
  const [page, setPage] = useState(1);
  const pageSize = 10;

  const grant = useMutation({
    mutationFn: (values: GrantValues) =>
      call(api.POST('/sessions/{id}/exceptions', { params: { path: { id: session!.id } }, body: { traineeId: values.traineeId, rule: values.rule, reason: values.reason.trim() } })),
    onSuccess: () => {
      form.resetFields();
      setSearch('');
      setPage(1);
      void queryClient.invalidateQueries({ queryKey: ['exceptions', session?.id] });
    },
  });

  const granted = useQuery({
    queryKey: ['exceptions', session?.id, page],
    queryFn: () => call(api.GET('/sessions/{id}/exceptions', { params: { path: { id: session!.id }, query: { page, pageSize } } })),
    enabled: session !== undefined,
    placeholderData: keepPreviousData,
  });
  const baseName = (id: number) => bases.data?.find((b) => b.id === id)?.name ?? `基地 ${id}`;
  const grantedRule = grant.variables ? RULES.find((r) => r.value === grant.variables.rule)?.label : undefined;

  return (
    <>
      <PageTitle>特殊情况（资格例外）</PageTitle>
      <SessionPicker chosen={chosen} />
      <Typography.Paragraph>
        对某一学员的某一条资格规则批准例外，并写明理由。批准后该学员再次提交报名（或被退回后重新提交）时，资格核验中这一条显示为“例外通过”并附理由；已提交的报名结果不会自动改变。
      </Typography.Paragraph>

      <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>批准例外</Typography.Title>} style={{ marginBottom: 24, maxWidth: 720 }}>
        {grant.isSuccess && (
          <Alert
            type="success"
            showIcon
            role="status"
            message={`已记录例外（编号 ${grant.data.id}）：${grantedRule ?? ''}`}
            description="已记入操作日志。请通知学员重新提交报名，新的资格核验结果会显示此例外。"
            style={{ marginBottom: 16 }}
          />
        )}
        {grant.error instanceof ApiError && grant.error.code === 'CONFLICT' ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            message="未重复记录：该学员在本批次的这条规则已批准过例外"
            description={
              <>
                无需再次批准；如需更改理由，请联系系统管理员。
                <div style={{ fontSize: 12, color: '#595959' }}>错误代码：CONFLICT</div>
              </>
            }
            style={{ marginBottom: 16 }}
          />
        ) : (
          <ErrorAlert error={grant.error} />
        )}
        <Form<GrantValues> form={form} layout="vertical" onFinish={(values) => grant.mutate(values)} disabled={!session}>
          <Form.Item label="学员" name="traineeId" rules={[{ required: true, message: '请选择学员' }]} extra="输入姓名查找（可输入部分姓名）">
            <FormSelect<number>
              showSearch
              filterOption={false}
              onSearch={(value) => setSearch(value.trim())}
              loading={trainees.isFetching}
              notFoundContent={search ? (trainees.isFetching ? '正在查找…' : '没有找到该姓名的学员') : '请输入姓名'}
              options={trainees.data?.items.map((t) => ({
                value: t.id,
                label: `${t.name}（${t.idNumberMasked}，${baseName(t.baseId)}，${formatDate(t.rotationEndDate)} 结束轮转）`,
              }))}
              placeholder="输入姓名"
            />
          </Form.Item>
          <Form.Item label="例外的规则" name="rule" rules={[{ required: true, message: '请选择规则' }]}>
            <FormSelect<Rule> options={RULES.map((r) => ({ value: r.value, label: `${r.label} — ${r.hint}` }))} placeholder="选择一条规则" />
          </Form.Item>
          <Form.Item label="理由（记入日志，显示在资格核验结果中）" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：因援藏任务延长轮转，经省卫健委批准" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={grant.isPending}>
            批准例外
          </Button>
        </Form>
      </Card>

      <Typography.Title level={3} style={{ fontSize: 16 }}>
        已批准的例外
      </Typography.Title>
      <Typography.Paragraph style={{ color: '#595959' }}>{session ? `${session.name}，最新的在前。` : '请先选择考核批次。'}</Typography.Paragraph>
      <ErrorAlert error={granted.error} />
      <Table<GrantedException>
        rowKey="id"
        loading={granted.isFetching}
        dataSource={granted.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyNote>本批次尚未批准任何例外</EmptyNote> }}
        pagination={{ current: page, pageSize, total: granted.data?.total ?? 0, onChange: setPage, showTotal: (total) => `共 ${total} 条` }}
        columns={[
          { title: '批准时间', key: 'at', render: (_, e) => formatDateTime(e.grantedAt) },
          { title: '学员', key: 'trainee', render: (_, e) => (e.traineeName ? `${e.traineeName}（${e.idNumberMasked}）` : `学员 ${e.traineeId}`) },
          { title: '培训基地', key: 'base', render: (_, e) => e.baseName || (e.baseId === null ? '—' : baseName(e.baseId)) },
          { title: '规则', key: 'rule', render: (_, e) => RULE_LABEL[e.rule] ?? `${e.ruleTitle.zh}（${e.rule}）` },
          { title: '理由', dataIndex: 'reason' },
          { title: '批准人', key: 'grantedBy', render: (_, e) => e.grantedBy.displayName ?? `账号 #${e.grantedBy.userId}` },
        ]}
      />
    </>
  );
}
