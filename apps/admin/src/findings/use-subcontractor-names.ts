import { useLoad } from '../profitability/use-load';

/** id → name of the company's subcontractors (findings carry the id only). */
export function useSubcontractorNames(): Map<string, string> {
  const { data } = useLoad('subcontractor-names', (dp) => dp.subcontractors(true));
  return new Map((data ?? []).map((s) => [s.id, s.name]));
}
