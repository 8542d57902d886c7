@echo off
rem FundCheck WPS add-in: double-click to install or upgrade; "install.cmd -Remove" removes it.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
pause
