import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError, fieldProblems } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import {
  APPLICANT_TYPE,
  CITIZENSHIP,
  EDUCATION_LEVEL,
  EMPLOYMENT_STATUS,
  FACILITY,
  MAJOR,
  namePath,
  PROGRAMME,
  QUALIFICATION,
  SPONSORSHIP,
  TRAINING_STATUS,
  type Application,
  type ApplicantType,
  type Round,
} from './labels';
import { RECRUITMENT_KEYS } from './queries';
import { chosen } from './rules';

type Facts = Schemas['ApplicantFacts'];

interface ProfileValues {
  applicantType: ApplicantType;
  employerCityId?: number | null;
  withEmployment: boolean;
  facts: {
    birthDate?: string;
    citizenship: Schemas['Citizenship'];
    education: Schemas['EducationFacts'];
    employment?: { status: Schemas['EmploymentStatus']; facility: Schemas['FacilityKind']; rural: boolean; regionCode?: string; startYear?: number | null };
    sponsorship: Schemas['Sponsorship'];
    servingMilitary: boolean;
    licence: Schemas['LicenceFacts'];
    trainingRecords: Array<{ programme: Schemas['TrainingProgramme']; status: Schemas['TrainingStatus']; where: string; withdrawnOn?: string }>;
  };
}

const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

function initialValues(round: Round, application: Application | undefined): ProfileValues {
  if (!application) {
    return {
      applicantType: round.applicantTypes[0] ?? 'INDEPENDENT',
      withEmployment: round.applicantTypes[0] === 'EMPLOYED',
      facts: {
        citizenship: 'MAINLAND',
        education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: round.year, diplomaHeld: true, overseas: false },
        sponsorship: 'NONE',
        servingMilitary: false,
        licence: { qualification: 'NONE', gpScope: false },
        trainingRecords: [],
      },
    };
  }
  const facts: Facts = application.facts;
  return {
    applicantType: application.applicantType,
    employerCityId: application.employerCityId,
    withEmployment: facts.employment !== null,
    facts: {
      birthDate: facts.birthDate ?? undefined,
      citizenship: facts.citizenship ?? 'MAINLAND',
      education: facts.education ?? { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: round.year, diplomaHeld: true, overseas: false },
      employment: facts.employment ? { ...facts.employment, regionCode: facts.employment.regionCode ?? undefined } : undefined,
      sponsorship: facts.sponsorship,
      servingMilitary: facts.servingMilitary,
      licence: facts.licence,
      trainingRecords: facts.trainingRecords.map((record) => ({ ...record, withdrawnOn: record.withdrawnOn ?? undefined })),
    },
  };
}

function toBody(values: ProfileValues, version: number | undefined): Schemas['ApplicationProfileDto'] {
  const { facts } = values;
  const employment = values.withEmployment && facts.employment ? { ...facts.employment, regionCode: facts.employment.regionCode?.trim() || null, startYear: facts.employment.startYear ?? null } : null;
  return {
    applicantType: values.applicantType,
    // The generated type cannot say "an integer or null"; the API takes the organisation id as is.
    employerCityId: (values.applicantType === 'EMPLOYED' ? (values.employerCityId ?? null) : null) as never,
    facts: {
      birthDate: facts.birthDate?.trim() || null,
      citizenship: facts.citizenship,
      education: { ...facts.education, lengthYears: facts.education.lengthYears ?? null },
      employment,
      sponsorship: facts.sponsorship,
      servingMilitary: facts.servingMilitary,
      licence: facts.licence,
      trainingRecords: (facts.trainingRecords ?? []).map((record) => ({ ...record, withdrawnOn: record.withdrawnOn?.trim() || null })),
    },
    ...(version === undefined ? {} : { expectedVersion: version }),
  };
}

/** Where the API put each problem: the facts' paths as they are, the employer city and the type at their fields. */
function problemsAtFields(error: unknown): Array<{ name: (string | number)[]; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  switch (error.code) {
    case 'APPLICANT_FACTS_INVALID': {
      const problems = (error.details as { problems?: Array<{ path: string; message: { zh: string } }> } | undefined)?.problems ?? [];
      const byPath = new Map<string, string[]>();
      for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem.message.zh]);
      return [...byPath].map(([path, errors]) => ({ name: namePath(path), errors }));
    }
    case 'EMPLOYER_CITY_REQUIRED':
    case 'EMPLOYER_CITY_INVALID':
      return [{ name: ['employerCityId'], errors: [error.message] }];
    case 'APPLICANT_TYPE_NOT_OFFERED':
      return [{ name: ['applicantType'], errors: [error.message] }];
    case 'VALIDATION_FAILED':
      return Object.entries(fieldProblems(error))
        .filter(([field]) => field !== '')
        .map(([field]) => ({ name: namePath(field), errors: ['格式不正确，请检查'] }));
    default:
      return [];
  }
}

