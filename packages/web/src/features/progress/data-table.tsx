import { type ReactNode, useId } from 'react';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/**
 * The numbers behind a chart, for everyone and for screen readers in particular. The first
 * column heads each row. Long tables scroll inside a box that takes keyboard focus, so it can be
 * scrolled without a mouse.
 */
export const DataTable = <Row,>({ caption, columns, rows, rowKey }: DataTableProps<Row>) => {
  const captionId = useId();
  return (
    <section
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled from the keyboard (WCAG 2.1.1).
      tabIndex={0}
      className="max-h-80 overflow-auto rounded-lg border border-stone-300 bg-white"
    >
      <table className="w-full border-collapse text-sm">
        <caption
          id={captionId}
          className="px-3 pt-2 pb-1 text-left text-sm font-semibold text-stone-800"
        >
          {caption}
        </caption>
        <thead className="sticky top-0 bg-stone-100">
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`px-3 py-2 font-semibold whitespace-nowrap text-stone-800 ${column.numeric ? 'text-right' : 'text-left'}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-t border-stone-200">
              {columns.map((column, index) =>
                index === 0 ? (
                  <th
                    key={column.header}
                    scope="row"
                    className="px-3 py-2 text-left font-medium whitespace-nowrap"
                  >
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.header}
                    className={`px-3 py-2 whitespace-nowrap ${column.numeric ? 'text-right tabular-nums' : ''}`}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
