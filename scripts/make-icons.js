#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script */
// Writes the add-in's ribbon icons (assets/icon-16/32/64/80.png): a green sheet with a white check mark.
// Drawn pixel by pixel and encoded with zlib so no image tool or download is needed.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65, 255]; // Excel's brand green
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to the segment a–b, for drawing the check mark's strokes. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function pixel(x, y, n) {
  const u = (x + 0.5) / n;
  const v = (y + 0.5) / n;
  const margin = 0.06;
  const radius = 0.14;
  const cx = Math.min(Math.max(u, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(v, margin + radius), 1 - margin - radius);
  if (Math.hypot(u - cx, v - cy) > radius) return CLEAR; // rounded corners
  const stroke = 0.09;
  const onCheck = segmentDistance(u, v, 0.25, 0.52, 0.43, 0.7) < stroke || segmentDistance(u, v, 0.43, 0.7, 0.76, 0.3) < stroke;
  return onCheck ? WHITE : GREEN;
}

function png(n) {
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * (n * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const out = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const n of SIZES) fs.writeFileSync(path.join(out, `icon-${n}.png`), png(n));
console.log(`wrote ${SIZES.map((n) => `assets/icon-${n}.png`).join(', ')}`);
