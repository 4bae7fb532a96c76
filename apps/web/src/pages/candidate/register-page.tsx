import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useSession } from '../../session/session';
import { ID_TYPE_LABEL, type IdType } from './shared/labels';

type Registration = Schemas['RegisterDto'];

const ID_TYPES = (Object.keys(ID_TYPE_LABEL) as IdType[]).map((value) => ({ value, label: ID_TYPE_LABEL[value] }));

/** A trainee opens an account linked to the roster record their base imported (name and ID number must match it). */
export default function RegisterPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const register = useMutation({
    mutationFn: (body: Registration) => call(api.POST('/auth/register', { body })),
    onSuccess: (answer) => {
      signIn(answer);
      void navigate('/candidate', { replace: true });
    },
  });
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>考生注册</h2>} style={{ maxWidth: 480, margin: '24px auto' }}>
      <Typography.Paragraph type="secondary">
        请填写与培训基地上报名册一致的姓名和证件号码。注册后账号与您的培训记录关联；如提示“未找到培训记录”，请联系所在培训基地核对名册。
      </Typography.Paragraph>
      <ErrorAlert error={register.error} />
      <Form<Registration> layout="vertical" requiredMark={false} initialValues={{ idType: 'RESIDENT_ID' }} onFinish={(values) => register.mutate(values)}>
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item label="证件类型" name="idType" rules={[{ required: true }]}>
          <Select options={ID_TYPES} />
        </Form.Item>
        <Form.Item label="证件号码" name="idNumber" rules={[{ required: true, whitespace: true, message: '请输入证件号码' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="用户名" name="username" extra="3–64 位字母、数字或 . _ -" rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{3,64}$/, message: '用户名为 3–64 位字母、数字或 . _ -' }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" extra="至少 10 位，不能是常见密码，不能包含用户名" rules={[{ required: true, min: 10, message: '密码至少 10 位' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={register.isPending}>
          注册并登录
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        已有账号？<Link to="/login">登录</Link>
      </Typography.Paragraph>
    </Card>
  );
}
