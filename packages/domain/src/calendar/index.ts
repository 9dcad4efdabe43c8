export * from './working-calendar.js';
export * from './calendar-messages.js';
export * from './china-holidays.js';
export * from './milestone-clock.js';
