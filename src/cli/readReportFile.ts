import * as fs from 'fs';
import * as path from 'path';
import { decodeReportText, paragraphsOfText, type ReportDocument } from '../core';
import { DocxReadError, readDocx } from './readDocx';

/** A report file that cannot be read, with the reason in Chinese (as for workbooks). */
export class ReportReadError extends Error {}

/** The report files `check` reads beside workbooks: their extensions. */
export const REPORT_EXTENSIONS = ['.txt', '.docx', '.doc'];

export function isReportFile(file: string): boolean {
  return REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/**
 * A 绩效评价报告 as paragraphs: a Word file (.docx, readDocx.ts), or a text file in UTF-8 (with or without a BOM) or
 * GB18030, as the seeds are. An old .doc is refused with a reason.
 */
export async function readReportFile(file: string): Promise<ReportDocument> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc') throw new ReportReadError(`${name}：这是旧版 Word 文档（.doc），无法读取。请在 Word 或 WPS 中另存为 .docx 或纯文本（.txt）后再核对。`);
  if (ext === '.docx') {
    try {
      return await readDocx(file);
    } catch (error) {
      if (error instanceof DocxReadError) throw new ReportReadError(error.message);
      throw error;
    }
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportReadError(code === 'ENOENT' ? `${name}：文件不存在。` : `${name}：无法读取文件（${code ?? '未知原因'}）。`);
  }
  if (bytes.includes(0)) throw new ReportReadError(`${name}：不是纯文本文件（含二进制内容），无法作为报告正文读取。`);
  return paragraphsOfText(name, decodeReportText(bytes));
}
