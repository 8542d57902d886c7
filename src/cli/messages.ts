import type { RuleName, Severity, TableKind } from '../core';
import type { ReadFailureKind } from './xlsx/ReadFailure';

/**
 * Every word the CLI shows a user, in one typed zh-CN dictionary: a missing text fails to compile, and the
 * logic files stay free of prose. Read errors carry English too, for logs read by people who do not read Chinese.
 */
export const SEVERITY_WORD: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const TABLE_KIND_WORD: Record<TableKind, string> = {
  'fund-balance': '收支余情况表',
  'fund-balance-transposed': '收支分析表（转置）',
  'line-items': '决算明细表',
  'self-evaluation': '绩效自评表',
  numeric: '数值表（由数值关系识别）',
  'report-text': '报告正文',
};

/** Each rule as a reviewer names it (the HTML summary's chart and filters). */
export const RULE_WORD: Record<RuleName, string> = {
  sum: '合计与各项之和',
  change: '增减额',
  growthRate: '增长率',
  executionRate: '完成预算比例',
  share: '占比',
  monthsPayable: '可支付月数',
  closingBalance: '累计结余',
  netBalance: '当期结余',
  ofWhich: '“其中”项大于所属项',
  partsWithinLine: '“其中”各项之和',
  openingBalance: '上年结余',
  sameFact: '同一数字两处不一致',
  unreadLine: '无法识别的行或列',
  excelError: 'Excel 错误值',
  notANumber: '应为数字',
  staleFormula: '公式结果未更新',
  uncalculatedFormula: '公式未计算',
  inferredRelation: '由数字推断的关系',
  unitInLabel: '行标签中的单位',
  selfEvaluation: '自评表',
  scoreAboveWeight: '得分高于分值',
  weightTotal: '分值合计',
  scoreTotal: '总分',
  weightsNot100: '分值合计不为 100',
  scoreDiffersFromPolicy: '得分与评分规则不符',
  missingDeviationNote: '缺少偏差原因',
  claimsTargetMet: '称已达到目标',
  selfEvaluationVsFinalAccounts: '自评表与决算表不一致',
};

/** The words of the HTML summary (`check --html`). */
export const HTML_TEXT = {
  title: 'FundCheck 核对汇总',
  generated: (when: string, files: number) => `生成于 ${when} · 共 ${files} 个文件 · 全部在本机生成，页面不连接网络`,
  totals: (errors: number, warnings: number, unreadable: number) =>
    `错误 ${errors} 处 · 警告 ${warnings} 处${unreadable ? ` · 无法读取 ${unreadable} 个文件` : ''}`,
  overview: '各文件一览',
  filter: '筛选文件名',
  onlyErrors: '只看有错误的文件',
  file: '文件',
  tables: '识别表格',
  errors: '错误',
  warnings: '警告',
  fills: '待填得分',
  total: '总分',
  status: '状态',
  unreadable: '无法读取',
  clean: '未发现问题',
  charts: '错误分布',
  byRule: '按检查规则',
  byFile: (shown: number, of: number) => (shown < of ? `按文件（错误最多的 ${shown} 个，共 ${of} 个有错误）` : '按文件'),
  noErrors: '没有错误。',
  details: '各文件的问题',
  sheet: (sheet: string) => `工作表「${sheet}」`,
  document: (name: string) => `报告正文「${name}」`,
  otherCells: '表格以外',
  paragraph: (n: number) => `第 ${n} 段`,
  stated: '表中',
  statedInText: '文中',
  expected: '应为',
  difference: '相差',
  related: '相关单元格',
  causedBy: '由…引起',
  empty: '（空）',
  noFindings: '未发现问题。',
  sortHint: '点击列标题排序',
  fileSummary: (errors: number, warnings: number) => `错误 ${errors}，警告 ${warnings}`,
};

export const SKIP_CAUSE_WORD: Record<'formula' | 'protected-sheet' | 'merged-cell' | 'missing-sheet', string> = {
  formula: '单元格含公式，不覆盖',
  'protected-sheet': '工作表受保护，未写入',
  'merged-cell': '位于合并单元格内（非左上角），未写入',
  'missing-sheet': '工作簿中没有该工作表',
};

/**
 * Why a workbook could not be read, one sentence per kind (English after it, for logs); `detail` is ours (a part
 * name, a size), never an exception's text.
 */
