import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { fieldProblems } from '../../../api/errors';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { organisationOptions, type Organisation } from '../../../components/scoring-organisations';
import { RequiredSelect } from '../../../components/scoring-required-select';

export type AccountView = Schemas['AccountView'];
export type AdministeredRole = Schemas['CreateAccountDto']['role'];
type TemporaryPasswordView = Schemas['TemporaryPasswordView'];

export const ADMINISTERED_ROLES: readonly AdministeredRole[] = ['BASE_REVIEWER', 'CITY_REVIEWER', 'CHECKER'];
export const ROLE_NAME: Record<Schemas['Role'], string> = {
  CANDIDATE: '考生',
  BASE_REVIEWER: '基地审核员',
  CITY_REVIEWER: '市级审核员',
  CENTRE_ADMIN: '省级管理员',
  CHECKER: '考点核验员',
};

/** Where each role may work: a base reviewer at a base, a city reviewer at a city, a checker at the province or a city. */
const ORGANISATION_KINDS: Record<AdministeredRole, ReadonlyArray<Organisation['kind']>> = {
  BASE_REVIEWER: ['BASE'],
  CITY_REVIEWER: ['CITY'],
  CHECKER: ['PROVINCE', 'CITY'],
};

export function isAdministered(role: Schemas['Role']): role is AdministeredRole {
  return (ADMINISTERED_ROLES as readonly string[]).includes(role);
}

/** A problem the API named for a field, shown beside it. */
function fieldHelp(problems: Record<string, string[]>, field: string) {
  const list = problems[field];
  return list ? { validateStatus: 'error' as const, help: list.join('；') } : {};
}

/** The one-time temporary password of a new or reset account: shown once, with a copy button. */
export function TemporaryPasswordModal({ answer, title, onClose }: { answer: TemporaryPasswordView; title: string; onClose: () => void }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(answer.temporaryPassword).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <Modal open title={title} closable={false} maskClosable={false} keyboard={false} footer={<Button type="primary" onClick={onClose}>我已记下，关闭</Button>}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="临时密码只显示这一次，关闭后无法再次查看。"
        description="请通过安全的方式交给账号本人；本人首次登录后必须设置新密码，在此之前不能进行其他操作。"
      />
      <Typography.Paragraph>
        账号：<Typography.Text strong>{answer.account.username}</Typography.Text>（{answer.account.displayName}）
      </Typography.Paragraph>
      <Space wrap align="center">
        <span>临时密码：</span>
        <Typography.Text code style={{ fontSize: 20 }} data-testid="temporary-password">
          {answer.temporaryPassword}
        </Typography.Text>
        <Button onClick={() => void copy()}>复制密码</Button>
      </Space>
      <div role="status" aria-live="polite" style={{ minHeight: 22, marginTop: 8 }}>
        {copied === true && <Typography.Text style={{ color: '#135200' }}>已复制到剪贴板。</Typography.Text>}
        {copied === false && <Typography.Text style={{ color: '#a8071a' }}>无法自动复制，请选中密码手动复制。</Typography.Text>}
      </div>
    </Modal>
  );
}

interface AccountFormValues {
  username: string;
  role: AdministeredRole;
  organisationId: number;
  displayName: string;
  phone?: string;
  reason?: string;
}

