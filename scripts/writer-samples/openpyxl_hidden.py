"""A workbook with hidden rows and columns as openpyxl writes them (see make-writer-samples.sh).

Run with Debian's python3-openpyxl: /usr/bin/python3 openpyxl_hidden.py OUT_DIR
The same layout is written by exceljs in tests/hosts/hiddenLines.test.ts (HIDDEN_LAYOUT); keep them alike.
"""
import sys

import openpyxl
from openpyxl.worksheet.dimensions import ColumnDimension

out = sys.argv[1]
wb = openpyxl.Workbook()
sheet = wb.active
sheet.title = '隐藏行列'
sheet['A1'] = '2020年社会保险基金收支余情况表'
sheet['A2'] = '单位：万元'
sheet['M2'] = '辅助列'  # in the hidden columns L:XFD
sheet.append(['险种', '备注', '本年收入', '上年收入', '增加', '增长率', '本年支出'])
funds = [
    ['企业职工基本养老保险', '', 1200, 1000, 200, 0.2, 1100],
    ['机关事业单位基本养老保险', '', 800, 800, 0, 0, 700],
    ['城乡居民基本养老保险', '含补贴', 300, 250, 50, 0.2, 280],
    ['工伤保险', '', 50, 40, 10, 0.25, 45],
    ['失业保险', '', 90, 100, -10, -0.1, 80],
]
for row in funds:
    sheet.append([None if v == '' else v for v in row])
sheet.append(['合计', None, 2440, 2190, 250, 0.1142, 2205])

sheet.row_dimensions[6].hidden = True   # 城乡居民基本养老保险, a row inside the table
sheet.row_dimensions[12].hidden = True  # hidden and empty: no cell, never listed
sheet.column_dimensions['B'].hidden = True  # one column
# A run of columns in one <col min="4" max="6">, and L:XFD in one <col min="12" max="16384">.
sheet.column_dimensions['D'] = ColumnDimension(sheet, index='D', min=4, max=6, hidden=True)
sheet.column_dimensions['J'].hidden = True  # hidden and empty
sheet.column_dimensions['L'] = ColumnDimension(sheet, index='L', min=12, max=16384, hidden=True)

plain = wb.create_sheet('无隐藏')
plain['A1'] = '险种'
plain['B1'] = '本年收入'
plain['A2'] = '工伤保险'
plain['B2'] = 50

wb.save(f'{out}/openpyxl-hidden.xlsx')
