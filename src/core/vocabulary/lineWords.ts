/** Words of a table's lines that are not measures: totals, parts, numbering, notes, footers, units, placeholders. */

/** 合计 / 总计 lines: a label starting or ending with one of these (`全州合计`, `合计：`). */
export const TOTAL_WORDS: readonly string[] = ['合计', '总计'];
/** Whole labels that also name the total line. */
export const TOTAL_LABELS: readonly string[] = ['合计', '总计', '全部', '全区合计', '总合计'];
/** 小计: the sum of the lines since the previous 小计 (hami-2019 also names a measure `基金收入小计`). */
export const SUBTOTAL_WORDS: readonly string[] = ['小计'];
/** 其中: a part of the line above, not an addend. */
export const OF_WHICH_WORDS: readonly string[] = ['其中'];

/** Chinese numerals of an outline's numbering (`一、`, `(三)`). */
export const CHINESE_NUMERALS = '一二三四五六七八九十';

/**
 * Lines around a table that are not data: a note (`注：…`), the unit line (`单位：万元`, `填报单位：`), the
 * signatures (`填表人：`), dates and attachments. A label starting with one of these is never a fund or an item.
 */
export const NOTE_WORDS: readonly string[] = ['注', '说明', '备注', '附注', '资料来源', '数据来源'];
export const FOOTER_WORDS: readonly string[] = [
  '单位',
  '填报单位',
  '填表单位',
  '编制单位',
  '报送单位',
  '填表人',
  '制表人',
  '填报人',
  '审核人',
  '复核人',
  '负责人',
  '单位负责人',
  '财务负责人',
  '分管领导',
  '联系电话',
  '联系人',
  '填报日期',
  '填表日期',
  '报送日期',
  '附件',
  '附表',
];
/** The unit line's word: `单位：万元`. */
export const UNIT_LINE_WORD = '单位';

/** Money units of a table or a label (`机关事业单位养老(元)`). */
export const MONEY_UNITS: readonly string[] = ['元', '万元', '亿元', '千元'];

/** Units that may follow a number in a cell. Years (`2019年`) are labels, not numbers, so 年 is not here. */
export const UNIT_WORDS: readonly string[] = [
  '万人次', '人次', '万人', '人', '亿元', '万元', '千元', '元', '户', '个月', '个', '家', '项', '天', '日', '月', '分', '次', '件', '笔',
];
/** Units that name the same thing. */
export const UNIT_SYNONYMS: Readonly<Record<string, string>> = { 个月: '月', 天: '日' };

/** What staff type for "no value" / "not applicable": never an error, never a number (compared lower-cased). */
export const PLACEHOLDERS: readonly string[] = ['', '—', '——', '–', '-', '--', '－', '/', '／', 'n/a', 'na', '#n/a', '无', '…', '...', '\\'];

/** A table's title ends in one of these (…情况表, …分析表). */
export const TITLE_WORDS: readonly string[] = ['表'];

/** How a county, city or prefecture's name ends (`岳普湖县`, `哈密市`, `巴音郭楞蒙古自治州`), to tell two entities' tables apart. */
export const ENTITY_SUFFIXES: readonly string[] = ['自治州', '自治县', '自治旗', '地区', '新区', '县', '市', '州', '盟', '旗'];
/** Words of a title that name the fund, not a place (`…社会保险基金…` holds no county). */
export const NOT_ENTITY_WORDS: readonly string[] = ['社会保险', '社保', '基金', '年度'];

/** A table of the 决算 (final accounts): its 收入 and 支出 are the 决算报表's, which include 上下级往来. */
export const FINAL_ACCOUNTS_WORDS: readonly string[] = ['决算'];

/** Headers of columns (and labels of rows) that number the lines rather than hold figures: 行次 1, 2, 3… */
export const ANNOTATION_WORDS: readonly string[] = ['行次', '栏次', '序号', '编号', '科目编码', '科目代码', '代码', '编码', '行号', '栏号'];
