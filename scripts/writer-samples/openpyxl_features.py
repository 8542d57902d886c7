"""Workbooks as openpyxl writes them, full of features a copy must keep (see make-writer-samples.sh).

Run with Debian's python3-openpyxl and python3-pil: /usr/bin/python3 openpyxl_features.py FIXTURES_DIR OUT_DIR
"""
import io
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as PilImage

fixtures, out = sys.argv[1], sys.argv[2]


def png():
    data = io.BytesIO()
    PilImage.new('RGB', (24, 16), (200, 30, 30)).save(data, format='PNG')
    data.seek(0)
    return Image(data)


def decorate(wb, sheet, chart_rows, image_at, chart_at):
    """Comment, validation, conditional format, fit-to-page, image and chart on one sheet; names, a table,
    uncalculated formulas, a protected sheet, a hidden sheet and workbook protection around it."""
    sheet['A1'].comment = Comment('原有批注：请核对', 'FundCheck tests')
    validation = DataValidation(type='decimal', operator='between', formula1='0', formula2='100', allow_blank=True)
    sheet.add_data_validation(validation)
    validation.add('H13:H27')
    sheet.conditional_formatting.add('F5:F9', CellIsRule(operator='lessThan', formula=['0'], fill=PatternFill('solid', fgColor='FFC7CE')))
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.add_image(png(), image_at)
    chart = BarChart()
    chart.title = '图表'
    chart.add_data(Reference(sheet, min_col=chart_rows[0], min_row=chart_rows[1], max_row=chart_rows[2]))
    sheet.add_chart(chart, chart_at)

    listing = wb.create_sheet('明细')
    listing.append(['项目', '金额', '备注'])
    for row in [['甲', 10, 'a'], ['乙', 20, 'b'], ['丙', 30, 'c']]:
        listing.append(row)
    listing['B5'] = '=SUM(B2:B4)'  # openpyxl writes no cached value
    listing['B6'] = '=B5*0'
    table = Table(displayName='资金明细', ref='A1:C4')
    table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
    listing.add_table(table)

    locked = wb.create_sheet('受保护')
    locked['A1'] = '得分'
    locked['B1'] = 5
    locked.protection.sheet = True
    locked.protection.password = 'secret'

    hidden = wb.create_sheet('参数')
    hidden['A1'] = 0.05
    hidden.sheet_state = 'hidden'
    wb.defined_names.append(DefinedName('折算率', attr_text='0.05'))
    wb.defined_names.append(DefinedName('参数格', attr_text="'参数'!$A$1"))
    wb.defined_names.append(DefinedName('本表金额', localSheetId=wb.sheetnames.index('明细'), attr_text="'明细'!$B$2:$B$4"))
    wb.security = WorkbookProtection(lockStructure=True)


scores = openpyxl.load_workbook(f'{fixtures}/yuepuhu-2020-blank-scores.xlsx')
decorate(scores, scores.worksheets[0], (6, 13, 16), 'K2', 'K10')
scores.worksheets[2].protection.sheet = True  # a self-evaluation table with fills planned, locked
scores.save(f'{out}/openpyxl-scores.xlsx')

balance = openpyxl.load_workbook(f'{fixtures}/bazhou-2020.xlsx')
sheet = balance.worksheets[0]
sheet['O9'].comment = Comment('原有批注：合计待核', 'FundCheck tests')
decorate(balance, sheet, (2, 5, 8), 'R2', 'R12')
balance.save(f'{out}/openpyxl-balance.xlsx')
