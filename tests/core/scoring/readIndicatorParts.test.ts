import { readPartUnit, readPartWords } from '../../../src/core/scoring/targets/readPartWords';
import type { TargetReading } from '../../../src/core/scoring/targets/IndicatorReading';
import type { Quantity } from '../../../src/core/scoring/targets/Target';
import { readings, type Parts } from './readings';

const q = (x: Quantity) => `${x.value.toString()}${x.percent ? '%' : x.unit}`;
/** A target reading in one line: comparison, values, unit, direction, nature. */
const describe_ = (t: TargetReading) => `${t.comparison} ${t.values.map(q).join('..')} [${t.unit}] ${t.direction} ${t.nature}`;
const target = (value: string, parts: Parts = {}) => readings(value, '', parts).target;

describe('the words of a part cell', () => {
  it.each([
    ['≥', { comparison: '≥' }],
    ['＞', { comparison: '>' }],
    ['>=', { comparison: '≥' }],
    ['不低于', { comparison: '≥' }],
    ['不高于', { comparison: '≤' }],
    ['以上', { comparison: '≥' }],
    ['＝', { comparison: '=' }],
    ['区间', { comparison: 'range' }],
    ['正向', { direction: 'positive' }],
    ['正向指标', { direction: 'positive' }],
    ['越大越好', { direction: 'positive' }],
    ['反向', { direction: 'reverse' }],
    ['越小越好', { direction: 'reverse' }],
    ['中性', { direction: 'twoSided' }],
    ['定性', { nature: 'qualitative' }],
    ['定量（正向）', { nature: 'quantitative', direction: 'positive' }],
    ['定量、≤', { nature: 'quantitative', comparison: '≤' }],
  ])('%s says %j', (text, said) => {
    expect(readPartWords(text)).toEqual(said);
  });

  it.each(['', '—', '/', '无'])('a blank or placeholder %j says nothing', (text) => {
    expect(readPartWords(text)).toBeNull();
  });

  it.each(['中', '正向反向', '≥≤', '95%'])('%s cannot be read', (text) => {
    expect(readPartWords(text)).toBe('unread');
  });

  it.each([
    ['%', { percent: '%', unit: '' }],
    ['（%）', { percent: '%', unit: '' }],
    ['人', { percent: null, unit: '人' }],
    ['万元', { percent: null, unit: '万元' }],
    ['元/人', { percent: null, unit: '元/人' }],
  ])('the unit cell %s', (text, unit) => {
    expect(readPartUnit(text)).toEqual(unit);
  });
});

