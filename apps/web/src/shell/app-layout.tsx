import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, call } from '../api/client';
import { PRODUCT_SHORT_TITLE, PRODUCT_TITLE } from '../product';
import { useSession } from '../session/session';
import { MENUS, MESSAGES_PATH, ROLE_LABEL } from './menus';

/** The frame of every signed-in page: title, who is logged in, the role's navigation, and the page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { user, role, signOut } = useSession();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const location = useLocation();
  const navigate = useNavigate();
  const [phoneNoticeClosed, setPhoneNoticeClosed] = useState(false);
  const menu = role ? MENUS[role] : [];
  // A candidate's unread messages, on the menu entry: looked at again every minute and whenever a page marks one read.
  const unread = useQuery({
    queryKey: ['messages', 'unread-count'],
    enabled: role === 'CANDIDATE',
    refetchInterval: 60_000,
    queryFn: () => call(api.GET('/me/messages/unread-count')),
  });
  const unreadCount = unread.data?.unread ?? 0;
  // The longest entry that starts the current path is the one highlighted.
  const selected = menu.map((entry) => entry.path).filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`)).sort((a, b) => b.length - a.length)[0];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: phone ? 12 : 24 }}>
        <Typography.Title level={1} style={{ color: '#fff', fontSize: phone ? 16 : 20, margin: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', flex: 1 }}>
          <Link to="/" style={{ color: '#fff' }}>
            {phone ? PRODUCT_SHORT_TITLE : PRODUCT_TITLE}
          </Link>
        </Typography.Title>
        {user && role && (
          <Space size={phone ? 8 : 12} style={{ color: '#fff' }}>
            {role === 'CANDIDATE' && (
              <Link to={MESSAGES_PATH} style={{ color: '#fff' }} aria-label={unreadCount > 0 ? `消息中心，${unreadCount} 条未读` : '消息中心'}>
                <Badge count={unreadCount} size="small" offset={[6, -2]}>
                  <span style={{ color: '#fff' }}>消息</span>
                </Badge>
              </Link>
            )}
            {!phone && (
              <span>
                {user.displayName || user.username}（{ROLE_LABEL[role]}）
              </span>
            )}
            <Button size="small" ghost onClick={() => void signOut().then(() => navigate('/login'))}>
              退出
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout>
        {menu.length > 1 && (
          <Layout.Sider breakpoint="md" collapsedWidth={0} width={200} theme="light" zeroWidthTriggerStyle={{ top: 8 }}>
            <nav aria-label="主菜单">
              <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={menu.map((entry) => ({
                  key: entry.path,
                  label: (
                    <Link to={entry.path} aria-label={entry.path === MESSAGES_PATH && unreadCount > 0 ? `${entry.label}（${unreadCount} 条未读）` : undefined}>
                      {entry.label}
                      {entry.path === MESSAGES_PATH && unreadCount > 0 && <Badge count={unreadCount} size="small" style={{ marginInlineStart: 8 }} />}
                    </Link>
                  ),
                }))} />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          {phone && role === 'CANDIDATE' && !phoneNoticeClosed && (
            <Alert
              type="info"
              showIcon
              closable
              onClose={() => setPhoneNoticeClosed(true)}
              message="报名、上传照片等操作请尽量在电脑上完成；手机上可以查看进度和消息。"
              style={{ marginBottom: 12 }}
            />
          )}
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
