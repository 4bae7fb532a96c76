import type { TablePaginationConfig } from 'antd';

export interface Paging {
  page: number;
  pageSize: number;
}

/** A table paged by the API: the page and its size are asked for, the total is the API's; a new size starts at page 1. */
export function serverPagination(paging: Paging, setPaging: (next: Paging) => void, total: number): TablePaginationConfig {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100],
    showTotal: (count) => `共 ${count} 人`,
    onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
  };
}
