import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { useSession } from '../session/session';
import { landingAfterLogin } from '../shell/menus';
import type { Role } from '../session/session';

interface Credentials {
  username: string;
  password: string;
}

/** Only a path of the portal itself is a place to go back to (never another site). */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const { signIn, expired, role, user } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const attempt = useMutation({
    mutationFn: (body: Credentials) => call(api.POST('/auth/login', { body })),
    onSuccess: (answer) => {
      signIn(answer);
      void navigate(landingAfterLogin(answer.user.role as Role, next, answer.user.traineeId), { replace: true });
    },
  });
  if (role && !attempt.isPending && !attempt.isSuccess) return <Navigate to={landingAfterLogin(role, next, user?.traineeId)} replace />;
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>登录</h2>} style={{ maxWidth: 400, margin: '48px auto' }}>
      {expired && !attempt.isError && <Alert type="warning" showIcon message="登录已过期，请重新登录；登录后回到刚才的页面。" style={{ marginBottom: 16 }} />}
      <ErrorAlert error={attempt.error} />
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
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        考生首次使用？<Link to="/register">注册账号并关联培训名册</Link>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        报名参加助理全科医生培训招录？<Link to="/register?as=applicant" style={{ textDecoration: 'underline' }}>
          注册招录报名账号
        </Link>
      </Typography.Paragraph>
    </Card>
  );
}