export const READ_FAILURE: Record<ReadFailureKind, (detail?: string) => string> = {
  notFound: () => '文件不存在 (file not found)',
  directory: () => '这是一个目录，不是文件 (is a directory)',
  notRegularFile: () => '不是普通文件（设备、管道或套接字），不读取 (not a regular file)',
  linkLoop: () => '符号链接形成循环，无法打开 (too many levels of symbolic links)',
  permission: () => '没有读取权限 (permission denied)',
  empty: () => '文件为空 (empty file)',
  legacyXls: () => '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再检查 (legacy .xls format, save as .xlsx)',
  encrypted: () => '文件设有打开密码（已加密），请在 Excel 中取消密码后另存再检查 (encrypted with a password)',
  otherCompoundFile: () => '不是 Excel 工作簿（是其他 Office 文档）(an OLE document, not a workbook)',
  notZip: () => '不是 .xlsx 文件 (not an .xlsx file)',
  corrupt: (detail) => `文件已损坏或不完整，无法读取${at(detail)} (damaged or truncated .xlsx)`,
  notSpreadsheet: () => '这是一个压缩包，但不是 Excel 工作簿（如 .docx）(a zip package, not a workbook)',
  noSheets: () => '工作簿中没有工作表 (workbook has no worksheets)',
  tooLarge: (detail) => `文件过大，超出本工具的处理上限${at(detail)} (too large)`,
  zipBomb: (detail) => `压缩比异常，疑似压缩炸弹，拒绝解压${at(detail)} (suspicious compression ratio)`,
  tooManyParts: (detail) => `压缩包内文件过多${at(detail)} (too many parts in the package)`,
  unreadable: (detail) => `读取文件时出错${at(detail)} (read error)`,
};

export type WriteFailureKind =
  | 'readOnly'
  | 'isDirectory'
  | 'notRegularFile'
  | 'noFolder'
  | 'nameTooLong'
  | 'permission'
  | 'readOnlyFileSystem'
  | 'diskFull'
  | 'macroExtension'
  | 'encoding'
  | 'inputChanged'
  | 'malformed'
  | 'other';

/** Why a copy could not be written, one phrase per kind. */
export const WRITE_FAILURE: Record<WriteFailureKind, string> = {
  readOnly: '输出文件已存在且为只读，不覆盖 (OUT exists and is read-only)',
  isDirectory: '输出路径是一个目录 (OUT is a directory)',
  notRegularFile: '输出路径不是普通文件 (OUT is not a regular file)',
  noFolder: '输出文件所在的目录不存在 (the folder of OUT does not exist)',
  nameTooLong: '文件名过长 (file name too long)',
  permission: '没有写入权限 (permission denied)',
  readOnlyFileSystem: '文件系统只读 (read-only file system)',
  diskFull: '磁盘空间不足 (no space left on device)',
  macroExtension: '输入是含宏的工作簿 (.xlsm)，输出文件名也须以 .xlsm 结尾，否则 Excel 拒绝打开 (a macro-enabled workbook must be saved as .xlsm)',
  encoding: '工作表使用 UTF-16 编码，暂不支持写入 (UTF-16 worksheet parts are not written)',
  inputChanged: '输入文件在核对之后被修改或替换，副本未写出；请重新运行 (the input changed after it was checked)',
  malformed: '工作簿内部结构异常，无法在副本中修改 (a part of the workbook could not be edited)',
  other: '写入失败 (write failed)',
};

function at(detail: string | undefined): string {
  return detail ? `（${detail}）` : '';
}

