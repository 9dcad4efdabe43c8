import { describe, expect, it } from 'vitest';
import { BOM, csvFileName, toCsv, type CsvColumn } from './csv';

type Row = { item: string; month: string; orders: number; marginFen: number | null };

const columns: CsvColumn<Row>[] = [
  { header: '服务项目', value: (r) => r.item },
  { header: '月份', value: (r) => r.month },
  { header: '单数', value: (r) => r.orders, kind: 'number' },
  { header: '损益（元）', value: (r) => r.marginFen, kind: 'fen' },
];

const lines = (csv: string) => csv.slice(BOM.length).split('\r\n');

describe('toCsv', () => {
  it('starts with a BOM so Excel reads UTF-8, then the headers', () => {
    const csv = toCsv([], columns);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual(['服务项目,月份,单数,损益（元）', '']);
  });

  it('writes Chinese text as it is and fen as yuan with two decimals', () => {
    const csv = toCsv(
      [
        { item: '疏通下水', month: '2026-03', orders: 3, marginFen: 123450 },
        { item: '换锁', month: '2026-04', orders: 1, marginFen: -500 },
        { item: '洗衣服务', month: '2026-05', orders: 0, marginFen: 7 },
      ],
      columns,
    );
    expect(lines(csv)).toEqual(['服务项目,月份,单数,损益（元）', '疏通下水,2026-03,3,1234.50', '换锁,2026-04,1,-5.00', '洗衣服务,2026-05,0,0.07', '']);
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const csv = toCsv([{ item: '打字、复印, 传真', month: '说"明"\n第二行', orders: 1, marginFen: 0 }], columns);
    expect(lines(csv.replace('\n第二行', '⏎第二行'))[1]).toBe('"打字、复印, 传真","说""明""⏎第二行",1,0.00');
    expect(csv).toContain('"说""明""\n第二行"');
  });

  it('leaves missing values empty and keeps a big amount exact', () => {
    expect(lines(toCsv([{ item: '换管', month: '2026-01', orders: 2, marginFen: null }], columns))[1]).toBe('换管,2026-01,2,');
    expect(lines(toCsv([{ item: 'x', month: 'y', orders: 1, marginFen: 123456789012 }], columns))[1]).toBe('x,y,1,1234567890.12');
  });

  it('does not let a text cell run as a spreadsheet formula', () => {
    expect(lines(toCsv([{ item: '=HYPERLINK("http://x")', month: '@SUM(A1)', orders: 1, marginFen: -100 }], columns))[1]).toBe(
      `"'=HYPERLINK(""http://x"")",'@SUM(A1),1,-1.00`,
    );
  });

  it('refuses an amount that is not whole fen', () => {
    expect(() => toCsv([{ item: 'x', month: 'y', orders: 1, marginFen: 1.5 }], columns)).toThrow(RangeError);
  });

  it('names files without characters file systems refuse', () => {
    expect(csvFileName('损益', '翠湖花园', null, '2026-01', '2026-12')).toBe('损益_翠湖花园_2026-01_2026-12.csv');
    expect(csvFileName('损益', 'A/B: C')).toBe('损益_A-B-C.csv');
  });
});