/** Create a base reviewer, city reviewer or checker (the API answers its one-time temporary password), or edit one with a reason. */
export function AccountFormModal({
  account,
  organisations,
  onClose,
  onCreated,
  onSaved,
}: {
  account: AccountView | null;
  organisations: Organisation[];
  onClose: () => void;
  onCreated: (answer: TemporaryPasswordView) => void;
  onSaved: (account: AccountView) => void;
}) {
  const [form] = Form.useForm<AccountFormValues>();
  const role = Form.useWatch('role', form);
  const editing = account !== null;

  const save = useMutation({
    mutationFn: async (values: AccountFormValues) => {
      const phone = values.phone?.trim() || null;
      if (!account) {
        const answer = await call(
          api.POST('/accounts', {
            body: { username: values.username.trim(), role: values.role, organisationId: values.organisationId, displayName: values.displayName.trim(), phone, reason: values.reason?.trim() || undefined },
          }),
        );
        onCreated(answer);
        return;
      }
      const saved = await call(
        api.PATCH('/accounts/{id}', {
          params: { path: { id: account.id } },
          body: {
            displayName: values.displayName.trim(),
            phone,
            role: values.role !== account.role ? values.role : undefined,
            organisationId: values.organisationId !== account.organisationId ? values.organisationId : undefined,
            reason: values.reason?.trim() ?? '',
          },
        }),
      );
      onSaved(saved);
    },
  });
  const problems = fieldProblems(save.error);
  const kinds = role ? ORGANISATION_KINDS[role] : (['PROVINCE', 'CITY', 'BASE'] as const);

  return (
    <Modal
      open
      title={editing ? `修改账号：${account.username}` : '新建账号'}
      okText={editing ? '保存' : '创建账号'}
      cancelText="取消"
      okButtonProps={{ loading: save.isPending }}
      onOk={() => void form.validateFields().then((values) => save.mutate(values), () => undefined)}
      onCancel={onClose}
    >
      {editing && <Typography.Paragraph type="secondary">修改角色或所属机构后，该账号当前的登录全部失效，需要重新登录。</Typography.Paragraph>}
      <ScoringErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={account ? { username: account.username, role: isAdministered(account.role) ? account.role : undefined, organisationId: account.organisationId ?? undefined, displayName: account.displayName, phone: account.phone ?? '' } : {}}
      >
        <Form.Item
          name="username"
          label="用户名（登录名）"
          extra={editing ? '用户名不能修改。' : '3–64 个字符：字母、数字、点、下划线或连字符；不区分大小写。'}
          rules={editing ? [] : [{ required: true, message: '请填写用户名' }, { pattern: /^[A-Za-z0-9._-]{3,64}$/, message: '3–64 个字符：字母、数字、点、下划线或连字符' }]}
          {...fieldHelp(problems, 'username')}
        >
          <Input disabled={editing} autoComplete="off" placeholder="例如 checker-fz01" />
        </Form.Item>
        <Form.Item name="role" label="角色" htmlFor="account-role" rules={[{ required: true, message: '请选择角色' }]} {...fieldHelp(problems, 'role')}>
          <RequiredSelect
            id="account-role"
            options={ADMINISTERED_ROLES.map((r) => ({ value: r, label: ROLE_NAME[r] }))}
            onChange={() => form.setFieldValue('organisationId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="organisationId"
          label="所属机构"
          htmlFor="account-organisation"
          extra="基地审核员属于基地；市级审核员属于地市；考点核验员属于省或地市（不属于基地，以免核验本基地的考生）。"
          rules={[{ required: true, message: '请选择所属机构' }]}
          {...fieldHelp(problems, 'organisationId')}
        >
          <RequiredSelect id="account-organisation" showSearch optionFilterProp="label" placeholder={role ? '请选择' : '请先选择角色'} disabled={!role} options={organisationOptions(organisations, kinds)} />
        </Form.Item>
        <Form.Item name="displayName" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]} {...fieldHelp(problems, 'displayName')}>
          <Input maxLength={100} placeholder="例如 福州市第一总医院培训办" />
        </Form.Item>
        <Form.Item name="phone" label="联系电话（选填）" rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: '5–20 位数字，可含 + - 和空格' }]} {...fieldHelp(problems, 'phone')}>
          <Input maxLength={20} placeholder="例如 0591-87654321" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={editing ? '修改理由（必填，记入操作日志）' : '备注（选填，记入操作日志）'}
          rules={editing ? [{ required: true, whitespace: true, message: '请填写修改理由' }] : []}
          {...fieldHelp(problems, 'reason')}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={editing ? '例如：人员调整' : '例如：新增考点核验人员'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export type ReasonAction = 'disable' | 'enable' | 'reset' | 'unlock';

const ACTION_TEXT: Record<ReasonAction, { title: string; ok: string; note: string; placeholder: string }> = {
  disable: { title: '停用账号', ok: '停用', note: '停用后该账号不能登录，正在进行的登录在下一次操作时结束。可以随时重新启用。', placeholder: '例如：人员离岗' },
  enable: { title: '启用账号', ok: '启用', note: '启用后该账号可以重新登录。', placeholder: '例如：人员返岗' },
  reset: { title: '重置密码', ok: '重置密码', note: '将生成一次性临时密码（只显示一次），该账号当前的登录全部结束；本人登录后须设置新密码。', placeholder: '例如：本人来电核实身份后申请重置' },
  unlock: { title: '解除锁定', ok: '解除锁定', note: '账号因多次输错密码被暂时锁定；解除后可立即重新登录，不必等锁定时间结束。', placeholder: '例如：本人来电核实身份' },
};

/** Disable, enable, reset the password of, or unlock an account: each with a reason for the audit trail. */
export function ReasonModal({
  account,
  action,
  onClose,
  onDone,
}: {
  account: AccountView;
  action: ReasonAction;
  onClose: () => void;
  onDone: (result: { account?: AccountView; password?: TemporaryPasswordView }) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const text = ACTION_TEXT[action];
  const run = useMutation({
    mutationFn: async ({ reason }: { reason: string }) => {
      const params = { path: { id: account.id } };
      const body = { reason: reason.trim() };
      switch (action) {
        case 'disable':
          return { account: await call(api.POST('/accounts/{id}/disable', { params, body })) };
        case 'enable':
          return { account: await call(api.POST('/accounts/{id}/enable', { params, body })) };
        case 'reset':
          return { password: await call(api.POST('/accounts/{id}/reset-password', { params, body })) };
        case 'unlock':
          await call(api.POST('/accounts/{id}/unlock', { params, body }));
          return {};
      }
    },
    onSuccess: onDone,
  });
  return (
    <Modal
      open
      title={`${text.title}：${account.username}`}
      okText={text.ok}
      okButtonProps={{ danger: action === 'disable' || action === 'reset', loading: run.isPending }}
      cancelText="取消"
      onOk={() => void form.validateFields().then((values) => run.mutate(values), () => undefined)}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        {account.displayName}（{ROLE_NAME[account.role]}，{account.organisationName ?? '—'}）
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{text.note}</Typography.Paragraph>
      <ScoringErrorAlert error={run.error} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="理由（必填，记入操作日志）" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
          <Input.TextArea rows={2} maxLength={500} placeholder={text.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
