import { useMutation } from '@tanstack/react-query';
import { Button, Card, ConfigProvider, Form, Input, Radio, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { ApiError, fieldProblems } from '../../api/errors';
import { ErrorAlert } from '../../components/error-alert';
import { useSession } from '../../session/session';
import { ApplicantRegisterForm } from './recruitment/applicant-register-form';
import { IdentityFields } from './shared/identity-fields';
import { READABLE } from './shared/theme';

type Registration = Schemas['RegisterDto'];


type Field = 'name' | 'idNumber' | 'username' | 'password';

/** Where a refusal belongs on the form, in words: the password rules at the password, a taken name at the name. */
function fieldHelp(error: unknown): Partial<Record<Field, string>> {
  if (!(error instanceof ApiError)) return {};
  switch (error.code) {
    case 'PASSWORD_TOO_SHORT':
    case 'PASSWORD_TOO_COMMON':
    case 'PASSWORD_CONTAINS_USERNAME':
      return { password: error.message };
    case 'ACCOUNT_EXISTS':
      return { username: '该用户名已被使用，请换一个' };
    case 'ID_NUMBER_INVALID':
      return { idNumber: '证件号码不合法：请核对位数和最后一位校验码（居民身份证为 18 位，末位可能是 X）' };
    case 'VALIDATION_FAILED': {
      const problems = fieldProblems(error);
      const help: Partial<Record<Field, string>> = {};
      for (const field of ['name', 'idNumber', 'username', 'password'] as const) if (problems[field]) help[field] = '格式不正确，请检查';
      return help;
    }
    default:
      return {};
  }
}

/**
 * Two kinds of account: a trainee's, linked to the roster record their base imported (name and ID number must match
 * it), and a recruitment applicant's, who has no trainee record yet (?as=applicant).
 */
export default function RegisterPage() {
  const [params, setParams] = useSearchParams();
  const asApplicant = params.get('as') === 'applicant';
  return (
    <ConfigProvider theme={READABLE}>
      <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{asApplicant ? '招录报名注册' : '考生注册'}</h2>} style={{ maxWidth: 480, margin: '24px auto' }}>
        <Radio.Group
          aria-label="注册类型"
          optionType="button"
          buttonStyle="solid"
          value={asApplicant ? 'applicant' : 'trainee'}
          onChange={(event) => setParams(event.target.value === 'applicant' ? { as: 'applicant' } : {}, { replace: true })}
          options={[
            { value: 'trainee', label: '结业考核考生' },
            { value: 'applicant', label: '招录报名（新学员）' },
          ]}
          style={{ marginBottom: 16, display: 'flex' }}
        />
        {asApplicant ? <ApplicantRegisterForm /> : <TraineeRegisterForm />}
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          已有账号？<Link to="/login">登录</Link>
        </Typography.Paragraph>
      </Card>
    </ConfigProvider>
  );
}

/** A trainee opens an account linked to the roster record their base imported (name and ID number must match it). */
function TraineeRegisterForm() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const register = useMutation({
    mutationFn: (body: Registration) => call(api.POST('/auth/register', { body })),
    onSuccess: (answer) => {
      signIn(answer);
      void navigate('/candidate', { replace: true });
    },
  });
  const help = fieldHelp(register.error);
  const at = (field: Field) => (help[field] ? { validateStatus: 'error' as const, help: help[field] } : {});
  return (
    <>
        <Typography.Paragraph style={{ color: '#595959' }}>
          请填写与培训基地上报名册一致的姓名和证件号码。注册后账号与您的培训记录关联；如提示“未找到可注册的培训学员记录”，请联系所在培训基地核对名册。
        </Typography.Paragraph>
        <ErrorAlert error={register.error} />
        <Form<Registration> layout="vertical" requiredMark={false} initialValues={{ idType: 'RESIDENT_ID' }} onFinish={(values) => register.mutate(values)} onValuesChange={() => register.reset()}>
          <IdentityFields at={at} />
          <Form.Item label="用户名" name="username" extra="3–64 位字母、数字或 . _ -" rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{3,64}$/, message: '用户名为 3–64 位字母、数字或 . _ -' }]} {...at('username')}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item label="密码" name="password" extra="至少 10 位，不能是常见密码，不能包含用户名" rules={[{ required: true, min: 10, message: '密码至少 10 位' }]} {...at('password')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={register.isPending}>
            注册并登录
          </Button>
        </Form>
    </>
  );
}