/** Whether the employer's city commission reviews EMPLOYED applicants in this round (then the city is asked for). */
export function cityReviews(round: Round): boolean {
  return round.reviewChain.EMPLOYED.some((level) => level.level === 'CITY');
}

/** RC-1 / RC-2: the type and the facts the round's policy judges, each server problem shown at its field. */
export function ProfileForm({ round, application, onSaved }: { round: Round; application: Application | undefined; onSaved: (saved: Application) => void }) {
  const [form] = Form.useForm<ProfileValues>();
  const queryClient = useQueryClient();
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const type = Form.useWatch('applicantType', form);
  const withEmployment = Form.useWatch('withEmployment', form);
  const employmentStatus = Form.useWatch<Schemas['EmploymentStatus'] | undefined>(['facts', 'employment', 'status'], form);
  const cities = [...new Map(round.bases.filter((base) => base.cityId !== null).map((base) => [base.cityId!, base.cityName ?? String(base.cityId)])).entries()];
  const save = useMutation({
    mutationFn: (values: ProfileValues) =>
      application
        ? call(api.PUT('/me/recruitment/applications/{id}/profile', { params: { path: { id: application.id } }, body: toBody(values, application.version) }))
        : call(api.POST('/me/recruitment/rounds/{roundId}/applications', { params: { path: { roundId: round.id } }, body: toBody(values, undefined) })),
    onSuccess: (saved) => {
      queryClient.setQueryData(RECRUITMENT_KEYS.mine, (list: Application[] | undefined) => [saved, ...(list ?? []).filter((each) => each.id !== saved.id)]);
      onSaved(saved);
    },
    onError: (error) => {
      const problems = problemsAtFields(error);
      form.setFields(problems as Parameters<typeof form.setFields>[0]);
      // A problem whose path names no field on the form is listed under the error instead.
      const registered = new Set(form.getFieldsError().map((field) => field.name.join('.')));
      setElsewhere(problems.filter((problem) => !registered.has(problem.name.join('.'))).flatMap((problem) => problem.errors));
    },
  });
  const editable = !application || application.editable;
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>第一步：报名类别与基本情况</h3>}>
      <ErrorAlert error={save.error} />
      {save.isError && elsewhere.length > 0 && (
        <ul style={{ marginTop: -8, color: '#a8071a' }}>
          {elsewhere.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <Form<ProfileValues> form={form} layout="vertical" disabled={!editable} initialValues={initialValues(round, application)} onFinish={(values) => save.mutate(values)}
        // An EMPLOYED applicant names their workplace; an INDEPENDENT one who has not started on it need not.
        onValuesChange={(changed: Partial<ProfileValues>) => {
          if (changed.applicantType === 'EMPLOYED') form.setFieldValue('withEmployment', true);
          if (changed.applicantType === 'INDEPENDENT' && !form.getFieldValue(['facts', 'employment', 'facility'])) form.setFieldValue('withEmployment', false);
        }}
        scrollToFirstError
      >
        <Form.Item label="报名类别" name="applicantType">
          <Radio.Group>
            <Space direction="vertical">
              {round.applicantTypes.map((each) => (
                <Radio key={each} value={each}>
                  <strong>{APPLICANT_TYPE[each].label}</strong>
                  <div style={{ color: '#595959', whiteSpace: 'normal' }}>{APPLICANT_TYPE[each].meaning}</div>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {type === 'EMPLOYED' && cityReviews(round) && (
          <Form.Item label="工作单位所在设区市" name="employerCityId" extra="单位人的报名先由工作单位所在设区市卫生健康委初审。" rules={[chosen('请选择工作单位所在设区市')]}>
            <Select options={cities.map(([value, label]) => ({ value, label }))} placeholder="请选择" />
          </Form.Item>
        )}
        <Divider orientation="left" plain>
          个人情况
        </Divider>
        <Form.Item label="国籍（地区）" name={['facts', 'citizenship']}>
          <Select options={options(CITIZENSHIP)} />
        </Form.Item>
        <Form.Item label="出生日期" name={['facts', 'birthDate']} extra="格式 YYYY-MM-DD；使用居民身份证或居住证报名的，出生日期以证件号码为准，可不填。">
          <Input placeholder="例如 1998-06-01" />
        </Form.Item>
        <Form.Item label="现役军人" name={['facts', 'servingMilitary']} valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        <Divider orientation="left" plain>
          学历
        </Divider>
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Form.Item label="最高学历" name={['facts', 'education', 'level']}>
            <Select options={options(EDUCATION_LEVEL)} style={{ minWidth: 160 }} />
          </Form.Item>
          <Form.Item label="专业" name={['facts', 'education', 'major']}>
            <Select options={options(MAJOR)} style={{ minWidth: 140 }} />
          </Form.Item>
          <Form.Item label="毕业年份" name={['facts', 'education', 'graduationYear']}>
            <InputNumber min={1950} max={round.year + 1} precision={0} />
          </Form.Item>
          <Form.Item label="学制（年）" name={['facts', 'education', 'lengthYears']}>
            <InputNumber min={1} max={10} precision={0} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item label="全日制" name={['facts', 'education', 'fullTime']} valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item label="已取得毕业证书" name={['facts', 'education', 'diplomaHeld']} valuePropName="checked" extra="应届毕业生尚未取得的，可按要求提交替代材料。">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item label="国（境）外学历" name={['facts', 'education', 'overseas']} valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Space>
        <Divider orientation="left" plain>
          工作单位
        </Divider>
        <Form.Item label="有工作单位或拟就业单位" name="withEmployment" valuePropName="checked" extra={type === 'EMPLOYED' ? '单位人须填写工作单位情况。' : undefined}>
          <Switch checkedChildren="有" unCheckedChildren="无" />
        </Form.Item>
        {withEmployment && (
          <>
            <Space wrap size="middle" style={{ width: '100%' }}>
              <Form.Item label="在岗情况" name={['facts', 'employment', 'status']} rules={[chosen('请选择在岗情况')]}>
                <Select options={options(EMPLOYMENT_STATUS)} style={{ minWidth: 220 }} />
              </Form.Item>
              <Form.Item label="单位类别" name={['facts', 'employment', 'facility']} rules={[chosen('请选择单位类别')]}>
                <Select options={options(FACILITY)} style={{ minWidth: 220 }} />
              </Form.Item>
              <Form.Item label="行政区划代码" name={['facts', 'employment', 'regionCode']} extra="单位所在县（区）的 6 位代码，如 350181">
                <Input style={{ width: 140 }} />
              </Form.Item>
              {employmentStatus === 'EMPLOYED' && (
                <Form.Item label="入职年份" name={['facts', 'employment', 'startYear']} rules={[{ required: true, message: '已在岗的请填写入职年份' }]}>
                  <InputNumber min={1950} max={round.year + 1} precision={0} />
                </Form.Item>
              )}
            </Space>
            <Form.Item label="位于农村地区" name={['facts', 'employment', 'rural']} valuePropName="checked" initialValue={false}>
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </>
        )}
        <Divider orientation="left" plain>
          定向培养与执业资格
        </Divider>
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Form.Item label="定向或委托培养" name={['facts', 'sponsorship']}>
            <Select options={options(SPONSORSHIP)} style={{ minWidth: 200 }} />
          </Form.Item>
          <Form.Item label="医师资格" name={['facts', 'licence', 'qualification']}>
            <Select options={options(QUALIFICATION)} style={{ minWidth: 180 }} />
          </Form.Item>
          <Form.Item label="执业范围已加注全科医学" name={['facts', 'licence', 'gpScope']} valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Space>
        <Divider orientation="left" plain>
          既往规范化培训经历
        </Divider>
        <Typography.Paragraph style={{ color: '#595959' }}>曾参加或正在参加助理全科医生培训、住院医师规范化培训的，请逐条填写（含退培）。</Typography.Paragraph>
        <Form.List name={['facts', 'trainingRecords']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Card key={field.key} size="small" style={{ marginBottom: 12 }}>
                  <Space wrap size="middle" style={{ width: '100%' }}>
                    <Form.Item label="培训类别" name={[field.name, 'programme']} rules={[chosen('请选择培训类别')]}>
                      <Select options={options(PROGRAMME)} style={{ minWidth: 200 }} />
                    </Form.Item>
                    <Form.Item label="培训状态" name={[field.name, 'status']} rules={[chosen('请选择培训状态')]}>
                      <Select options={options(TRAINING_STATUS)} style={{ minWidth: 120 }} />
                    </Form.Item>
                    <Form.Item label="培训单位" name={[field.name, 'where']}>
                      <Input style={{ minWidth: 200 }} />
                    </Form.Item>
                    <Form.Item label="退培日期" name={[field.name, 'withdrawnOn']} extra="已退培的填写，YYYY-MM-DD">
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                  </Space>
                  <Button danger onClick={() => remove(field.name)}>
                    删除此条
                  </Button>
                </Card>
              ))}
              <Button onClick={() => add({ programme: 'ASSISTANT_GP', status: 'WITHDRAWN' })}>添加一条培训经历</Button>
            </>
          )}
        </Form.List>
        {editable ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 24 }}>
            {application ? '保存并下一步' : '创建报名并下一步'}
          </Button>
        ) : (
          <Alert style={{ marginTop: 16 }} type="info" showIcon message="报名已提交，当前不能修改。" />
        )}
      </Form>
    </Card>
  );
}
