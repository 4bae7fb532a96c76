import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { api, call } from '../../../api/client';
import { ApiError } from '../../../api/errors';

const FRAME: React.CSSProperties = { width: 132, height: 180, border: '1px solid #d9d9d9', borderRadius: 4, display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#fafafa', flex: 'none' };

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(new Error('photo unreadable'));
    reader.readAsDataURL(blob);
  });
}

/** The candidate's photo, fetched with the reviewer's token (an <img src> could not send it). */
export function TraineePhoto({ traineeId, name }: { traineeId: number; name: string }) {
  const photo = useQuery({
    queryKey: ['trainee-photo', traineeId],
    // A data URL, not an object URL: nothing to revoke, and the cache lets it go with the query.
    queryFn: async () => dataUrl(await call<Blob>(api.GET('/trainees/{id}/photo', { params: { path: { id: traineeId } }, parseAs: 'blob' }))),
    staleTime: 5 * 60_000,
  });
  const url = photo.data;

  if (photo.isPending) return <div style={FRAME}><Spin aria-label="正在加载照片" /></div>;
  if (photo.isError || !url) {
    const missing = photo.error instanceof ApiError && photo.error.status === 404;
    return (
      <div style={FRAME}>
        <Typography.Text type="secondary" style={{ padding: 8, textAlign: 'center', fontSize: 13 }}>
          {missing ? '考生尚未上传照片' : '照片暂时无法显示'}
        </Typography.Text>
      </div>
    );
  }
  return <img src={url} alt={`${name}的报名照片`} style={{ ...FRAME, objectFit: 'cover', background: '#fff' }} />;
}
