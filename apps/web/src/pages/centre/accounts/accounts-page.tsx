import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, message, Flex, Form, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { EmptyText } from '../../../components/scoring-empty';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { organisationOptions, useOrganisations } from '../../../components/scoring-organisations';
import { ToneTag } from '../../../components/scoring-tag';
import { formatDateTime } from '../../../format/time';
import {
  AccountFormModal,
  ADMINISTERED_ROLES,
  isAdministered,
  ReasonModal,
  ROLE_NAME,
  TemporaryPasswordModal,
  type AccountView,
  type AdministeredRole,
  type ReasonAction,
} from './account-dialogs';

type TemporaryPasswordView = Schemas['TemporaryPasswordView'];
const PAGE_SIZE = 20;

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; account: AccountView }
  | { kind: 'reason'; account: AccountView; action: ReasonAction }
  | { kind: 'password'; answer: TemporaryPasswordView; title: string };

interface Filter {
  q?: string;
  role?: AdministeredRole;
  active?: boolean;
  organisationId?: number;
}

function StateTags({ account }: { account: AccountView }) {
  return (
    <Space size={4} wrap>
      {account.active ? <ToneTag tone="green">启用</ToneTag> : <ToneTag tone="gray">已停用</ToneTag>}
      {account.locked && <ToneTag tone="red">已锁定</ToneTag>}
      {account.mustChangePassword && <ToneTag tone="orange">待改密码</ToneTag>}
    </Space>
  );
}

