export * from './profitability-messages.js';
export type { ProfitabilityFailure, ProfitabilityFailureCode, ProfitabilityIssue } from './profitability-failure.js';
export * from './month-key.js';
export * from './item-pnl.js';
export * from './loss-review.js';
export * from './loss-decision.js';
