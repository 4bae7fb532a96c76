import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Spin, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { beijingToday, fromBeijingInput } from './beijing-input';
import { STATION_LABEL, STATIONS, SUBJECT_LABEL, SUBJECTS, TICKET_MODE_LABEL, type Subject } from './labels';
import {
  blankSessionValues,
  fieldLabel,
  placeProblems,
  sessionToValues,
  valuesToDefinition,
  type PlacedProblems,
  type SessionFormValues,
} from './session-form';
import { useSessions, type SessionView } from './session-picker';
import { PageTitle } from './page-title';
import { SessionCancellationCard } from './session-cancellation-card';

const HINT = { color: '#595959' };
const NO_PROBLEMS: PlacedProblems = { byField: {}, general: [] };

/** The dotted paths of every value a change touched (antd hands over the changed part of the values). */
function changedPaths(changed: unknown, prefix = ''): string[] {
  if (typeof changed !== 'object' || changed === null || Array.isArray(changed)) return [prefix];
  return Object.entries(changed).flatMap(([key, value]) => changedPaths(value, prefix ? `${prefix}.${key}` : key));
}

/** A problem the API named for this field: shown at the field until the field changes. */
function useServerProblems() {
  const [placed, setPlaced] = useState<PlacedProblems>(NO_PROBLEMS);
  const at = (path: string) => {
    const problems = placed.byField[path];
    return problems?.length ? { validateStatus: 'error' as const, help: problems.join('；') } : {};
  };
  const forget = (changed: unknown) => {
    const paths = changedPaths(changed);
    setPlaced((current) => {
      const byField = Object.fromEntries(Object.entries(current.byField).filter(([field]) => !paths.some((path) => field === path || field.startsWith(`${path}.`))));
      return Object.keys(byField).length === Object.keys(current.byField).length ? current : { ...current, byField };
    });
  };
  return { placed, setPlaced, at, forget };
}

type At = ReturnType<typeof useServerProblems>['at'];

/** Two datetime-local fields for one window, in Beijing time. */
function WindowFields({ path, labels, at }: { path: string[]; labels: [string, string]; at: At }) {
  const dotted = path.join('.');
  const opensAt = Form.useWatch([...path, 'opensAt']) as string | undefined;
  const closesAt = Form.useWatch([...path, 'closesAt']) as string | undefined;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label={labels[0]} name={[...path, 'opensAt']} rules={[{ required: true, message: `请填写${labels[0]}` }]} {...at(`${dotted}.opensAt`)}>
          <Input type="datetime-local" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={labels[1]} name={[...path, 'closesAt']} rules={[{ required: true, message: `请填写${labels[1]}` }]} {...at(`${dotted}.closesAt`)}>
          <Input type="datetime-local" />
        </Form.Item>
      </Col>
      {opensAt && closesAt && (
        <Col span={24} style={{ marginTop: -16, marginBottom: 16, ...HINT }} aria-live="polite">
          即北京时间 {formatDateTime(fromBeijingInput(opensAt))} 起，至 {formatDateTime(fromBeijingInput(closesAt))} 止（不含该时刻）
        </Col>
      )}
    </Row>
  );
}

