import type { TableExport } from '../../../shared/api/lists';
import type { AreaHandlers } from '../handler';
import { exportFile, type ExportColumn } from './write';

type Cell = TableExport['rows'][number][number];

/** A list the page holds whole, through the same writer as the lists the main process pages. */
function exportTable(input: TableExport) {
  const columns = input.columns.map(({ header, kind }, index): ExportColumn<Cell[]> => {
    const at = (row: Cell[]) => row[index] ?? null;
    if (kind === 'text') return { header, kind, value: (row) => textOf(at(row)) };
    if (kind === 'date') return { header, kind, value: (row) => dateOf(at(row)) };
    return { header, kind, value: (row) => numberOf(at(row)) };
  });
  return exportFile(input.format, input.name, columns, input.rows);
}

function textOf(cell: Cell): string | null {
  return cell === null ? null : String(cell);
}

function dateOf(cell: Cell): string | null {
  return typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}/.test(cell) ? cell.slice(0, 10) : null;
}

function numberOf(cell: Cell): number | null {
  return typeof cell === 'number' ? cell : null;
}

export const exportHandlers = {
  'lists.export': { run: (_ctx, input) => exportTable(input) },
} satisfies AreaHandlers<'lists.'>;
