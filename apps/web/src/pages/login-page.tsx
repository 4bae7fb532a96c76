import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { login } from '../api/auth';
import { useSession } from '../session/session';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const attempt = useMutation({
    mutationFn: ({ username, password }: Credentials) => login(username, password),
    onSuccess: (answer) => {
      signIn(answer);
      void navigate('/');
    },
  });
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>登录</h2>} style={{ maxWidth: 400, margin: '48px auto' }}>
      {attempt.isError && <Alert type="error" showIcon message={attempt.error.message} style={{ marginBottom: 16 }} />}
      <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => attempt.mutate(values)}>
        <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={attempt.isPending}>
          登录
        </Button>
      </Form>
    </Card>
  );
}
