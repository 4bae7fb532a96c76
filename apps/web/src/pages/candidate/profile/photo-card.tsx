import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Spin, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError, errorMessage } from '../../../api/errors';
import { KEYS } from '../shared/queries';
import { explainPhotoRefusal, inspectPhoto, kilobytes, localWarnings, photoGuidance, type LocalPhoto, type PhotoRequirements } from './photo-rules';

const FRAME: React.CSSProperties = { width: 132, height: 185, border: '1px solid #d9d9d9', borderRadius: 4, background: '#fafafa', objectFit: 'cover', display: 'block' };

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable photo'));
    reader.readAsDataURL(blob);
  });
}

/** The stored photo, fetched with the login's token (an <img src> cannot send it) and shown as a data URL. */
function useStoredPhoto(enabled: boolean, revision: number) {
  const photo = useQuery({
    queryKey: [...KEYS.photo, revision],
    queryFn: async () => dataUrl(await call(api.GET('/me/photo', { parseAs: 'blob' }))),
    enabled,
  });
  return { url: enabled ? (photo.data ?? null) : null, error: photo.error, loading: enabled && photo.isPending };
}

/** FA-6: the limits the API applies to an upload, as it states them; they change only with its configuration. */
function usePhotoRequirements(enabled: boolean) {
  return useQuery({ queryKey: [...KEYS.photo, 'requirements'], queryFn: () => call(api.GET('/me/photo/requirements')), enabled, staleTime: 3_600_000 });
}

/** A refusal of the photo in words: the API's message, what was measured against which limit, and the code. */
function PhotoRefusal({ error, rules }: { error: unknown; rules: PhotoRequirements | undefined }) {
  if (!error) return null;
  const lines = explainPhotoRefusal(error, rules);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      message={errorMessage(error)}
      description={
        <>
          {lines.map((line) => (
            <p key={line} style={{ margin: '2px 0' }}>
              {line}
            </p>
          ))}
          {error instanceof ApiError && <span style={{ fontSize: 12, color: '#595959' }}>错误代码：{error.code}</span>}
        </>
      }
    />
  );
}

