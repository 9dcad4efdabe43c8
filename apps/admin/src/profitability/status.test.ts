import { amber, blueGrey, green, grey, purple, red } from '@mui/material/colors';
import { PnlStatus } from '@wuye/schema';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { STATUS_ORDER, STATUS_TONES, statusRank, statusTone } from './status';

describe('P&L status colours', () => {
  it('paints loss red, thin amber, healthy green, over-margin purple, idle grey and goodwill neutral', () => {
    expect(statusTone('LOSS').background).toBe(red[100]);
    expect(statusTone('THIN').background).toBe(amber[100]);
    expect(statusTone('HEALTHY').background).toBe(green[100]);
    expect(statusTone('OVER_MARGIN').background).toBe(purple[100]);
    expect(statusTone('IDLE').background).toBe(grey[100]);
    expect(statusTone('GOODWILL').background).toBe(blueGrey[50]);
    expect(statusTone(null)).toBe(STATUS_TONES.IDLE);
  });

  it('gives every status of the schema its own colour and a label in both languages', () => {
    const statuses = Object.values(PnlStatus);
    expect(Object.keys(STATUS_TONES).sort()).toEqual([...statuses].sort());
    expect(new Set(statuses.map((s) => STATUS_TONES[s].background)).size).toBe(statuses.length);
    expect(new Set(statuses.map((s) => STATUS_TONES[s].accent)).size).toBe(statuses.length);
    for (const s of statuses) {
      expect(zh.enums.PnlStatus[s], s).toBeTruthy();
      expect(en.enums.PnlStatus[s], s).toBeTruthy();
    }
    expect(zh.enums.PnlStatus).toMatchObject({ LOSS: '亏损', THIN: '微利', HEALTHY: '正常', OVER_MARGIN: '利润过高', IDLE: '无营业额', GOODWILL: '公益成本' });
  });

  it('ranks the worst first', () => {
    expect([...Object.values(PnlStatus)].sort((a, b) => statusRank(a) - statusRank(b))).toEqual([...STATUS_ORDER]);
    expect(statusRank('LOSS')).toBeLessThan(statusRank('THIN'));
    expect(statusRank('THIN')).toBeLessThan(statusRank('HEALTHY'));
  });
});
