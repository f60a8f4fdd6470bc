"""Writes the .xlsx fixtures of TICIngestTests (run once; the files are committed).

    python3 -m venv /tmp/xlvenv && /tmp/xlvenv/bin/pip install openpyxl==3.1.5
    /tmp/xlvenv/bin/python make_fixtures.py            # writes openpyxl.xlsx
    soffice --headless --convert-to xlsx --outdir lo openpyxl.xlsx && mv lo/openpyxl.xlsx libreoffice.xlsx
    soffice --headless --convert-to xls --outdir lo openpyxl.xlsx && mv lo/openpyxl.xls legacy.xls

Ran with openpyxl 3.1.5 and LibreOffice 7.x (Debian) on 2026-12-07. The tests state what each
cell must read as; keep this script and the tests in step.
"""
import datetime
import openpyxl

wb = openpyxl.Workbook()
hidden = wb.active
hidden.title = "隐藏"
hidden["A1"] = "this sheet is hidden and must never be read implicitly"
hidden.sheet_state = "hidden"

ws = wb.create_sheet("运行数据")
ws["A1"] = "2023年度省技术创新中心运行数据表"
ws.merge_cells("A1:F1")
ws.append(["中心编号", "中心名称", "研发经费投入（万元）", "有效发明专利（件）", "已验收", "填报日期"])
ws.append(["0012", "甲中心", 1234.5, 12, True, datetime.date(2023, 5, 1)])
ws.append([13, "乙中心 & <丙>", 0.1, "=1+2", False, datetime.date(2024, 2, 29)])
ws["A4"].number_format = "0000"
ws["F3"].number_format = "yyyy-mm-dd"
ws["F4"].number_format = "yyyy\"年\"m\"月\"d\"日\""
ws.append(["0014", "'=HYPERLINK()", -2.5e-7, "#N/A", None, None])
ws["D5"].data_type = "e"
ws.append([None, "合计", "=SUM(C3:C5)", None, None, None])

wb.create_sheet("空白")
wb.save("openpyxl.xlsx")
