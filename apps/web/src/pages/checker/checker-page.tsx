import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { api, call } from '../../api/client';
import { VerificationCard, VerificationFailure } from './verification-card';

/** The token of a ticket's QR code, from the scanned URL (…/verify/<token>) or the token itself. */
export function tokenOf(scanned: string): string {
  const text = scanned.trim();
  const match = /\/verify\/([^/?#\s]+)/.exec(text);
  return decodeURIComponent(match ? match[1] : text);
}

/**
 * The exam-site checker's desk: scan the ticket's QR code with the phone's camera (it opens the verification
 * page directly), or paste what a scanner read here. Each look is recorded.
 */
export function CheckerPage() {
  const verify = useMutation({ mutationFn: (scanned: string) => call(api.POST('/checker/verifications', { body: { token: tokenOf(scanned) } })) });
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        准考证核验
      </Typography.Title>
      <Card style={{ maxWidth: 480 }}>
        <Typography.Paragraph>用手机相机扫描准考证上的二维码即可打开核验页面；使用扫码枪时，将读到的内容粘贴在下面。</Typography.Paragraph>
        <Form layout="vertical" onFinish={(values: { scanned: string }) => verify.mutate(values.scanned)}>
          <Form.Item label="二维码内容" name="scanned" rules={[{ required: true, whitespace: true, message: '请扫描或粘贴二维码内容' }]}>
            <Input autoFocus autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={verify.isPending} block>
            核验
          </Button>
        </Form>
      </Card>
      {verify.isError && <VerificationFailure error={verify.error} />}
      {verify.isSuccess && <VerificationCard ticket={verify.data} />}
    </Space>
  );
}
