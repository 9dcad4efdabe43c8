export * from './complaint-messages.js';
export * from './complaint-classification.js';
export * from './complaint-clocks.js';
export * from './complaint-lifecycle.js';
export * from './suggestion-lifecycle.js';
export * from './repeat-detection.js';
export * from './follow-up-sampling.js';
export * from './follow-up-outcome.js';
