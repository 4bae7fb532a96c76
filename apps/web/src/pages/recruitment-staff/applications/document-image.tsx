import { useQuery } from '@tanstack/react-query';
import { Image, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { api, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';

/** One uploaded document as the API stores it (a JPEG): fetched with the login, shown as an image that can be enlarged. */
export function DocumentImage({ applicationId, document }: { applicationId: number; document: Schemas['ApplicationDocumentView'] }) {
  const image = useQuery({
    queryKey: ['recruitment-document', applicationId, document.kind, document.sha256],
    queryFn: async () => {
      const answer = await api.GET('/recruitment/applications/{id}/documents/{kind}', { params: { path: { id: applicationId, kind: document.kind } }, parseAs: 'blob' });
      if (!answer.response.ok) throw ApiError.from(answer.response.status, answer.error);
      return URL.createObjectURL(answer.data as Blob);
    },
    staleTime: Infinity,
  });
  const url = image.data;
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <figure style={{ margin: 0, width: 202 }}>
      <div style={{ border: '1px solid #d9d9d9', background: '#fafafa', minHeight: 120, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      {image.isPending ? <Spin /> : image.isError ? <ErrorAlert error={image.error} /> : <Image src={url} alt={document.label.zh} width={200} style={{ objectFit: 'contain', maxHeight: 160 }} />}
      </div>
      <figcaption>
        <Typography.Text>{document.label.zh}</Typography.Text>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {Math.round(document.bytes / 1024)} KB · {document.uploadedAt}
        </Typography.Text>
      </figcaption>
    </figure>
  );
}
