import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError, fieldProblems } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { useSession } from '../../../session/session';
import { RECRUITMENT_PATH } from '../../../shell/menus';
import { IdentityFields } from '../shared/identity-fields';

type Registration = Schemas['ApplicantRegisterDto'];
type Field = keyof Registration;

const FIELDS: Field[] = ['name', 'idType', 'idNumber', 'phone', 'username', 'password'];

/** Where a refusal belongs on the form, in words. */
function fieldHelp(error: unknown): Partial<Record<Field, string>> {
  if (!(error instanceof ApiError)) return {};
  switch (error.code) {
    case 'PASSWORD_TOO_SHORT':
    case 'PASSWORD_TOO_COMMON':
    case 'PASSWORD_CONTAINS_USERNAME':
      return { password: error.message };
    case 'ACCOUNT_EXISTS':
      return { username: '该用户名已被使用，请换一个' };
    case 'APPLICANT_EXISTS':
      return { idNumber: error.message };
    case 'ID_NUMBER_INVALID':
      return { idNumber: '证件号码不合法：请核对位数和最后一位校验码（居民身份证为 18 位，末位可能是 X）' };
    case 'VALIDATION_FAILED': {
      const problems = fieldProblems(error);
      const help: Partial<Record<Field, string>> = {};
      for (const field of FIELDS) if (problems[field]) help[field] = field === 'phone' ? '请填写 11 位手机号码' : '格式不正确，请检查';
      return help;
    }
    default:
      return {};
  }
}

/** RC-1: an applicant opens an account of their own (no trainee record needed), then applies to a round. */
export function ApplicantRegisterForm() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const register = useMutation({
    mutationFn: (body: Registration) => call(api.POST('/recruitment/applicants', { body })),
    onSuccess: (answer) => {
      signIn(answer);
      void navigate(RECRUITMENT_PATH, { replace: true });
    },
  });
  const help = fieldHelp(register.error);
  const at = (field: Field) => (help[field] ? { validateStatus: 'error' as const, help: help[field] } : {});
  const shownAtField = Object.keys(help).length > 0;
  return (
    <>
      <Typography.Paragraph style={{ color: '#595959' }}>
        报名参加助理全科医生培训招录的人员在此注册。请如实填写本人姓名、证件号码和手机号码，一个证件号码只能注册一个报名账号。
      </Typography.Paragraph>
      {!shownAtField && <ErrorAlert error={register.error} />}
      <Form<Registration>
        layout="vertical"
        requiredMark={false}
        initialValues={{ idType: 'RESIDENT_ID' }}
        onFinish={(values) => register.mutate({ ...values, name: values.name.trim(), idNumber: values.idNumber.trim(), phone: values.phone.trim() })}
        onValuesChange={() => register.reset()}
      >
        <IdentityFields at={at} />
        <Form.Item label="手机号码" name="phone" extra="审核和录取有关事项会通过此号码联系您" rules={[{ required: true, pattern: /^1\d{10}$/, message: '请填写 11 位手机号码' }]} {...at('phone')}>
          <Input autoComplete="tel" inputMode="numeric" />
        </Form.Item>
        <Form.Item label="用户名" name="username" extra="3–64 位字母、数字或 . _ -" rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{3,64}$/, message: '用户名为 3–64 位字母、数字或 . _ -' }]} {...at('username')}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" extra="至少 10 位，不能是常见密码，不能包含用户名" rules={[{ required: true, min: 10, message: '密码至少 10 位' }]} {...at('password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={register.isPending}>
          注册并进入招录报名
        </Button>
      </Form>
    </>
  );
}