/** FA-6: the rules before choosing, a check of the chosen file, the upload, and the photo as stored after. */
export function PhotoCard({ profile }: { profile: Schemas['TraineeView'] }) {
  const queryClient = useQueryClient();
  const [uploaded, setUploaded] = useState(false);
  const [revision, setRevision] = useState(0);
  const stored = useStoredPhoto(profile.hasPhoto, revision);
  const requirements = usePhotoRequirements(!profile.photoLocked);
  const rules = requirements.data;
  const [chosen, setChosen] = useState<LocalPhoto | null>(null);
  useEffect(() => () => (chosen ? URL.revokeObjectURL(chosen.url) : undefined), [chosen]);
  const [file, setFile] = useState<File | null>(null);

  const upload = useMutation({
    mutationFn: (photo: File) => {
      const form = new FormData();
      form.append('file', photo, photo.name);
      return call(api.PUT('/me/photo', { body: {} as never, bodySerializer: () => form }));
    },
    onSuccess: (view) => {
      queryClient.setQueryData(KEYS.profile, view);
      setRevision((value) => value + 1);
      setChosen(null);
      setFile(null);
      setUploaded(true);
      void queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
  });

  const choose = async (picked: File) => {
    upload.reset();
    setUploaded(false);
    setFile(picked);
    setChosen(await inspectPhoto(picked));
  };
  const warnings = chosen && rules ? localWarnings(chosen, rules) : [];

  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>证件照</h3>}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 16 }}>
        <figure style={{ margin: 0 }}>
          {stored.loading ? (
            <div style={{ ...FRAME, display: 'grid', placeItems: 'center' }}>
              <Spin aria-label="正在加载照片" />
            </div>
          ) : stored.url ? (
            <img src={stored.url} alt="我已上传的证件照" style={FRAME} data-testid="stored-photo" />
          ) : (
            <div style={{ ...FRAME, display: 'grid', placeItems: 'center', color: '#595959' }}>尚未上传</div>
          )}
          <figcaption style={{ fontSize: 12, color: '#595959', marginTop: 4 }}>{profile.hasPhoto ? '当前照片（服务器保存的版本）' : '还没有照片'}</figcaption>
        </figure>
        <div style={{ flex: '1 1 220px', minWidth: 0 }}>
          {profile.photoLocked ? (
            <Alert type="info" showIcon message="照片已锁定" description="全科中心已审核通过您的报名，照片与证书照片须一致，不能再更换。如确需更换，请联系全科中心。" />
          ) : profile.hasPhoto ? (
            <Typography.Paragraph style={{ marginTop: 0 }}>
              请核对当前照片：是否本人、正面免冠、白色背景、清晰端正。如需更换，可重新上传；全科中心审核通过报名后将不能更换。
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph style={{ marginTop: 0 }}>报名前须上传照片。请先阅读下面的要求。</Typography.Paragraph>
          )}
          {uploaded && <Alert type="success" showIcon role="status" style={{ marginTop: 8 }} message="照片已上传" description="显示的是服务器保存的照片（已转正并去除拍摄信息），请核对。" />}
          <ErrorText error={stored.error} what="照片暂时无法显示" />
        </div>
      </div>

      {!profile.photoLocked && (
        <>
          <h4 style={{ fontSize: 15, margin: '0 0 8px' }}>照片要求</h4>
          {rules ? (
            <ul style={{ paddingInlineStart: 20, margin: '0 0 16px' }} data-testid="photo-guidance">
              {photoGuidance(rules).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : requirements.error ? (
            <ErrorText error={requirements.error} what="照片要求暂时无法显示" />
          ) : (
            <Spin aria-label="正在加载照片要求" style={{ display: 'block', margin: '0 0 16px' }} />
          )}
          {chosen && (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 12, padding: 12, background: '#fafafa', borderRadius: 6 }} aria-live="polite">
              <img src={chosen.url} alt="准备上传的照片" style={{ ...FRAME, objectFit: 'contain' }} />
              <div style={{ flex: '1 1 200px', minWidth: 0 }}>
                <div>
                  <strong>准备上传：</strong>
                  <span style={{ overflowWrap: 'anywhere' }}>{chosen.name}</span>
                </div>
                <div>
                  {kilobytes(chosen.bytes)}
                  {chosen.width !== null && `，${chosen.width}×${chosen.height} 像素`}
                  {chosen.isJpeg ? '，JPEG' : ''}
                </div>
                {warnings.length > 0 ? (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginTop: 8 }}
                    message="这张照片可能不符合要求"
                    description={warnings.map((warning) => (
                      <div key={warning}>{warning}</div>
                    ))}
                  />
                ) : rules ? (
                  <div style={{ color: '#237804', marginTop: 4 }}>格式、大小和尺寸看起来符合要求；背景是否为白色由服务器检查。</div>
                ) : null}
              </div>
            </div>
          )}
          <PhotoRefusal error={upload.error} rules={rules} />
          <Space wrap>
            <Upload
              accept=".jpg,.jpeg,image/jpeg"
              showUploadList={false}
              beforeUpload={(picked) => {
                void choose(picked);
                return false;
              }}
            >
              <Button>{chosen ? '重新选择' : profile.hasPhoto ? '选择新照片' : '选择照片'}</Button>
            </Upload>
            {file && (
              <Button type="primary" loading={upload.isPending} onClick={() => upload.mutate(file)}>
                上传这张照片
              </Button>
            )}
          </Space>
        </>
      )}
    </Card>
  );
}

function ErrorText({ error, what }: { error: unknown; what: string }) {
  if (!error) return null;
  return (
    <Typography.Paragraph style={{ color: '#a8071a' }}>
      {what}：{errorMessage(error)}
    </Typography.Paragraph>
  );
}
