#!/bin/sh
# FundCheck 报表核对 — WPS 加载项安装（统信 UOS、银河麒麟等 Linux 上的 WPS 专业版）
# 把加载项文件夹复制到当前用户的 WPS jsaddons 目录，并在 jsplugins.xml 中登记（保留其他加载项的登记）。
# 用法：sh install.sh            安装或升级
#       sh install.sh --remove   卸载
# Installs the add-in for the current user: the folder beside this script goes into WPS's jsaddons folder and
# its entry into jsaddons/jsplugins.xml (other add-ins' entries kept, an older FundCheck entry replaced).
set -eu
NAME=fundcheck
FOLDER=__FOLDER__
VERSION=__VERSION__
HERE=$(cd "$(dirname "$0")" && pwd)
ADDONS=${FUNDCHECK_JSADDONS:-${XDG_DATA_HOME:-$HOME/.local/share}/Kingsoft/wps/jsaddons}
LIST="$ADDONS/jsplugins.xml"
ENTRY="  <jsplugin name=\"$NAME\" type=\"et\" url=\"$FOLDER\" version=\"$VERSION\" enable=\"enable_dev\" install=\"null\"/>"

# The list without any entry of ours (any version), other add-ins' lines kept as they are.
others() {
  if [ -f "$LIST" ]; then grep -v -E "<jsplugin(online)? [^>]*name=\"$NAME\"" "$LIST" | grep -v -E '^[[:space:]]*</?jsplugins>[[:space:]]*$' | grep -v -E '^<\?xml' || true; fi
}

write_list() {
  tmp="$LIST.fundcheck-$$"
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<jsplugins>'
    others
    [ "$1" = add ] && echo "$ENTRY"
    echo '</jsplugins>'
  } > "$tmp"
  mv "$tmp" "$LIST"
}

if [ "${1:-}" = "--remove" ]; then
  [ -f "$LIST" ] && write_list remove
  rm -rf "$ADDONS"/"$NAME"_*
  echo "已卸载 FundCheck 报表核对。请重新启动 WPS。"
  exit 0
fi

if [ ! -d "$HERE/$FOLDER" ]; then
  echo "安装失败：找不到加载项文件夹 $HERE/$FOLDER，请先完整解压安装包。" >&2
  exit 1
fi
mkdir -p "$ADDONS"
# An older version's folder goes: WPS loads the one its entry names.
for old in "$ADDONS"/"$NAME"_*; do
  [ -d "$old" ] && [ "$(basename "$old")" != "$FOLDER" ] && rm -rf "$old"
done
rm -rf "${ADDONS:?}/$FOLDER"
cp -R "$HERE/$FOLDER" "$ADDONS/$FOLDER"
write_list add
echo "已安装 FundCheck 报表核对 $VERSION 到 $ADDONS。请重新启动 WPS，在 WPS 表格的「报表核对」选项卡中打开。"
