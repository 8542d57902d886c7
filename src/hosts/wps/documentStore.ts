import type { WpsDocumentProperties, WpsDocumentProperty, WpsWorkbook } from './WpsApi';
import { MAX_PROPERTY_TEXT, MSO_PROPERTY_TYPE_STRING } from './wpsConstants';

/**
 * Text kept in the workbook's custom document properties (文件 → 属性 → 自定义), which WPS saves with the file in
 * every format and which travel with it, so 清除标记 and 撤销填写 work in a later session. A property holds at most
 * 255 characters, so a text is cut into chunks: `key` holds the number of chunks, `key#1` … `key#n` the text
 * ("#" never occurs in the add-in's own keys).
 * Reading lists the properties once (a few calls a property), never one call per stored cell.
 */
export class DocumentStore {
  private readonly properties: WpsDocumentProperties;
  private readonly byName = new Map<string, WpsDocumentProperty>();

  constructor(workbook: WpsWorkbook, private readonly prefix: string) {
    this.properties = workbook.CustomDocumentProperties;
    for (let i = 1, count = this.properties.Count; i <= count; i++) {
      const property = this.properties.Item(i);
      const name = property.Name;
      if (name.startsWith(prefix)) this.byName.set(name, property);
    }
  }

  /** Every entry stored (keys without their chunks), with its text; damaged entries are left out. */
  entries(): Map<string, string> {
    const out = new Map<string, string>();
    for (const name of this.byName.keys()) {
      const text = name.includes('#') ? null : this.read(name);
      if (text !== null) out.set(name, text);
    }
    return out;
  }

  /** The text stored under `key`, or null when there is none or it is damaged (a chunk missing). */
  read(key: string): string | null {
    const header = this.byName.get(key);
    if (!header) return null;
    const count = Number(header.Value);
    if (!Number.isInteger(count) || count < 0) return null;
    let text = '';
    for (let i = 1; i <= count; i++) {
      const chunk = this.byName.get(`${key}#${i}`);
      if (!chunk) return null;
      text += String(chunk.Value ?? '');
    }
    return text;
  }

  /** Replace what is stored under `key` (null removes it). Chunks are written before the header that counts them. */
  write(key: string, text: string | null): void {
    const chunks = text === null ? [] : chunksOf(text);
    chunks.forEach((chunk, i) => this.set(`${key}#${i + 1}`, chunk));
    for (const name of [...this.byName.keys()]) {
      const index = name.startsWith(`${key}#`) ? Number(name.slice(key.length + 1)) : NaN;
      if (Number.isInteger(index) && index > chunks.length) this.remove(name);
    }
    if (text === null) this.remove(key);
    else this.set(key, String(chunks.length));
  }

  private set(name: string, value: string): void {
    const existing = this.byName.get(name);
    if (existing) existing.Value = value;
    else this.byName.set(name, this.properties.Add(name, false, MSO_PROPERTY_TYPE_STRING, value));
  }

  private remove(name: string): void {
    this.byName.get(name)?.Delete();
    this.byName.delete(name);
  }
}

/** Cut text into pieces of at most 255 characters without splitting a surrogate pair (a rare CJK character). */
export function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + MAX_PROPERTY_TEXT);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    chunks.push(text.slice(at, end));
    at = end;
  }
  return chunks;
}
