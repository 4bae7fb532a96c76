import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, Radio, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { fieldProblems } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../format/time';
import { ID_TYPE_LABEL, idEncodesBirth, type IdType } from '../shared/labels';
import { KEYS, useOrganisations, useProfile } from '../shared/queries';
import { PhotoCard } from './photo-card';

type Profile = Schemas['TraineeView'];
type Edit = Schemas['ProfileEditDto'];

const SEX: Record<'M' | 'F', string> = { M: '男', F: '女' };
const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

interface EditForm {
  phone: string;
  sex?: 'M' | 'F';
  birthDate?: { format: (pattern: string) => string } | null;
}

function RecordCard({ profile }: { profile: Profile }) {
  const organisations = useOrganisations();
  const name = (id: number) => organisations.data?.find((organisation) => organisation.id === id)?.name ?? '—';
  const passed = (value: boolean) => (value ? '合格' : <span style={{ color: '#a8071a' }}>未合格</span>);
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>实名信息与培训记录</h3>}>
      <Descriptions
        column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 1, xxl: 2 }}
        size="small"
        bordered
        items={[
          { key: 'name', label: '姓名', children: profile.name },
          { key: 'idType', label: '证件类型', children: ID_TYPE_LABEL[profile.idType as IdType] ?? profile.idType },
          { key: 'id', label: '证件号码', children: profile.idNumberMasked },
          { key: 'sex', label: '性别', children: profile.sex ? SEX[profile.sex] : <span style={{ color: '#a8071a' }}>未填写</span> },
          { key: 'birth', label: '出生日期', children: profile.birthDate ? formatDate(profile.birthDate) : <span style={{ color: '#a8071a' }}>未填写</span> },
          { key: 'phone', label: '联系电话', children: profile.phone ?? <span style={{ color: '#a8071a' }}>未填写</span> },
          { key: 'city', label: '所在地市', children: name(profile.cityId) },
          { key: 'base', label: '培训基地', children: name(profile.baseId) },
          { key: 'cohort', label: '培训年级', children: profile.cohort },
          { key: 'rotation', label: '结束轮转时间', children: formatDate(profile.rotationEndDate) },
          { key: 'phase', label: '集中理论培训阶段考试', children: passed(profile.phaseTheoryPassed) },
          { key: 'process', label: '培训过程考核', children: passed(profile.processAssessmentPassed) },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0, color: '#595959' }}>
        姓名、证件、培训基地、年级、结束轮转时间和考核情况由培训基地按名册维护；如有错误，请联系培训基地更正。报考信息须真实准确，提供虚假信息者取消考试资格。
      </Typography.Paragraph>
      {profile.retrainingRequired && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message="须自费重新参加培训"
          description="您自结束轮转当年起三年内未通过结业考核，再次申请结业考核前须重新参加培训。详见“成绩与有效期”。"
        />
      )}
    </Card>
  );
}

function EditCard({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditForm>();
  const [saved, setSaved] = useState(false);
  const derived = idEncodesBirth(profile.idType);
  const save = useMutation({
    mutationFn: (body: Edit) => call(api.PATCH('/me/profile', { body })),
    onSuccess: (view) => {
      queryClient.setQueryData(KEYS.profile, view);
      setSaved(true);
    },
  });
  const problems = fieldProblems(save.error);
  const fieldError = (field: string) => (problems[field] ? { validateStatus: 'error' as const, help: '格式不正确，请检查' } : {});
  const submit = (values: EditForm) => {
    setSaved(false);
    const body: Edit = { phone: values.phone.trim() };
    if (!derived) {
      if (values.sex) body.sex = values.sex;
      if (values.birthDate) body.birthDate = values.birthDate.format('YYYY-MM-DD');
    }
    save.mutate(body);
  };
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>可以修改的信息</h3>} style={{ marginTop: 16 }}>
      <Typography.Paragraph style={{ marginTop: 0 }}>
        {derived ? '性别和出生日期按证件号码确定，不能修改。' : '您的证件号码不含性别和出生日期，请如实填写。'}联系电话请填写本人常用手机，审核有问题时基地会联系您。
      </Typography.Paragraph>
      <ErrorAlert error={save.error} />
      {saved && <Alert type="success" showIcon role="status" message="已保存" style={{ marginBottom: 16 }} />}
      <Form<EditForm> form={form} layout="vertical" requiredMark={false} initialValues={{ phone: profile.phone ?? '', sex: profile.sex ?? undefined }} onFinish={submit} onValuesChange={() => setSaved(false)}>
        <Form.Item
          label="联系电话"
          name="phone"
          rules={[
            { required: true, whitespace: true, message: '请输入联系电话' },
            { pattern: PHONE, message: '请输入 11 位手机号码，或带区号的固定电话（如 0591-87654321）' },
          ]}
          {...fieldError('phone')}
        >
          <Input autoComplete="tel" inputMode="tel" style={{ maxWidth: 320 }} />
        </Form.Item>
        {!derived && (
          <>
            <Form.Item label="性别" name="sex" rules={[{ required: true, message: '请选择性别' }]} {...fieldError('sex')}>
              <Radio.Group
                options={[
                  { value: 'M', label: '男' },
                  { value: 'F', label: '女' },
                ]}
              />
            </Form.Item>
            <Form.Item label="出生日期" name="birthDate" rules={[{ required: !profile.birthDate, message: '请选择出生日期' }]} extra={profile.birthDate ? `当前：${formatDate(profile.birthDate)}；不修改可留空` : undefined} {...fieldError('birthDate')}>
              <DatePicker style={{ maxWidth: 320, width: '100%' }} placeholder="选择出生日期" />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Form>
    </Card>
  );
}

/** FA-6: the real-name profile (what the base keeps and what the candidate completes) and the ID photo. */
export default function ProfilePage() {
  const profile = useProfile();
  return (
    <>
      <Typography.Title level={2}>个人信息与照片</Typography.Title>
      <ErrorAlert error={profile.error} />
      {profile.isPending ? (
        <Spin size="large" style={{ display: 'block', margin: '48px auto' }} aria-label="正在加载" />
      ) : profile.data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={13}>
            <RecordCard profile={profile.data} />
            <EditCard profile={profile.data} />
          </Col>
          <Col xs={24} xl={11}>
            <PhotoCard profile={profile.data} />
          </Col>
        </Row>
      ) : null}
    </>
  );
}
