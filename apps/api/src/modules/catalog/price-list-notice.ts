import type { MikroORM } from '@mikro-orm/postgresql';
import { fen, formatYuan, formatYuanRange } from '@wuye/domain';
import type { Request, Response } from 'express';
import { isUuid } from '../../db/queries.js';
import { Company } from '../company/company.entity.js';
import { Project } from '../projects/project.entity.js';
import { PriceListEntry } from './price-list-entry.entity.js';
import { PriceList } from './price-list.entity.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const shanghaiDate = (d: Date) =>
  d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

function price(e: PriceListEntry): string {
  if (e.mode === 'fixed') return formatYuan(fen(e.priceFen!));
  if (e.mode === 'range') return formatYuanRange(fen(e.minFen!), fen(e.maxFen!));
  if (e.mode === 'workload') return `${formatYuanRange(fen(e.minFen!), fen(e.maxFen!))}（视工程量定价）`;
  return '免费';
}

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "Noto Serif CJK SC", "Songti SC", "SimSun", serif; color: #111; max-width: 180mm; margin: 0 auto; }
  h1 { text-align: center; font-size: 22pt; letter-spacing: 0.2em; margin: 0 0 4mm; }
  .sub { text-align: center; font-size: 11pt; margin-bottom: 6mm; }
  h2 { font-size: 13pt; border-left: 4px solid #111; padding-left: 3mm; margin: 6mm 0 2mm; }
  table { width: 100%; border-collapse: collapse; font-size: 10.5pt; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  th, td { border: 1px solid #444; padding: 1.6mm 2mm; text-align: left; }
  th { background: #eee; }
  td.price { white-space: nowrap; text-align: right; }
  ul.free { columns: 2; font-size: 10.5pt; padding-left: 5mm; }
  .meta { margin-top: 8mm; font-size: 10pt; line-height: 1.8; }
  .sign { margin-top: 10mm; text-align: right; font-size: 11pt; line-height: 2; }
  .toolbar { text-align: right; margin: 4mm 0; }
  @media print { .toolbar { display: none; } }
`;

/**
 * 公示: the printable notice of a project's published price list, for the entrance,
 * bulletin boards and flyers. Public like the paper it replaces, and only ever shows
 * the version in effect.
 */
export function priceListNoticeHandler(orm: MikroORM) {
  return async (req: Request, res: Response) => {
    const projectId = String(req.params.projectId);
    const em = orm.em.fork();
    const project = isUuid(projectId) ? await em.findOne(Project, { id: projectId }, { filters: false }) : null;
    const list = project ? await em.findOne(PriceList, { projectId: project.id, state: 'published' }, { filters: false }) : null;
    if (!project || !list) {
      res.status(404).type('html').send('<!doctype html><meta charset="utf-8"><title>未找到</title><p>该项目没有已公示的有偿服务价目表。</p>');
      return;
    }
    const company = await em.findOneOrFail(Company, { id: project.companyId });
    const entries = await em.find(PriceListEntry, { priceListId: list.id }, { filters: false, orderBy: { position: 'asc', category: 'asc', name: 'asc' } });
    const paid = entries.filter((e) => e.mode !== 'free');
    const free = entries.filter((e) => e.mode === 'free');
    const categories = [...new Set(paid.map((e) => e.category))];

    const sections = categories
      .map((category) => {
        const rows = paid
          .filter((e) => e.category === category)
          .map((e, i) => `<tr><td>${i + 1}</td><td>${escape(e.name)}</td><td>${escape(e.unit)}</td><td class="price">${escape(price(e))}</td></tr>`)
          .join('');
        return `<h2>${escape(category)}</h2><table><thead><tr><th style="width:8%">序号</th><th>服务项目</th><th style="width:12%">单位</th><th style="width:30%">收费标准</th></tr></thead><tbody>${rows}</tbody></table>`;
      })
      .join('');
    const freeList = free.length
      ? `<h2>免费服务项目</h2><ul class="free">${free.map((e) => `<li>${escape(e.name)}</li>`).join('')}</ul>`
      : '';

    res.type('html').send(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(project.name)} 有偿服务项目及收费标准公示</title><style>${STYLE}</style></head>
<body>
<div class="toolbar">打印：使用浏览器的“打印”（Ctrl+P），纸张 A4。</div>
<h1>有偿服务项目及收费标准</h1>
<div class="sub">${escape(project.name)} · 第 ${list.number} 版</div>
<p>为满足广大业主、住户的需求，本服务中心在管理服务费以外提供以下便民有偿服务，收费标准遵循“保本微利”原则，经公司总经理审批后公示如下：</p>
${sections}
${freeList}
<div class="meta">
  生效时间：<span data-field="effectiveFrom">${escape(shanghaiDate(list.effectiveFrom!))}</span><br>
  审批编号：<span data-field="approvalRef">${escape(list.approvalRef ?? '')}</span><br>
  以上价格不含材料费的，材料费按实际使用另计；范围价格以上门确认的报价单为准，须经业主（住户）同意后方可施工。
</div>
<div class="sign">${escape(company.name)}<br>${escape(project.name)}服务中心</div>
</body></html>`);
  };
}
