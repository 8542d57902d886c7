import { toA1 } from '../../../core';
import { OFFICE_RELS_NS, insertBeforeClose, type PackageEditor } from './PackageEditor';
import { attribute, childElements, escapeXml, findAll, findElement, fromUtf8, prefixOf, withAttribute, type FoundElement } from './xmlSplice';

export interface Note {
  row: number;
  col: number;
  text: string;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const VML_NS = { v: 'urn:schemas-microsoft-com:vml', o: 'urn:schemas-microsoft-com:office:office', x: 'urn:schemas-microsoft-com:office:excel' };
const AUTHOR = 'FundCheck';
/** Elements that follow legacyDrawing in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * Add notes (legacy comments, what Excel shows as 备注/批注) to a sheet: into its comments part and its VML
 * drawing when it has them — a note already on a cell keeps its text, ours follows it — or into new ones
 * linked from the sheet. Returns the sheet's XML (latin1), changed only when a legacyDrawing link was added.
 */
export async function addNotes(editor: PackageEditor, sheetPart: string, sheetXml: string, notes: Note[]): Promise<string> {
  const rels = await editor.relationships(sheetPart);
  let comments = rels.find((r) => r.kind === 'comments' && !r.external)?.target;
  if (!comments || !editor.exists(comments)) {
    comments = editor.freeName((n) => `xl/comments${n}.xml`);
    await editor.create(comments, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors/><commentList/></comments>`, COMMENTS_TYPE);
    await editor.addRelationship(sheetPart, 'comments', comments);
  }
  const commentsXml = await editor.text(comments);
  const { xml: newComments, fresh } = addComments(commentsXml, notes);
  editor.set(comments, newComments);
  if (fresh.length === 0) return sheetXml;

  const legacy = findElement(sheetXml, 'legacyDrawing');
  const legacyId = legacy ? relationshipIdOf(sheetXml.slice(legacy.start, legacy.openEnd)) : undefined;
  const vml = rels.find((r) => r.id === legacyId && !r.external)?.target;
  if (vml && editor.exists(vml)) {
    editor.set(vml, addShapes(await editor.text(vml), fresh, await nextShapeBlock(editor)));
    return sheetXml;
  }
  const part = editor.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  const block = await nextShapeBlock(editor);
  const empty = `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout></xml>`;
  await editor.create(part, addShapes(empty, fresh, block));
  await editor.ensureDefault('vml', VML_TYPE);
  const id = await editor.addRelationship(sheetPart, 'vmlDrawing', part);
  return insertLegacyDrawing(sheetXml, id);
}

/** Our text into the comments part: appended to a cell's note, or a new note; returns the cells that are new. */
export function addComments(xml: string, notes: Note[]): { xml: string; fresh: Note[] } {
  let out = xml;
  const authors = findElement(out, 'authors') ?? (() => {
    out = insertFirst(out, 'comments', '<authors/>');
    return findElement(out, 'authors')!;
  })();
  const prefix = prefixOf(authors.name);
  const names = findAll(out, 'author', authors.openEnd, authors.end).map((a) => out.slice(a.openEnd, a.end - a.name.length - 3));
  let authorId = names.indexOf(AUTHOR);
  if (authorId < 0) {
    authorId = names.length;
    out = insertBeforeClose(out, 'authors', `<${prefix}author>${AUTHOR}</${prefix}author>`);
  }
  // The existing notes by cell, read once; every change is gathered and spliced in one pass, so a sheet with a
  // thousand findings costs a thousand insertions, not a thousand rescans and copies of the part.
  const list = findElement(out, 'commentList');
  const existingAt = new Map<string, FoundElement>();
  if (list && !list.selfClosing) {
    for (const comment of findAll(out, 'comment', list.openEnd, list.end)) {
      const ref = attribute(out.slice(comment.start, comment.openEnd), 'ref');
      if (ref !== undefined && !existingAt.has(ref)) existingAt.set(ref, comment);
    }
  }
  const run = (text: string) => `<${prefix}r><${prefix}t xml:space="preserve">${fromUtf8(escapeXml(text))}</${prefix}t></${prefix}r>`;
  const insertions: { at: number; xml: string }[] = [];
  const added = new Map<string, string[]>();
  const fresh: Note[] = [];
  for (const note of notes) {
    const ref = toA1(note.row, note.col);
    const existing = existingAt.get(ref);
    const text = existing ? findElement(out, 'text', existing.openEnd, existing.end) : null;
    if (text && !text.selfClosing) {
      // After the note's own runs, before any phonetic reading.
      const phonetic = findElement(out, 'rPh', text.openEnd, text.end) ?? findElement(out, 'phoneticPr', text.openEnd, text.end);
      insertions.push({ at: phonetic ? phonetic.start : text.end - text.name.length - 3, xml: run('\n\n' + note.text) });
      continue;
    }
    const ours = added.get(ref);
    if (ours) {
      ours.push(run('\n\n' + note.text));
      continue;
    }
    added.set(ref, [run(note.text)]);
    fresh.push(note);
  }
  if (insertions.length > 0) {
    insertions.sort((a, b) => a.at - b.at); // stable: two notes for one cell keep their order
    const pieces: string[] = [];
    let copied = 0;
    for (const { at, xml: inserted } of insertions) {
      pieces.push(out.slice(copied, at), inserted);
      copied = at;
    }
    pieces.push(out.slice(copied));
    out = pieces.join('');
  }
  if (added.size > 0) {
    const comments = [...added].map(([ref, runs]) => `<${prefix}comment ref="${ref}" authorId="${authorId}"><${prefix}text>${runs.join('')}</${prefix}text></${prefix}comment>`);
    if (!list) out = insertBeforeClose(out, 'comments', `<${prefix}commentList/>`);
    out = insertBeforeClose(out, 'commentList', comments.join(''));
  }
  return { xml: out, fresh };
}

/** The shapes Excel draws notes with, appended to a VML drawing (namespace prefixes as the drawing declares them). */
export function addShapes(vml: string, notes: Note[], block: number): string {
  let out = vml;
  const root = findElement(out, 'xml');
  if (!root) throw new SyntaxError('VML drawing without <xml>');
  let rootTag = out.slice(root.start, root.openEnd);
  const prefixes: Record<keyof typeof VML_NS, string> = { v: '', o: '', x: '' };
  for (const key of Object.keys(VML_NS) as (keyof typeof VML_NS)[]) {
    const declared = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${VML_NS[key]}["']`).exec(rootTag);
    prefixes[key] = declared ? declared[1] : `fc${key}`;
    if (!declared) rootTag = withAttribute(rootTag, `xmlns:${prefixes[key]}`, VML_NS[key]);
  }
  out = out.slice(0, root.start) + rootTag + out.slice(root.openEnd);
  const { v, o, x } = prefixes;
  let shapes = '';
  if (!/id\s*=\s*["']_x0000_t202["']/.test(out)) {
    shapes += `<${v}:shapetype id="_x0000_t202" coordsize="21600,21600" ${o}:spt="202" path="m,l,21600r21600,l21600,xe"><${v}:stroke joinstyle="miter"/><${v}:path gradientshapeok="t" ${o}:connecttype="rect"/></${v}:shapetype>`;
  }
  // A loop, not Math.max(...ids): a drawing of a few hundred thousand notes is more arguments than a call takes.
  let id = block * 1024;
  for (const match of out.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(match[1]));
  id++;
  for (const note of notes) {
    const anchor = `${note.col + 1}, 15, ${Math.max(0, note.row - 1)}, 2, ${note.col + 4}, 15, ${note.row + 4}, 16`;
    shapes +=
      `<${v}:shape id="_x0000_s${id++}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:200pt;height:90pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" ${o}:insetmode="auto">` +
      `<${v}:fill color2="#ffffe1"/><${v}:shadow on="t" color="black" obscured="t"/><${v}:path ${o}:connecttype="none"/>` +
      `<${v}:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></${v}:textbox>` +
      `<${x}:ClientData ObjectType="Note"><${x}:MoveWithCells/><${x}:SizeWithCells/><${x}:Anchor>${anchor}</${x}:Anchor><${x}:AutoFill>False</${x}:AutoFill>` +
      `<${x}:Row>${note.row}</${x}:Row><${x}:Column>${note.col}</${x}:Column></${x}:ClientData></${v}:shape>`;
  }
  return insertBeforeClose(out, 'xml', shapes);
}

/** The last shape-id block handed out per package being edited: the blocks of one run's drawings must differ too. */
const lastShapeBlock = new WeakMap<PackageEditor, number>();

/** A shape-id block (o:idmap data) no VML drawing of the package uses yet, nor one added earlier in this run. */
async function nextShapeBlock(editor: PackageEditor): Promise<number> {
  let last = lastShapeBlock.get(editor);
  if (last === undefined) {
    last = 0;
    for (const entry of editor.pkg.entries) {
      if (!/\.vml$/i.test(entry.fileName)) continue;
      const text = await editor.text(entry.fileName);
      for (const m of text.matchAll(/data\s*=\s*["']([\d,\s]+)["']/g)) for (const n of m[1].split(',')) last = Math.max(last, Number(n) || 0);
      for (const m of text.matchAll(/_x0000_s(\d+)/g)) last = Math.max(last, Math.floor(Number(m[1]) / 1024));
    }
  }
  lastShapeBlock.set(editor, last + 1);
  return last + 1;
}

function relationshipIdOf(tag: string): string | undefined {
  const match = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag);
  return match?.[1];
}

/** `<legacyDrawing r:id>` where the schema puts it: before the first element that must follow it. */
function insertLegacyDrawing(sheet: string, id: string): string {
  const root = findElement(sheet, 'worksheet');
  if (!root || root.selfClosing) throw new SyntaxError('worksheet part without <worksheet>');
  const prefix = prefixOf(root.name);
  const element = `<${prefix}legacyDrawing xmlns:r="${OFFICE_RELS_NS}" r:id="${id}"/>`;
  const later = childElements(sheet, root).find((child) => AFTER_LEGACY_DRAWING.includes(localOf(child.name)));
  const at = later ? later.start : root.end - root.name.length - 3;
  return sheet.slice(0, at) + element + sheet.slice(at);
}

const localOf = (name: string) => name.slice(name.indexOf(':') + 1);

function insertFirst(xml: string, local: string, element: string): string {
  const root = findElement(xml, local)!;
  return xml.slice(0, root.openEnd) + element + xml.slice(root.openEnd);
}
