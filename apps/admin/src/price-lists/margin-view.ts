import { renderCatalogMessage, type MarginAssessment } from '@wuye/domain';
import type { MarginWarningCode } from '@wuye/schema';
import type { ServerMargin } from './types';

/**
 * Unit cost and margin of one entry, whether the API computed it (saved rows) or the domain's
 * assessMargin did in the browser (the preview while typing): the same rule code either way.
 */
export interface MarginView {
  treatment: string;
  cost: { labour: number; materials: number; overhead: number; risk: number; total: number };
  points: ReadonlyArray<{ at: string; price: number; margin: number; basisPoints?: number | null }>;
  warnings: ReadonlyArray<{ code: MarginWarningCode; at: string; message: string }>;
}

export const fromServer = (margin: ServerMargin): MarginView => margin;

export const fromDomain = (assessment: MarginAssessment, locale: string): MarginView => ({
  treatment: assessment.treatment,
  cost: assessment.cost,
  points: assessment.points,
  warnings: assessment.warnings.map((w) => ({
    code: w.code === 'loss' ? 'LOSS' : 'OVER_MARGIN',
    at: w.at,
    message: renderCatalogMessage(w.messageKey, locale === 'en' ? 'en' : 'zh', w.params),
  })),
});

/** The worst warning: a loss outranks a margin above the 保本微利 ceiling. */
export function worstWarning(margin: MarginView | null | undefined): MarginWarningCode | null {
  if (!margin) return null;
  if (margin.warnings.some((w) => w.code === 'LOSS')) return 'LOSS';
  if (margin.warnings.some((w) => w.code === 'OVER_MARGIN')) return 'OVER_MARGIN';
  return null;
}
