import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, List, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, call } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { StateTag } from '../shared/state-tag';
import { DOCUMENT_LABEL, documentKindsFor, formatBytes, type Application, type DocumentKind, type Round } from './labels';
import { RECRUITMENT_KEYS } from './queries';

/** A file refused before it is sent, in the same words the API would use. */
class TooLarge extends Error {}

function DocumentPreview({ application, kind, onClose }: { application: Application; kind: DocumentKind; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    call(api.GET('/recruitment/applications/{id}/documents/{kind}', { params: { path: { id: application.id, kind } }, parseAs: 'blob' }))
      .then((blob) => {
        if (!live) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch((failure: unknown) => live && setError(failure));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [application.id, kind]);
  return (
    <Modal
      open
      title={`已上传的${DOCUMENT_LABEL[kind]}`}
      onCancel={onClose}
      footer={null}
    >
      <ErrorAlert error={error} />
      {url ? <img src={url} alt={`已上传的${DOCUMENT_LABEL[kind]}`} style={{ maxWidth: '100%' }} /> : !error && <Spin aria-label="正在加载材料" />}
    </Modal>
  );
}

function DocumentRow({ round, application, kind }: { round: Round; application: Application; kind: DocumentKind }) {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const uploaded = application.documents.find((document) => document.kind === kind);
  const [previewing, setPreviewing] = useState(false);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > round.documents.maxBytes) throw new TooLarge(`文件大小 ${formatBytes(file.size)}，超过本批次规定的 ${formatBytes(round.documents.maxBytes)}，请压缩后重新上传。`);
      const form = new FormData();
      form.append('file', file);
      return call(api.PUT('/me/recruitment/applications/{id}/documents/{kind}', { params: { path: { id: application.id, kind } }, body: {} as never, bodySerializer: () => form }));
    },
    onSuccess: (saved) => queryClient.setQueryData(RECRUITMENT_KEYS.mine, (list: Application[] | undefined) => list?.map((each) => (each.id === saved.id ? saved : each))),
  });
  const label = DOCUMENT_LABEL[kind];
  return (
    <List.Item data-kind={kind}>
      <div style={{ width: '100%' }}>
        <Space wrap style={{ marginBottom: 4 }}>
          <strong>{label}</strong>
          {uploaded ? <StateTag tone="green">已上传</StateTag> : <StateTag tone="orange">未上传</StateTag>}
        </Space>
        {uploaded && (
          <div style={{ color: '#595959' }}>
            {formatBytes(uploaded.bytes)}，上传于 {formatDateTime(uploaded.uploadedAt)}
          </div>
        )}
        {upload.error instanceof TooLarge ? <Alert type="error" showIcon role="alert" message={upload.error.message} style={{ margin: '8px 0' }} /> : <ErrorAlert error={upload.error instanceof ApiError ? upload.error : null} style={{ margin: '8px 0' }} />}
        {application.editable && (
          <>
            <input
              ref={input}
              type="file"
              accept=".jpg,.jpeg,image/jpeg"
              aria-label={`选择${label}文件`}
              style={{ display: 'none' }}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) upload.mutate(file);
              }}
            />
            <Space wrap style={{ marginTop: 8 }}>
              <Button onClick={() => input.current?.click()} loading={upload.isPending}>
                {uploaded ? `重新上传${label}` : `上传${label}`}
              </Button>
              {uploaded && <Button onClick={() => setPreviewing(true)}>查看已上传的{label}</Button>}
            </Space>
          </>
        )}
        {!application.editable && uploaded && (
          <Button style={{ marginTop: 8 }} onClick={() => setPreviewing(true)}>
            查看已上传的{label}
          </Button>
        )}
        {previewing && <DocumentPreview application={application} kind={kind} onClose={() => setPreviewing(false)} />}
      </div>
    </List.Item>
  );
}

/** RC-3: the documents of this applicant's type and facts, one upload each, with what the server still misses. */
export function DocumentsStep({ round, application, onNext }: { round: Round; application: Application; onNext?: () => void }) {
  const kinds = documentKindsFor(round, application);
  const missing = application.documentCheck.missing;
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{application.editable ? '第二步：上传报名材料' : '报名材料'}</h3>}>
      {application.editable && (
      <Typography.Paragraph>
        每份材料上传一张 JPG 格式图片，大小不超过 <strong>{formatBytes(round.documents.maxBytes)}</strong>（按文件内容判断格式，修改扩展名无效）。重新上传会替换原来的文件。
      </Typography.Paragraph>
      )}
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="以下材料还未上传齐全"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {missing.map((each) => (
                <li key={each.requirement}>{each.message.zh}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} message="所需材料已上传齐全。" />
      )}
      <List dataSource={kinds} renderItem={(kind) => <DocumentRow round={round} application={application} kind={kind} />} />
      {onNext && (
        <Button type="primary" style={{ marginTop: 16 }} onClick={onNext}>
          下一步：填报志愿
        </Button>
      )}
    </Card>
  );
}
