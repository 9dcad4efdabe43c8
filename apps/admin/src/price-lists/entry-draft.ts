import { assessMargin, fen, unsetPricing, validatePricing, type MessageParams } from '@wuye/domain';
import { PricingMode, type CostModelInput, type PricingInput } from '@wuye/schema';
import { bpToInput, fenToInput, parseMinutesInput, parsePercentInput, parseYuanInput, type Parsed } from '../common/money';
import { PRICE_FIELDS, toDomainPricing, type PriceField } from '../common/pricing';
import { fromDomain, type MarginView } from './margin-view';
import type { EntryWithMargin } from './types';

/** One row of the draft editor as typed: yuan, percent and minutes as text. */
export interface EntryTexts {
  unit: string;
  mode: PricingMode;
  price: string;
  min: string;
  max: string;
  labourMinutes: string;
  materials: string;
  overhead: string;
  risk: string;
}
export type EntryField = keyof EntryTexts;

/** A console message (`app.*`) or a domain rule's message, rendered with the domain's texts. */
export type Issue = { source: 'app'; key: string } | { source: 'domain'; key: string; params: MessageParams };

export interface EntrySettings {
  /** The project's labour rate, fen per hour. */
  labourRateFenPerHour: number;
  /** 保本微利 ceiling of the company, basis points. */
  marginCeilingBp: number;
  extraUnits: readonly string[];
  locale: string;
}

export interface EntryEvaluation {
  issues: Partial<Record<EntryField, Issue>>;
  /** What to send when every field is valid. */
  input: { unit: string; pricing: PricingInput; costModel: CostModelInput } | null;
  /** Unit cost and margin of what is typed, computed with the domain's assessMargin; null until the cost fields parse. */
  margin: MarginView | null;
}

export const textsOf = (entry: EntryWithMargin): EntryTexts => ({
  unit: entry.unit,
  mode: entry.mode,
  price: fenToInput(entry.priceFen),
  min: fenToInput(entry.minFen),
  max: fenToInput(entry.maxFen),
  labourMinutes: String(entry.labourMinutes),
  materials: fenToInput(entry.materialsFen),
  overhead: bpToInput(entry.overheadBp),
  risk: bpToInput(entry.riskBp),
});

export const sameTexts = (a: EntryTexts, b: EntryTexts) => (Object.keys(a) as EntryField[]).every((k) => a[k] === b[k]);

/**
 * Parses a row and previews its margin with the same domain rules the API applies on save
 * (validatePricing, assessMargin), so the project manager sees a loss or an over-margin price
 * while typing. Only the amounts the pricing mode uses are read.
 */
export function evaluateEntry(texts: EntryTexts, settings: EntrySettings): EntryEvaluation {
  const issues: Partial<Record<EntryField, Issue>> = {};
  const take = (field: EntryField, parsed: Parsed): number | null => {
    if (parsed.ok) return parsed.value;
    issues[field] = { source: 'app', key: parsed.messageKey };
    return null;
  };

  const uses = PRICE_FIELDS[texts.mode];
  const amount = (field: PriceField) => (uses.includes(field) ? take(field, parseYuanInput(texts[field])) : null);
  const pricing: PricingInput = {
    mode: texts.mode,
    priceFen: texts.mode === PricingMode.Free ? 0 : amount('price'),
    minFen: amount('min'),
    maxFen: amount('max'),
  };
  const pricingParsed = !issues.price && !issues.min && !issues.max;
  if (pricingParsed) {
    for (const issue of validatePricing({ pricing: toDomainPricing(pricing), unit: texts.unit, companyExtraUnits: settings.extraUnits })) {
      const field = issue.field as EntryField;
      if (field in texts) issues[field] ??= { source: 'domain', key: issue.messageKey, params: issue.params };
    }
  }

  const labourMinutes = take('labourMinutes', parseMinutesInput(texts.labourMinutes));
  const materialsFen = take('materials', parseYuanInput(texts.materials));
  const overheadBp = take('overhead', parsePercentInput(texts.overhead));
  const riskBp = take('risk', parsePercentInput(texts.risk));

  let margin: MarginView | null = null;
  if (labourMinutes !== null && materialsFen !== null && overheadBp !== null && riskBp !== null) {
    const assessment = assessMargin({
      pricing: pricingParsed ? toDomainPricing(pricing) : unsetPricing(),
      costModel: {
        labourMinutes,
        labourRatePerHour: fen(settings.labourRateFenPerHour),
        materials: fen(materialsFen),
        overheadBasisPoints: overheadBp,
        riskBasisPoints: riskBp,
      },
      marginCeilingBasisPoints: settings.marginCeilingBp,
    });
    margin = fromDomain(assessment, settings.locale);
  }

  const valid = Object.keys(issues).length === 0 && labourMinutes !== null && materialsFen !== null && overheadBp !== null && riskBp !== null;
  return {
    issues,
    margin,
    input: valid ? { unit: texts.unit, pricing, costModel: { labourMinutes, materialsFen, overheadBp, riskBp } } : null,
  };
}