function SubjectCard({ subject, at }: { subject: Subject; at: At }) {
  const included = Form.useWatch(['subjectConfig', subject, 'included']) as boolean | undefined;
  const base = ['subjectConfig', subject];
  return (
    <Card size="small" type="inner" title={SUBJECT_LABEL[subject]} style={{ marginBottom: 16 }}>
      <Form.Item label="本批次考核此科目" name={[...base, 'included']} valuePropName="checked">
        <Switch checkedChildren="考" unCheckedChildren="不考" />
      </Form.Item>
      {included && (
        <>
          <Form.Item label="准考证方式" name={[...base, 'ticketMode']} {...at(`subjectConfig.${subject}.ticketMode`)}>
            <Radio.Group options={Object.entries(TICKET_MODE_LABEL).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <WindowFields path={[...base, 'ticketWindow']} labels={['准考证打印开始时间', '准考证打印截止时间']} at={at} />
          <WindowFields path={[...base, 'exam']} labels={['考试开始时间', '考试结束时间']} at={at} />
        </>
      )}
    </Card>
  );
}

function PassRules({ at }: { at: At }) {
  const theoryOn = Form.useWatch('theoryRuleOn') as boolean | undefined;
  const skillsOn = Form.useWatch('skillsRuleOn') as boolean | undefined;
  return (
    <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>合格标准</Typography.Title>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph style={HINT}>可以先不设置，成绩导入和录入前必须设置。</Typography.Paragraph>
      <Card size="small" type="inner" title="专业理论考试" style={{ marginBottom: 16 }}>
        <Form.Item label="设置理论考试合格标准" name="theoryRuleOn" valuePropName="checked">
          <Switch checkedChildren="已设置" unCheckedChildren="暂不设置" />
        </Form.Item>
        {theoryOn && (
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="合格线（达到即合格）" name={['theoryPassRule', 'passLine']} rules={[{ required: true, message: '请填写合格线' }]} {...at('theoryPassRule.passLine')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="满分" name={['theoryPassRule', 'maxScore']} rules={[{ required: true, message: '请填写满分' }]} {...at('theoryPassRule.maxScore')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="成绩小数位数" name={['theoryPassRule', 'maxDecimalPlaces']} {...at('theoryPassRule.maxDecimalPlaces')}>
                <InputNumber min={0} max={6} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Card>
      <Card size="small" type="inner" title="临床实践技能考核">
        <Form.Item label="设置技能考核合格标准" name="skillsRuleOn" valuePropName="checked">
          <Switch checkedChildren="已设置" unCheckedChildren="暂不设置" />
        </Form.Item>
        {skillsOn && (
          <>
            <Form.Item label="总分合格线（达到即合格）" name={['skillsPassRule', 'totalPassLine']} rules={[{ required: true, message: '请填写总分合格线' }]} {...at('skillsPassRule.totalPassLine')}>
              <InputNumber min={0} style={{ width: '100%', maxWidth: 240 }} />
            </Form.Item>
            {STATIONS.map((station) => (
              <Row gutter={16} key={station}>
                <Col xs={12} md={8}>
                  <Form.Item
                    label={`${STATION_LABEL[station]}满分`}
                    name={['skillsPassRule', 'stationMaximums', station]}
                    rules={[{ required: true, message: '请填写满分' }]}
                    {...at(`skillsPassRule.stationMaximums.${station}`)}
                  >
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item label={`${STATION_LABEL[station]}最低分`} name={['skillsPassRule', 'stationMinimums', station]} {...at(`skillsPassRule.stationMinimums.${station}`)}>
                    <InputNumber min={0} style={{ width: '100%' }} placeholder="不设" />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Typography.Paragraph style={HINT}>某站最低分不填，则该站只计入总分、不单独设最低分。</Typography.Paragraph>
            <Form.Item
              label="关键项目（任一项不合格，技能考核即不合格）"
              name={['skillsPassRule', 'criticalItems']}
              extra="填写项目编号后按回车，例如 BASIC_PROCEDURES.aseptic"
              {...at('skillsPassRule.criticalItems')}
            >
              <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} />
            </Form.Item>
          </>
        )}
      </Card>
    </Card>
  );
}

/** A refused save: the API's refusal, and the subjects in the order they were sent (problems name them by position). */
class SaveFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly subjectOrder: Subject[],
  ) {
    super('save refused');
  }
}

/**
 * The session editor (sessions/new, sessions/:id): calendar, admitted years, subjects and their ticket windows,
 * pass rules. Times are entered and shown in Beijing time. The API's problems appear at their fields; a change
 * made meanwhile by someone else (stale version) is explained and can be reloaded.
 */
export default function SessionEditorPage() {
  const { id } = useParams();
  const sessionId = id === undefined ? undefined : Number(id);
  const creating = sessionId === undefined;
  const navigate = useNavigate();
  const justCreated = (useLocation().state as { created?: boolean } | null)?.created === true;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SessionFormValues>();
  const problems = useServerProblems();
  const [saved, setSaved] = useState<SessionView | null>(null);
  const sessions = useSessions();

  const stored = useQuery({
    queryKey: ['session', sessionId],
    queryFn: () => call(api.GET('/sessions/{id}', { params: { path: { id: sessionId! } } })),
    enabled: !creating && Number.isInteger(sessionId),
  });
  const initial = useMemo(() => (stored.data ? sessionToValues(stored.data) : blankSessionValues(Number(beijingToday().slice(0, 4)) + 1)), [stored.data]);
  // The version this edit starts from: the one just saved or reloaded, else the one loaded.
  const [savedVersion, setSavedVersion] = useState<number | undefined>(undefined);
  const baseVersion = savedVersion ?? stored.data?.version;

  const save = useMutation<SessionView, SaveFailure, SessionFormValues>({
    mutationFn: async (values) => {
      const { body, subjectOrder } = valuesToDefinition(values);
      try {
        if (creating) return await call(api.POST('/sessions', { body }));
        const update: Schemas['SessionUpdateDto'] = { ...body, expectedVersion: baseVersion ?? 0, reason: (values.reason ?? '').trim() };
        return await call(api.PUT('/sessions/{id}', { params: { path: { id: sessionId } }, body: update }));
      } catch (error) {
        throw new SaveFailure(error, subjectOrder);
      }
    },
    onMutate: () => {
      problems.setPlaced(NO_PROBLEMS);
      setSaved(null);
    },
    onSuccess: (session) => {
      queryClient.setQueryData(['session', session.id], session);
      void queryClient.invalidateQueries({ queryKey: ['sessions'] });
      if (creating) {
        void navigate(`/centre/sessions/${session.id}`, { replace: true, state: { created: true } });
        return;
      }
      setSaved(session);
      setSavedVersion(session.version);
      form.setFieldsValue({ ...sessionToValues(session), reason: '' });
    },
    onError: (failure) => {
      problems.setPlaced(placeProblems(failure.error, failure.subjectOrder));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    },
  });

  const reload = async () => {
    save.reset();
    problems.setPlaced(NO_PROBLEMS);
    const fresh = await stored.refetch();
    if (fresh.data) {
      form.setFieldsValue({ ...sessionToValues(fresh.data), reason: '' });
      setSavedVersion(fresh.data.version);
    }
  };

  const copyFrom = (templateId: number) => {
    const template = sessions.data?.find((s) => s.id === templateId);
    if (!template) return;
    form.setFieldsValue({ ...sessionToValues(template), code: '', name: '' });
  };

  if (!creating && stored.isPending) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} aria-label="正在加载考核批次" />;
  if (!creating && stored.isError)
    return (
      <>
        <PageTitle>修改考核批次</PageTitle>
        <ErrorAlert error={stored.error} />
        <Link to="/centre/sessions">返回考核批次列表</Link>
      </>
    );

  const failure = save.error?.error;
  const conflict = failure instanceof ApiError && failure.code === 'CONFLICT';
  const currentVersion = conflict ? (failure.details as { currentVersion?: number } | undefined)?.currentVersion : undefined;
  const fieldList = Object.entries(problems.placed.byField);
  const at = problems.at;

  return (
    <>
      <PageTitle>{creating ? '新建考核批次' : `修改考核批次：${stored.data?.name ?? ''}`}</PageTitle>
      <Typography.Paragraph>
        <Link to="/centre/sessions">← 返回考核批次列表</Link>
        {!creating && baseVersion !== undefined && <span style={{ ...HINT, marginLeft: 16 }}>正在编辑第 {baseVersion} 版</span>}
      </Typography.Paragraph>

      {justCreated && !saved && !save.isError && (
        <Alert type="success" showIcon role="status" message="考核批次已创建。" description="接下来可以在“考点与编排”中设置技能考核考点；报名开始后考生即可报名。" style={{ marginBottom: 16 }} />
      )}
      {saved && !creating && <Alert type="success" showIcon role="status" message={`已保存，现为第 ${saved.version} 版。`} description="修改已记入操作日志；考生和审核员看到的是新的设置。" style={{ marginBottom: 16 }} />}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          message="未保存：此批次已被他人修改"
          description={
            <>
              <p style={{ margin: '4px 0' }}>
                您是在第 {baseVersion} 版的基础上修改的{currentVersion !== undefined ? `，而此批次现已是第 ${currentVersion} 版` : ''}。为免覆盖他人的修改，本次保存没有生效，您填写的内容仍在下方。
              </p>
              <p style={{ margin: '4px 0' }}>请先记下您要改的内容，再载入最新版本，核对后重新修改并保存。</p>
              <p style={{ margin: '4px 0', fontSize: 12, color: '#595959' }}>错误代码：CONFLICT</p>
              <Button onClick={() => void reload()} loading={stored.isFetching}>
                载入最新版本（放弃本页未保存的修改）
              </Button>
            </>
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ErrorAlert error={failure} />
      )}
      {(fieldList.length > 0 || problems.placed.general.length > 0) && (
        <Alert
          type="error"
          showIcon
          message="请修改以下内容后再保存"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.placed.general.map((text) => (
                <li key={text}>{text}</li>
              ))}
              {fieldList.map(([path, texts]) => (
                <li key={path}>
                  <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => form.scrollToField(path.split('.'), { block: 'center', focus: true })}>
                    {fieldLabel(path)}
                  </Button>
                  ：{texts.join('；')}
                </li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}

      <Form<SessionFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed) => problems.forget(changed)}
        onFinish={(values) => save.mutate(values)}
        onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
      >
        <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>基本信息</Typography.Title>} style={{ marginBottom: 16 }}>
          {creating && (sessions.data?.length ?? 0) > 0 && (
            <Form.Item label="复制已有批次的设置（可选）" htmlFor="session-copy-from" extra="复制后请逐项修改日期，编号和名称需重新填写。">
              <Select
                id="session-copy-from"
                allowClear
                placeholder="选择一个已有批次"
                onChange={(value: number | undefined) => value !== undefined && copyFrom(value)}
                options={sessions.data?.map((s) => ({ value: s.id, label: `${s.name}（${s.code}）` }))}
                style={{ maxWidth: 480 }}
              />
            </Form.Item>
          )}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="批次编号" name="code" rules={[{ required: true, whitespace: true, message: '请填写批次编号' }]} extra="字母、数字、- 或 _，例如 FJ-2025" {...at('code')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item label="批次名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写批次名称' }]} {...at('name')}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]} {...at('year')}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="资格规则版本" name="ruleSetVersion" rules={[{ required: true, whitespace: true, message: '请填写资格规则版本' }]} extra="印在每份资格核验结果上，例如 fujian-2025.1" {...at('ruleSetVersion')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="成绩发布说明（可选）" name="resultsNote" extra="例如：7月（具体时间另行通知）" {...at('resultsNote')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>报名与审核</Typography.Title>} style={{ marginBottom: 16 }}>
          <Typography.Paragraph style={HINT}>
            所有时间均为北京时间。截止时刻本身不在时间段内：通知写“3月10日 23:59 截止”的，截止时间请填 3月11日 00:00。
          </Typography.Paragraph>
          <WindowFields path={['signupWindow']} labels={['报名开始时间', '报名截止时间']} at={at} />
          <WindowFields path={['reviewWindow']} labels={['审核开始时间', '审核截止时间']} at={at} />
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item label="结束轮转年份（起）" name={['admittedRotationEndYears', 'from']} rules={[{ required: true, message: '请填写' }]} {...at('admittedRotationEndYears.from')}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="结束轮转年份（止）" name={['admittedRotationEndYears', 'to']} rules={[{ required: true, message: '请填写' }]} {...at('admittedRotationEndYears.to')}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="结束轮转截止日期"
                name="rotationCutoff"
                rules={[{ required: true, message: '请填写结束轮转截止日期' }]}
                extra="须在此日期之前结束轮转（不含当日），且不能早于报名截止时间"
                {...at('rotationCutoff')}
              >
                <Input type="date" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>考核科目与准考证</Typography.Title>} style={{ marginBottom: 16 }}>
          {SUBJECTS.map((subject) => (
            <SubjectCard key={subject} subject={subject} at={at} />
          ))}
        </Card>

        <PassRules at={at} />

        {!creating && (
          <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>修改原因</Typography.Title>} style={{ marginBottom: 16 }}>
            <Form.Item
              label="修改原因（记入操作日志）"
              name="reason"
              rules={[{ required: true, whitespace: true, message: '请填写修改原因' }]}
              {...at('reason')}
            >
              <Input.TextArea rows={2} maxLength={500} showCount placeholder="例如：按省卫健委通知调整报名截止时间" />
            </Form.Item>
          </Card>
        )}

        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {creating ? '创建考核批次' : '保存修改'}
          </Button>
          <Link to="/centre/sessions">取消</Link>
        </Space>
      </Form>

      {!creating && stored.data && (
        <div style={{ marginTop: 24 }}>
          <SessionCancellationCard
            session={stored.data}
            onCancelled={(result) => {
              // The cancellation raised the session's version: a later save starts from it.
              queryClient.setQueryData(['session', result.session.id], result.session);
              setSavedVersion(result.session.version);
              void queryClient.invalidateQueries({ queryKey: ['sessions'] });
              void queryClient.invalidateQueries({ queryKey: ['session', result.session.id, 'cancellation-impact'] });
            }}
          />
        </div>
      )}
    </>
  );
}
