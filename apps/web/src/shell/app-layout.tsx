import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, call } from '../api/client';
import { PRODUCT_SHORT_TITLE, PRODUCT_TITLE } from '../product';
import { useSession } from '../session/session';
import { menuFor, MESSAGES_PATH, ROLE_LABEL } from './menus';

/** Read aloud as part of the link's own text. */
const SCREEN_READER_ONLY: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** The unread count: a badge to see, words to hear (the link's name keeps its visible text first). */
function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <>
      <Badge count={count} size="small" style={{ marginInlineStart: 6 }} aria-hidden />
      <span style={SCREEN_READER_ONLY}>（{count} 条未读）</span>
    </>
  );
}

/** The frame of every signed-in page: title, who is logged in, the role's navigation, and the page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { user, role, signOut } = useSession();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const location = useLocation();
  const navigate = useNavigate();
  const [phoneNoticeClosed, setPhoneNoticeClosed] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = role ? menuFor(role, user?.traineeId) : [];
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
  const navigation = (
    <nav aria-label="主菜单">
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        onClick={() => setMenuOpen(false)}
        items={menu.map((entry) => ({
          key: entry.path,
          label: (
            <Link to={entry.path}>
              {entry.label}
              {entry.path === MESSAGES_PATH && <UnreadBadge count={unreadCount} />}
            </Link>
          ),
        }))}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: phone ? 8 : 16, paddingInline: phone ? 12 : 24 }}>
        {phone && menu.length > 1 && (
          <Button size="small" ghost onClick={() => setMenuOpen(true)} aria-expanded={menuOpen}>
            菜单
          </Button>
        )}
        <Typography.Title level={1} style={{ color: '#fff', fontSize: phone ? 16 : 20, margin: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', flex: 1 }}>
          <Link to="/" style={{ color: '#fff' }}>
            {phone ? PRODUCT_SHORT_TITLE : PRODUCT_TITLE}
          </Link>
        </Typography.Title>
        {user && role && (
          <Space size={phone ? 8 : 12} style={{ color: '#fff' }}>
            {role === 'CANDIDATE' && (
              <Link to={MESSAGES_PATH} style={{ color: '#fff' }}>
                消息
                <UnreadBadge count={unreadCount} />
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
        {/* On a computer the menu stands beside the page; on a phone it opens from the header's button. */}
        {menu.length > 1 && !phone && (
          <Layout.Sider width={200} theme="light">
            {navigation}
          </Layout.Sider>
        )}
        {menu.length > 1 && phone && (
          <Drawer title="菜单" placement="left" width={240} open={menuOpen} onClose={() => setMenuOpen(false)} styles={{ body: { padding: 0 } }}>
            {navigation}
          </Drawer>
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