export const TEXT = {
  usage: [
    '用法 (usage):',
    '  fundcheck check FILE... [--json] [--html OUT.html] [--policy NAME] [--jobs N]',
    "      检查工作簿中各表的勾稽关系；报告正文 (.txt/.docx) 与其工作簿一并核对 (check the arithmetic of each workbook; a report's text with its workbook)",
    '  fundcheck check --annotate OUT.xlsx FILE [--json] [--policy NAME]',
    '      另存一份副本，标出有问题的单元格并加批注 (write a copy with the findings highlighted)',
    '  fundcheck check --annotate OUT.docx 报告.docx [附表.xlsx] [--json] [--policy NAME]',
    '      另存一份报告副本，为有问题的数字加底色和批注 (write a copy of the report with its figures commented)',
    '  fundcheck fill FILE --out OUT.xlsx [--json] [--policy NAME] [--overwrite]',
    '      另存一份副本，填入可计算的得分/执行率等 (write a copy with the computable cells filled)',
    '',
    '选项 (options):',
    '  --json          输出 JSON 报告；多个文件时输出数组 (print the JSON report; an array for several files)',
    '  --html OUT.html 另写一份可在浏览器中打开的核对汇总（离线单页）(also write an offline HTML summary)',
    '  --policy NAME   评分规则名称 (scoring policy preset)',
    '  --overwrite     fill 时覆盖已有不同数值的单元格 (fill: replace cells that hold another value)',
    '  --jobs N        同时检查的文件数，默认为空闲的 CPU 核数 (files checked in parallel; default: the cores not busy)',
    '  --help          显示本说明 (show this help)',
    '',
    '退出码 (exit codes): 0 未发现错误 (no error) · 1 发现错误 (errors found, check) · 2 文件无法读取/写入或用法错误 (unreadable file, write failure, bad usage) · 3 内部错误 (internal error)',
  ].join('\n'),
  usageError: (detail: string) => `fundcheck: ${detail}`,
  internalError: (file: string) =>
    `${file}: 内部错误（程序缺陷），请将该文件报告给维护者；设置环境变量 FUNDCHECK_DEBUG=1 可显示详情 (internal error, a FundCheck bug)`,
  badJobs: (value: string) => `--jobs 需要一个正整数 (--jobs needs a positive whole number): ${value}`,
  unknownCommand: (name: string) => `未知命令 (unknown command): ${name}`,
  unknownOption: (name: string) => `未知选项 (unknown option): ${name}`,
  optionNeedsValue: (name: string) => `选项 ${name} 需要一个值 (option ${name} needs a value)`,
  optionNotFor: (name: string, command: string) => `选项 ${name} 不能用于 ${command} (option ${name} is not valid for ${command})`,
  noCommand: '缺少命令 (no command given)',
  noFile: '缺少文件 (no FILE given)',
  oneFileOnly: (what: string) => `${what} 只能处理一个文件 (${what} takes exactly one FILE)`,
  htmlWithAnnotate: 'check --html 不能与 --annotate 同用 (--html cannot be combined with --annotate)',
  htmlNotHtml: (out: string) => `--html 的输出文件应以 .html 结尾：${out} (the --html output must end in .html)`,
  htmlWritten: (out: string) => `已写出核对汇总 → ${out}`,
  annotateReport: 'check --annotate OUT.docx 需要一个 .docx 报告，可再加一个工作簿 (check --annotate OUT.docx takes one .docx report and at most one workbook)',
  annotatedReport: (n: number, out: string) => `已在 ${out} 中为 ${n} 处数字加上批注和底色`,
  outRequired: 'fill 需要 --out OUT.xlsx (fill needs --out OUT.xlsx)',
  samePath: (out: string, file: string) => `拒绝写入：输出文件 ${out} 与输入文件 ${file} 是同一个文件 (refusing to write over the input file)`,
  writeFailed: (out: string, reason: string) => `无法写入 ${out}：${reason}`,
  unknownPolicy: (name: string, known: string[]) => `未知的评分规则 "${name}" (unknown scoring policy)；可用 (valid): ${known.join(', ')}`,
  workbookHeading: (name: string) => `■ ${name}`,
  tablesLine: '  识别的表格:',
  noTables: '  未识别到表格 (no table recognised)',
  outOfMemory: (file: string) => `${file}: 文件过大，内存不足，未能核对 (out of memory)`,
  unreadSheets: (sheets: string[]) => `  工作表${sheets.map((s) => `「${s}」`).join('、')}的内容不在文件中（文件不完整或已损坏），未能核对 (sheet content missing from the package, not checked)`,
  sheetHeading: (sheet: string) => `  工作表「${sheet}」`,
  documentHeading: (document: string) => `  报告正文「${document}」`,
  paragraph: (n: number) => `第${n}段`,
  quote: (sentence: string) => `原文 ${sentence}`,
  noFindings: '  未发现问题',
  stated: (v: string) => `填报 ${v}`,
  expected: (v: string) => `应为 ${v}`,
  emptyValue: '(空)',
  related: (cells: string) => `相关单元格 ${cells}`,
  causedBy: (cell: string) => `由 ${cell} 引起`,
  checkSummary: (s: { tables: number; errors: number; warnings: number; infos: number; fills: number; review: number }) =>
    `  小结: 识别表格 ${s.tables} 个，错误 ${s.errors} 处，警告 ${s.warnings} 处，提示 ${s.infos} 处，可填写单元格 ${s.fills} 个，待人工评定 ${s.review} 项`,
  fillsHeading: '  已填写:',
  fillLine: (cell: string, value: string, previous: string | null) => `    ${cell} ← ${value}${previous !== null ? `（原为 ${previous}）` : ''}`,
  conflictsHeading: '  未覆盖（单元格已有不同数值，可用 --overwrite 覆盖）:',
  conflictLine: (cell: string, value: string, previous: string) => `    ${cell}: 现为 ${previous}，计算值 ${value}`,
  skippedHeading: '  未写入:',
  skippedLine: (cell: string, value: string, cause: string) => `    ${cell}: 计算值 ${value}，${cause}`,
  protectedSheetLine: (sheet: string, cells: string[]) => `    工作表「${sheet}」受保护，${cells.length} 个单元格未写入: ${cells.join(', ')}`,
  reviewHeading: '  需人工评定:',
  reviewLine: (cell: string, message: string) => `    ${cell}: ${message}`,
  fillSummary: (s: { fills: number; conflicts: number; skipped: number; review: number }, out: string) =>
    `  小结: 写入 ${s.fills} 个单元格，未覆盖 ${s.conflicts} 个，未写入 ${s.skipped} 个，待人工评定 ${s.review} 项 → ${out}`,
  annotated: (count: number, out: string) => `  已标注 ${count} 个单元格 → ${out}`,
  notAnnotatedProtected: (count: number) => `  受保护工作表中的 ${count} 个单元格未标注（不写入受保护的工作表）`,
  noteHeading: (severity: string, message: string) => `[${severity}] ${message}`,
  noteStated: (v: string) => `填报值: ${v}`,
  noteExpected: (v: string) => `应为: ${v}`,
} as const;