/** The centre's staff accounts: find, create, edit, disable or enable, reset the password, unlock — each audited. */
export default function AccountsPage() {
  const organisations = useOrganisations();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [toast, toastHolder] = message.useMessage();

  const accounts = useQuery({
    queryKey: ['accounts', filter, page],
    queryFn: () => call(api.GET('/accounts', { params: { query: { ...filter, page, pageSize: PAGE_SIZE } } })),
    placeholderData: (previous) => previous,
  });
  const refresh = (text: string | null) => {
    if (text) {
      setNotice(text);
      void toast.success(text);
    }
    void queryClient.invalidateQueries({ queryKey: ['accounts'] });
  };
  const update = (patch: Filter) => {
    setFilter((current) => ({ ...current, ...patch }));
    setPage(1);
  };

  const columns: TableColumnsType<AccountView> = [
    {
      title: '账号（名称、用户名、电话）',
      key: 'who',
      width: 220,
      render: (_, a) => (
        <div>
          <div>{a.displayName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.username}
            {a.phone ? ` · ${a.phone}` : ''}
          </Typography.Text>
        </div>
      ),
    },
    { title: '角色', dataIndex: 'role', width: 100, render: (value: AccountView['role']) => ROLE_NAME[value] },
    { title: '所属机构', dataIndex: 'organisationName', width: 170, render: (value: string | null) => value ?? '—' },
    { title: '状态', key: 'state', width: 150, render: (_, a) => <StateTags account={a} /> },
    { title: '创建时间', dataIndex: 'createdAt', width: 140, render: (value: string) => formatDateTime(value) },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, a) =>
        isAdministered(a.role) ? (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', account: a })} aria-label={`修改（${a.username}）`}>
              修改
            </Button>
            {a.active ? (
              <Button type="link" size="small" danger onClick={() => setDialog({ kind: 'reason', account: a, action: 'disable' })} aria-label={`停用（${a.username}）`}>
                停用
              </Button>
            ) : (
              <Button type="link" size="small" onClick={() => setDialog({ kind: 'reason', account: a, action: 'enable' })} aria-label={`启用（${a.username}）`}>
                启用
              </Button>
            )}
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'reason', account: a, action: 'reset' })} aria-label={`重置密码（${a.username}）`}>
              重置密码
            </Button>
            {a.locked && (
              <Button type="link" size="small" onClick={() => setDialog({ kind: 'reason', account: a, action: 'unlock' })} aria-label={`解锁（${a.username}）`}>
                解锁
              </Button>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">不在此处管理</Typography.Text>
        ),
    },
  ];

  return (
    <>
      {toastHolder}
      <Typography.Title level={2}>账号管理</Typography.Title>
      <Typography.Paragraph type="secondary">
        管理本省的基地审核员、市级审核员和考点核验员账号。新建账号和重置密码会生成一次性临时密码，只显示一次；每项修改都须说明理由并记入操作日志。
      </Typography.Paragraph>
      {notice && <Alert type="success" showIcon closable onClose={() => setNotice(null)} message={notice} style={{ marginBottom: 16 }} role="status" />}
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Flex wrap gap={16} align="end">
            <Form.Item label="查找" htmlFor="accounts-q" style={{ marginBottom: 8, width: 220 }}>
              <Input.Search id="accounts-q" allowClear placeholder="用户名或名称" onSearch={(value) => update({ q: value.trim() || undefined })} enterButton="查找" />
            </Form.Item>
            <Form.Item label="角色" htmlFor="accounts-role" style={{ marginBottom: 8, width: 150 }}>
              <Select id="accounts-role" allowClear placeholder="全部角色" value={filter.role} onChange={(role: AdministeredRole | undefined) => update({ role })} options={ADMINISTERED_ROLES.map((r) => ({ value: r, label: ROLE_NAME[r] }))} />
            </Form.Item>
            <Form.Item label="状态" htmlFor="accounts-active" style={{ marginBottom: 8, width: 120 }}>
              <Select
                id="accounts-active"
                allowClear
                placeholder="全部"
                value={filter.active === undefined ? undefined : String(filter.active)}
                onChange={(value: string | undefined) => update({ active: value === undefined ? undefined : value === 'true' })}
                options={[
                  { value: 'true', label: '启用' },
                  { value: 'false', label: '已停用' },
                ]}
              />
            </Form.Item>
            <Form.Item label="所属机构" htmlFor="accounts-organisation" style={{ marginBottom: 8, flex: '1 1 220px', maxWidth: 320 }}>
              <Select
                id="accounts-organisation"
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder="全部机构"
                value={filter.organisationId}
                onChange={(organisationId: number | undefined) => update({ organisationId })}
                options={organisationOptions(organisations.data ?? [], ['PROVINCE', 'CITY', 'BASE'])}
              />
            </Form.Item>
            <Button type="primary" onClick={() => setDialog({ kind: 'create' })} style={{ marginBottom: 8 }}>
              新建账号
            </Button>
          </Flex>
        </Form>
      </Card>
      <ScoringErrorAlert error={accounts.error ?? organisations.error} />
      <Card>
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={accounts.data?.items ?? []}
          loading={accounts.isFetching}
          scroll={{ x: 980 }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: accounts.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => `共 ${total} 个账号` }}
          locale={{ emptyText: <EmptyText>没有符合条件的账号</EmptyText> }}
        />
      </Card>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <AccountFormModal
          account={dialog.kind === 'edit' ? dialog.account : null}
          organisations={organisations.data ?? []}
          onClose={() => setDialog(null)}
          onCreated={(answer) => {
            refresh(`已创建账号 ${answer.account.username}。`);
            setDialog({ kind: 'password', answer, title: '账号已创建' });
          }}
          onSaved={(account) => {
            refresh(`已保存账号 ${account.username} 的修改。`);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'reason' && (
        <ReasonModal
          account={dialog.account}
          action={dialog.action}
          onClose={() => setDialog(null)}
          onDone={({ password }) => {
            const name = dialog.account.username;
            const done: Record<ReasonAction, string> = { disable: `已停用账号 ${name}。`, enable: `已启用账号 ${name}。`, reset: `已重置账号 ${name} 的密码。`, unlock: `已解除账号 ${name} 的锁定。` };
            refresh(done[dialog.action]);
            setDialog(password ? { kind: 'password', answer: password, title: '密码已重置' } : null);
          }}
        />
      )}
      {dialog?.kind === 'password' && <TemporaryPasswordModal answer={dialog.answer} title={dialog.title} onClose={() => setDialog(null)} />}
    </>
  );
}
