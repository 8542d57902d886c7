# FundCheck 报表核对 — WPS 加载项安装（Windows 上的 WPS 专业版、企业版、政务版）
# 把加载项文件夹复制到当前用户的 %APPDATA%\kingsoft\wps\jsaddons，并在 jsplugins.xml 中登记（保留其他加载项的登记）。
# 用法：双击 install.cmd 安装或升级；install.cmd -Remove 卸载。
param([switch]$Remove)
$ErrorActionPreference = 'Stop'
$Name = 'fundcheck'
$Folder = '__FOLDER__'
$Version = '__VERSION__'
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Addons = if ($env:FUNDCHECK_JSADDONS) { $env:FUNDCHECK_JSADDONS } else { Join-Path $env:APPDATA 'kingsoft\wps\jsaddons' }
$List = Join-Path $Addons 'jsplugins.xml'
$Entry = "  <jsplugin name=""$Name"" type=""et"" url=""$Folder"" version=""$Version"" enable=""enable_dev"" install=""null""/>"

function Write-List([bool]$Add) {
  $others = @()
  if (Test-Path $List) {
    $others = Get-Content -Encoding UTF8 $List | Where-Object { $_ -notmatch "<jsplugin(online)? [^>]*name=""$Name""" -and $_ -notmatch '^\s*</?jsplugins>\s*$' -and $_ -notmatch '^<\?xml' }
  }
  $lines = @('<?xml version="1.0" encoding="UTF-8"?>', '<jsplugins>') + $others
  if ($Add) { $lines += $Entry }
  $lines += '</jsplugins>'
  [System.IO.File]::WriteAllLines($List, $lines, (New-Object System.Text.UTF8Encoding $false))
}

if ($Remove) {
  if (Test-Path $List) { Write-List $false }
  Get-ChildItem -Path $Addons -Directory -Filter "$($Name)_*" -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force
  Write-Host '已卸载 FundCheck 报表核对。请重新启动 WPS。'
  exit 0
}
if (-not (Test-Path (Join-Path $Here $Folder))) {
  Write-Error "安装失败：找不到加载项文件夹 $(Join-Path $Here $Folder)，请先完整解压安装包。"
  exit 1
}
New-Item -ItemType Directory -Force -Path $Addons | Out-Null
Get-ChildItem -Path $Addons -Directory -Filter "$($Name)_*" | Where-Object { $_.Name -ne $Folder } | Remove-Item -Recurse -Force
$Target = Join-Path $Addons $Folder
if (Test-Path $Target) { Remove-Item -Recurse -Force $Target }
Copy-Item -Recurse (Join-Path $Here $Folder) $Target
Write-List $true
Write-Host "已安装 FundCheck 报表核对 $Version 到 $Addons。请重新启动 WPS，在 WPS 表格的「报表核对」选项卡中打开。"