describe('a target read from its parts', () => {
  it.each<[string, Parts, string]>([
    ['95', { comparison: '≥', unit: '%' }, '≥ 0.95% [%] positive quantitative'],
    ['95%', { comparison: '不低于' }, '≥ 0.95% [%] positive quantitative'],
    ['74272', { unit: '人' }, '≥ 74272人 [人] positive quantitative'],
    ['5', { direction: '反向', unit: '人' }, '≤ 5人 [人] reverse quantitative'],
    ['1%', { direction: '越小越好' }, '≤ 0.01% [%] reverse quantitative'],
    ['≤1%', { direction: '反向' }, '≤ 0.01% [%] reverse quantitative'],
    ['≥95%', { direction: '正向', nature: '定量' }, '≥ 0.95% [%] positive quantitative'],
    ['100%', { nature: '定性' }, 'qualitative  [] qualitative qualitative'],
    ['95', { nature: '≥', unit: '%' }, '≥ 0.95% [%] positive quantitative'],
    ['95', { direction: '定量、反向', unit: '%' }, '≤ 0.95% [%] reverse quantitative'],
    ['=100%', { direction: '正向' }, '≥ 1% [%] positive quantitative'],
    ['100', { comparison: '=', direction: '反向', unit: '%' }, '≤ 1% [%] reverse quantitative'],
    ['95%-105%', { direction: '中性' }, 'range 0.95%..1.05% [%] twoSided quantitative'],
    ['95-105', { comparison: '区间', unit: '%' }, 'range 0.95%..1.05% [%] twoSided quantitative'],
    ['每月25日前', { direction: '正向' }, 'deadline  [] reverse quantitative'],
    ['50、6.82', { comparison: '≥' }, 'values 50..6.82 [] positive quantitative'],
  ])('%s with %j reads %s', (value, parts, expected) => {
    const reading = target(value, parts);
    expect([reading.disagreement, reading.unread]).toEqual([undefined, undefined]);
    expect(describe_(reading)).toBe(expected);
  });

  it('shows the parts as one text, in their order', () => {
    expect(target('95', { comparison: '≥', unit: '%', direction: '正向' }).shown).toBe('≥95%（正向）');
    expect(target('95%', { unit: '%' }).shown).toBe('95%');
    expect(target('91以上', { unit: '%' }).shown).toBe('91%以上');
    expect(target('控制在1以内', { unit: '%' }).shown).toBe('控制在1%以内');
  });

  it('says where each part came from, by what it said', () => {
    expect(target('95', { nature: '≥', unit: '%' }).from).toEqual({ value: 'value', comparison: 'nature', unit: 'unit' });
  });

  it.each<[string, Parts, [string, string, string, string]]>([
    ['≥95%', { direction: '反向' }, ['direction', '反向', 'value', '≥95%']],
    ['≤1%', { direction: '正向' }, ['direction', '正向', 'value', '≤1%']],
    ['95', { comparison: '≥', direction: '反向', unit: '%' }, ['direction', '反向', 'comparison', '≥']],
    ['≥95%', { comparison: '≤' }, ['comparison', '≤', 'value', '≥95%']],
    ['>90%', { comparison: '≥' }, ['comparison', '≥', 'value', '>90%']],
    ['95%', { unit: '人' }, ['unit', '人', 'value', '95%']],
    ['100人', { unit: '户' }, ['unit', '户', 'value', '100人']],
    ['95%-105%', { direction: '正向' }, ['direction', '正向', 'value', '95%-105%']],
    ['95%', { comparison: '区间' }, ['comparison', '区间', 'value', '95%']],
    ['按时足额发放', { comparison: '≥' }, ['comparison', '≥', 'value', '按时足额发放']],
    ['按时足额发放', { nature: '定量' }, ['nature', '定量', 'value', '按时足额发放']],
    ['95', { nature: '定性', comparison: '≥' }, ['comparison', '≥', 'nature', '定性']],
    ['95', { comparison: '≥', nature: '≤' }, ['nature', '≤', 'comparison', '≥']],
  ])('%s with %j disagree: nothing is guessed', (value, parts, [part, text, against, againstText]) => {
    const reading = target(value, parts);
    expect(reading.disagreement).toMatchObject({ part, text, against: { part: against, text: againstText } });
    // The reading keeps what the value cell says by itself.
    expect(reading.shown).toBe(value);
  });

  it('names the two cells that disagree, by the column each is in', () => {
    expect(target('95', { comparison: '≥', nature: '≤', unit: '%' }).disagreement).toEqual({
      part: 'nature',
      text: '≤',
      source: 'nature',
      against: { part: 'comparison', text: '≥', source: 'comparison' },
    });
    expect(target('≥95%', { direction: '反向' }).disagreement).toEqual({
      part: 'direction',
      text: '反向',
      source: 'direction',
      against: { part: 'value', text: '≥95%', source: 'value' },
    });
  });

  it('names a part cell nobody can read', () => {
    expect(target('95%', { direction: '中' }).unread).toEqual({ part: 'direction', text: '中' });
    expect(target('95', { unit: '12' }).unread).toEqual({ part: 'unit', text: '12' });
  });

  it('ignores part cells left blank or with a placeholder', () => {
    expect(describe_(target('≥95%', { comparison: '', direction: '—', unit: '/' }))).toBe('≥ 0.95% [%] positive quantitative');
  });
});

describe('an actual read with the unit column', () => {
  const actual = (value: string, unit: string) => readings('95', value, { unit }).actual;

  it('gives a bare actual the unit of the column', () => {
    expect(actual('98', '%')).toMatchObject({ shown: '98%', form: { kind: 'value', value: { percent: true } } });
    expect(actual('15774', '人')).toMatchObject({ shown: '15774人', form: { kind: 'value', value: { unit: '人' } } });
    expect(actual('45/50', '人')).toMatchObject({ form: { kind: 'ratio', numerator: { unit: '人' }, denominator: { unit: '人' } } });
    expect(actual('45/50', '%')).toMatchObject({ shown: '45/50', form: { kind: 'ratio' } });
    expect(actual('未发生', '起')).toMatchObject({ shown: '未发生', form: { kind: 'nothing' } });
  });

  it('keeps an actual that carries the same unit, and names one that carries another', () => {
    expect(actual('98%', '%').disagreement).toBeUndefined();
    expect(actual('98%', '人').disagreement).toEqual({ part: 'unit', text: '人', source: 'unit', against: { part: 'value', text: '98%', source: 'value' } });
    expect(actual('45户/50户', '人').disagreement).toMatchObject({ part: 'unit' });
  });
});
