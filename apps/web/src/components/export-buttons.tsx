import { Button } from 'antd';

export type ExportFormat = 'xlsx' | 'csv';

/** The list's rows as Excel or CSV: the button of the file being made shows it is busy. */
export function ExportButtons({ exporting, onExport }: { exporting: ExportFormat | null; onExport: (format: ExportFormat) => void }) {
  return (
    <>
      <Button onClick={() => onExport('xlsx')} loading={exporting === 'xlsx'}>
        导出 Excel
      </Button>
      <Button onClick={() => onExport('csv')} loading={exporting === 'csv'}>
        导出 CSV
      </Button>
    </>
  );
}
